package org.storytrace.analyse;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.Span;

/**
 * Words (letters with inner apostrophes and hyphens) and numbers (with inner separators), as spans. Runs of
 * scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are cut into words by ICU's
 * dictionary-based word break iterator; everything else by one regular expression, which is much faster.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*");

    /** ICU break iterators keep position state, so each thread gets its own. */
    private final ThreadLocal<BreakIterator> words = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (unspaced(text, m.start(), m.end())) {
                segment(text, m.start(), m.end(), out);
            } else {
                add(text, m.start(), m.end(), out);
            }
        }
        return out;
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
            if (cp >= 0x0E00) {
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
