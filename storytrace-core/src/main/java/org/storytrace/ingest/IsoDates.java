package org.storytrace.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the publication dates a container declares: ISO dates or date-times, nothing looser. */
final class IsoDates {
    private IsoDates() {
    }

    /**
     * A date alone means the start of that day in UTC, and a date-time without offset is taken as UTC, because
     * exports rarely say which zone they meant and a day's precision is all that story grouping needs.
     */
    static Optional<Instant> parse(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(withColonInOffset(v)).toInstant());
            }
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String withColonInOffset(String v) {
        return v.matches(".*[+-]\\d{4}$") ? v.substring(0, v.length() - 2) + ":" + v.substring(v.length() - 2) : v;
    }
}
