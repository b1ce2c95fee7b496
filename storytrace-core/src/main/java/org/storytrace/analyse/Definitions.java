package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pulls the translations out of a dictd definition text. FreeDict writes one sense per line under the headword
 * line, with grammar in brackets and notes, synonyms, cross-references and examples on lines of their own;
 * Mueller wraps long senses over several lines and mixes English examples into the Russian.
 */
final class Definitions {
    private static final Pattern NUMBERING = Pattern.compile("^\\d+[.)]\\s*");
    private static final Pattern INNER_NUMBERING = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+[.)]");
    /** Mueller's part-of-speech and domain labels: {@code _n.}, {@code _анат.}, {@code _p-p.}. */
    private static final Pattern LABEL = Pattern.compile("_[^\\s.]+\\.?");
    private static final Pattern SEPARATORS = Pattern.compile("[,;/]");
    private static final Pattern FOREIGN_SEPARATORS = Pattern.compile("[,;:]");
    private static final Pattern SINGLE_WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['\\-][\\p{L}\\p{M}]+)*");
    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern OTHER_SCRIPT_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");

    private Definitions() {
    }

    /**
     * The translation phrases of a definition in a foreign → English dictionary, in the order written.
     * Lines that are not translations are skipped: notes, synonyms, "see:" references, quoted examples, lines
     * wholly in brackets (Japanese grammar) and lines ending in ';' (Polish explanations in Polish).
     */
    static List<String> englishSide(String definition) {
        List<String> out = new ArrayList<>();
        String[] lines = definition.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String t = lines[i].strip();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                t = NUMBERING.matcher(t).replaceFirst("");
            }
            if (t.isEmpty() || t.startsWith("Note:") || t.startsWith("Synonym") || t.startsWith("see:")
                    || t.startsWith("\"") || t.startsWith("{") || t.startsWith("(") || t.endsWith(";")) {
                continue;
            }
            for (String phrase : SEPARATORS.split(unbracket(t))) {
                String p = phrase.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The translation segments of a definition in an English → foreign dictionary, in the order written, with
     * an empty string standing for a segment that is not one foreign word (a phrase, or an example mixing
     * English and another script) so that positions still say how early a word came.
     */
    static List<String> foreignSide(String definition) {
        String[] lines = definition.split("\n");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            // A line starting in lower case after one that did not end a segment continues it (Mueller wraps).
            boolean continues = text.length() > 0 && Character.isLowerCase(t.charAt(0))
                    && ",;.:".indexOf(text.charAt(text.length() - 1)) < 0;
            text.append(continues ? " " : ";").append(t);
        }
        // Numbering first: unbracket would take the ')' of "1)" for a closer.
        String flat = unbracket(INNER_NUMBERING.matcher(LABEL.matcher(text).replaceAll(" ")).replaceAll(";"));
        List<String> out = new ArrayList<>();
        for (String segment : FOREIGN_SEPARATORS.split(flat)) {
            String s = segment.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean mixed = ASCII_LETTER.matcher(s).find() && OTHER_SCRIPT_LETTER.matcher(s).find();
            out.add(!mixed && SINGLE_WORD.matcher(s).matches() ? s : "");
        }
        return out;
    }

    /** The text without anything inside (), [], {} or <>, nested or not; an unmatched closer is dropped. */
    static String unbracket(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == '>') {
                if (depth > 0) {
                    depth--;
                }
                out.append(' ');
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
