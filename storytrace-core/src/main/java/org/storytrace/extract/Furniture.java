package org.storytrace.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.Truncation;

/** Finds furniture paragraph by paragraph (paywall counters and notices, teasers, "read also" blocks) and takes it out. */
final class Furniture {
    /**
     * Longest paragraph that can be a paywall counter, notice or teaser. The seed's counter is 81 characters and its
     * teaser 86; body paragraphs that mention subscribers or percentages are far longer.
     */
    private static final int MAX_FURNITURE_CHARS = 250;

    /**
     * A lone "read also" heading cuts off everything after it only when it sits in the last part of the text
     * (by characters): related-link lists close an article, while earlier such headings are single link stubs.
     */
    private static final double TRAILING_SECTION_MIN_POSITION = 0.5;

    private Furniture() {
    }

    /** The body left, what was taken out, and the truncation it showed. */
    record Result(List<String> paragraphs, List<String> furniture, Truncation truncation) {
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");

    static Result remove(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        double visibleFraction = Double.NaN;
        int total = Paragraphs.totalLength(paragraphs);
        int seen = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean shortEnough = p.length() <= MAX_FURNITURE_CHARS;
            double counted = shortEnough ? paywallCounter(p) : Double.NaN;
            if (!Double.isNaN(counted)) {
                markers.add(p);
                furniture.add(p);
                // The first counter is the page's own; later ones belong to quoted or related pages.
                visibleFraction = Double.isNaN(visibleFraction) ? counted : visibleFraction;
            } else if (shortEnough && isPaywallNotice(p)) {
                markers.add(p);
                furniture.add(p);
            } else if (shortEnough && (FurniturePatterns.TEASER.matcher(p).matches()
                    || FurniturePatterns.READ_ALSO_LINK.matcher(p).matches())) {
                furniture.add(p);
            } else if (FurniturePatterns.READ_ALSO_HEADING.matcher(p).matches()) {
                furniture.add(p);
                if (total > 0 && seen >= TRAILING_SECTION_MIN_POSITION * total
                        && !FurniturePatterns.EXPANDER.matcher(p).matches()) {
                    furniture.addAll(paragraphs.subList(i + 1, paragraphs.size()));
                    break;
                }
            } else {
                kept.add(p);
            }
            seen += p.length();
        }
        // A line that is furniture once is furniture everywhere: a related-link title repeated in the body goes too.
        Set<String> removed = new HashSet<>(furniture);
        kept.removeIf(removed::contains);
        Truncation truncation = markers.isEmpty() ? Truncation.NONE : new Truncation(true, visibleFraction, markers);
        return new Result(kept, furniture, truncation);
    }

    /** The visible fraction a paywall counter implies, or NaN when {@code p} is not one. */
    static double paywallCounter(String p) {
        if (p.indexOf('%') < 0) {
            return Double.NaN; // every counter has a percent sign; most paragraphs have none, so stop before splitting
        }
        for (String sentence : SENTENCE_BREAK.split(p)) {
            Matcher percent = FurniturePatterns.PERCENT.matcher(sentence);
            String lower = FurniturePatterns.lower(sentence);
            if (percent.find()
                    && FurniturePatterns.ARTICLE_WORDS.stream().anyMatch(lower::contains)
                    && FurniturePatterns.REMAINING_WORDS.stream().anyMatch(lower::contains)) {
                double left = Double.parseDouble(percent.group(1).replace(',', '.'));
                if (left <= 100) {
                    // In hundredths of a percent, as counters print them, so 70.82 % left is 0.2918 and not 0.29180000000000006.
                    return Math.round((100 - left) * 100) / 10_000.0;
                }
            }
        }
        return Double.NaN;
    }

    private static boolean isPaywallNotice(String p) {
        String lower = FurniturePatterns.lower(p);
        return FurniturePatterns.PAYWALL_NOTICES.stream().anyMatch(lower::contains);
    }
}
