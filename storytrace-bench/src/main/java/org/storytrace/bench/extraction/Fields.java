package org.storytrace.bench.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the metadata benchmarks compare one field: titles, person names, dates, body tokens. */
final class Fields {
    private static final Pattern NAME_SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|/)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_BY = Pattern.compile("^(?:by|von|par|por|di|door)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Fields() {
    }

    static String collapse(String s) {
        return s == null ? "" : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Titles match exactly after white space is collapsed. */
    static boolean sameTitle(String expected, String predicted) {
        return collapse(expected).equals(collapse(predicted));
    }

    /** The person names in a byline: a leading "By" dropped, split at commas and "and", lower case. */
    static Set<String> names(String byline) {
        String s = LEADING_BY.matcher(collapse(byline)).replaceFirst("");
        return Arrays.stream(NAME_SEPARATORS.split(s))
                .map(n -> LEADING_BY.matcher(n.strip()).replaceFirst("").toLowerCase(Locale.ROOT))
                .filter(n -> !n.isBlank())
                .collect(Collectors.toSet());
    }

    /** A date as pages and peers write it: ISO with or without time or offset, or RFC 1123. */
    static Optional<Instant> instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String v = raw.strip().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(v.substring(0, Math.min(10, v.length())))
                    .atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /**
     * The calendar date a page gave, compared with ours: the expected value's own YYYY-MM-DD against our instant's
     * date in UTC or in the expected value's offset, since a local midnight moves a day when turned into UTC.
     */
    static boolean sameDate(String expected, Instant predicted) {
        if (predicted == null || expected == null || expected.length() < 10) {
            return false;
        }
        String day = expected.substring(0, 10);
        if (predicted.atOffset(ZoneOffset.UTC).toLocalDate().toString().equals(day)) {
            return true;
        }
        return instant(expected).map(e -> {
            try {
                ZoneOffset offset = OffsetDateTime.parse(expected.strip()).getOffset();
                return predicted.atOffset(offset).toLocalDate().toString().equals(day);
            } catch (DateTimeParseException noOffset) {
                return false;
            }
        }).orElse(false);
    }

    /** Unigram token P/R/F1 of a predicted body against the expected one, as the metadata sets score text. */
    static Map<String, Double> tokenF1(String expected, String predicted) {
        Overlap o = Overlap.of(Tokens.of(expected), Tokens.of(predicted));
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("text_precision", o.tp() + o.fp() == 0 ? 0 : o.tp() / (o.tp() + o.fp()));
        f.put("text_recall", o.tp() + o.fn() == 0 ? 0 : o.tp() / (o.tp() + o.fn()));
        double p = f.get("text_precision");
        double r = f.get("text_recall");
        f.put("text_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        return f;
    }
}
