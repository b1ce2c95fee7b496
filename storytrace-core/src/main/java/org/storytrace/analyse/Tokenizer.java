package org.storytrace.analyse;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storytrace.model.Span;

/**
 * Words (letters with inner apostrophes and hyphens) and numbers (with inner separators), as spans. Runs of
 * scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are cut into words by ICU's
 * dictionary-based word break iterator; everything else by one regular expression, which is much faster.
 */
final class Tokenizer {
    /**
     * What a token is, as a regular expression: the scanner below finds exactly its matches (a test holds it to
     * that on the eval texts) at a fraction of the cost, which mattered because tokenising was a third of analysis.
     */
    static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*");
    /** Below this code point no script is written without spaces (Thai starts at U+0E00). */
    private static final int FIRST_UNSPACED = 0x0E00;

    /** ICU break iterators keep position state, so each thread gets its own. */
    private final ThreadLocal<BreakIterator> words = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 6);
        forEachRun(text, (start, end) -> {
            if (mayBeUnspaced(text, start, end) && unspaced(text, start, end)) {
                segment(text, start, end, out);
            } else {
                add(text, start, end, out);
            }
        });
        return out;
    }

    /** Receives the character ranges of a text's matches of {@link #TOKEN}. */
    interface RunSink {
        void run(int start, int end);
    }

    /** Every match of {@link #TOKEN} in {@code text}, in order, found without the regular expression engine. */
    static void forEachRun(String text, RunSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int end;
            if (isNumber(cp)) {
                end = run(text, i, NUMBER_RUN);
                while (end + 1 < n && (text.charAt(end) == '.' || text.charAt(end) == ',') && isNumber(text.codePointAt(end + 1))) {
                    end = run(text, end + 1, NUMBER_RUN);
                }
            } else if (isLetterOrMark(cp)) {
                end = run(text, i, LETTER_RUN);
                while (end + 1 < n && isJoiner(text.charAt(end)) && isWordChar(text.codePointAt(end + 1))) {
                    end = run(text, end + 1, WORD_RUN);
                }
            } else {
                i += Character.charCount(cp);
                continue;
            }
            sink.run(i, end);
            i = end;
        }
    }

    private static final int NUMBER_RUN = 0;
    private static final int LETTER_RUN = 1;
    private static final int WORD_RUN = 2;

    /** The end of the run of {@code kind} characters starting at {@code from}. */
    private static int run(String text, int from, int kind) {
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            boolean in = switch (kind) {
                case NUMBER_RUN -> isNumber(cp);
                case LETTER_RUN -> isLetterOrMark(cp);
                default -> isWordChar(cp);
            };
            if (!in) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '‐';
    }

    private static boolean isNumber(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isLetterOrMark(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(int cp) {
        return isLetterOrMark(cp) || isNumber(cp);
    }

    private static boolean mayBeUnspaced(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= FIRST_UNSPACED) {
                return true;
            }
        }
        return false;
    }

    private void segment(String text, int start, int end, List<Token> out) {
        BreakIterator it = words.get();
        it.setText(text.substring(start, end));
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                add(text, start + from, start + to, out);
            }
        }
    }

    private static void add(String text, int start, int end, List<Token> out) {
        String raw = text.substring(start, end);
        String norm = Normalizer.fold(raw);
        boolean number = Character.isDigit(raw.charAt(0));
        out.add(new Token(new Span(start, end), raw, norm, number ? norm : Normalizer.stem(norm),
                number ? Token.Type.NUMBER : Token.Type.WORD));
    }

    /** Whether the run holds a letter of a script written without spaces between words. */
    private static boolean unspaced(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp >= FIRST_UNSPACED) {
                int script = UScript.getScript(cp);
                if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.THAI
                        || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR) {
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
