package org.storytrace.extract;

import java.util.ArrayList;
import java.util.List;

/** Paragraph helpers shared by the text and HTML passes. */
final class Paragraphs {
    /** Separates paragraphs in every extracted text. */
    static final String SEPARATOR = "\n\n";

    private Paragraphs() {
    }

    /**
     * Collapses every run of whitespace (including the no-break and narrow spaces French typography puts before
     * "%" or ":") to one space and strips the ends. A hand loop rather than the
     * pattern: it runs on every block of every page, and the regex was the extractor's hottest frame.
     */
    static String normalise(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        boolean pendingSpace = false;
        int run = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!isWhitespace(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                run = run < 0 ? i : run;
            } else {
                // Words go in whole rather than char by char, which was half of this method's time.
                if (run >= 0) {
                    out.append(paragraph, run, i);
                    run = -1;
                }
                pendingSpace = out.length() > 0;
            }
        }
        if (run >= 0) {
            out.append(paragraph, run, paragraph.length());
        }
        return out.toString();
    }

    /** Java white space plus no-break, figure, narrow and ideographic spaces. */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u3000';
    }

    /** Each line of a plain-text file is a paragraph; blank lines only separate. */
    static List<String> ofLines(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = normalise(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    static int totalLength(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
