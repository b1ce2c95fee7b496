package org.storytrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraph helpers shared by the text and HTML passes. */
final class Paragraphs {
    /** Any run of whitespace, including the no-break and narrow spaces that French typography puts before "%" or ":". */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    /** Separates paragraphs in every extracted text. */
    static final String SEPARATOR = "\n\n";

    private Paragraphs() {
    }

    static String normalise(String paragraph) {
        return WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
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
