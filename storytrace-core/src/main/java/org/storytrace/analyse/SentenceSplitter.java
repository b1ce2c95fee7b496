package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storytrace.model.Span;

/**
 * Splits text into paragraphs (line breaks) and sentences: terminal punctuation before a capital in scripts with
 * case, the script's own stops in those without (Chinese and Japanese 。！？, Urdu ۔, Arabic ؟, Devanagari ।).
 */
final class SentenceSplitter {
    /** A lone line with no final punctuation and at most this many words reads as a heading, not a sentence. */
    static final int MAX_HEADING_WORDS = 16;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
            "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mme", "mlle", "m", "art", "fig", "p", "pp",
            "z.b", "bzw", "usw", "hr", "fr", "sra", "ul", "im", "ім", "т.е", "т.д", "г", "ст");

    /**
     * Stops of scripts without case, which end a sentence whatever follows: ideographic and full-width stops (。！？｡),
     * Urdu full stop, Arabic question mark, Devanagari danda and double danda.
     */
    private static final String CASELESS_STOPS = "\u3002\uFF01\uFF1F\uFF61\u06D4\u061F\u0964\u0965";

    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int start = skipSpace(text, i, lineEnd);
            int end = trimEnd(text, start, lineEnd);
            if (start < end) {
                List<Span> spans = sentencesOf(text, start, end);
                boolean heading = spans.size() == 1 && looksLikeHeading(text, start, end);
                for (Span s : spans) {
                    out.add(new Sentence(s, paragraph, heading));
                }
                paragraph++;
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private static List<Span> sentencesOf(String text, int start, int end) {
        List<Span> spans = new ArrayList<>();
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean caseful = c == '.' || c == '!' || c == '?' || c == '…';
            boolean caseless = CASELESS_STOPS.indexOf(c) >= 0;
            if (!caseful && !caseless) {
                continue;
            }
            int j = i + 1;
            while (j < end && isClosing(text.charAt(j))) {
                j++;
            }
            // Chinese and Japanese put no space after a full stop, and Urdu typing often none after ۔ (4,848 of the
            // 5,905 in counter-urdu touch the word before, not always the one after).
            if (j >= end || caseful && !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int next = skipSpace(text, j, end);
            if (next >= end) {
                continue;
            }
            // Only scripts with case need the capital to tell a sentence end from an abbreviation's dot.
            if (caseful && (!startsSentence(text.charAt(next)) || c == '.' && isAbbreviation(text, sentenceStart, i))) {
                continue;
            }
            spans.add(new Span(sentenceStart, j));
            sentenceStart = next;
            i = next - 1;
        }
        if (sentenceStart < end) {
            spans.add(new Span(sentenceStart, end));
        }
        return spans;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeHeading(String text, int start, int end) {
        char last = text.charAt(end - 1);
        if (".!?:;,…".indexOf(last) >= 0) {
            return false;
        }
        if (!Character.isUpperCase(firstLetter(text, start, end))) {
            return false;
        }
        return text.substring(start, end).split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static char firstLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»'
                || "\u300D\u300F\uFF09\u300B\u3009\u3011".indexOf(c) >= 0;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«(—–-¿¡".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
