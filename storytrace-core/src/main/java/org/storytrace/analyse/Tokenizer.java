package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.Span;

/** Words (letters with inner apostrophes and hyphens) and numbers (with inner separators), as spans. */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*");

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String norm = Normalizer.fold(raw);
            boolean number = Character.isDigit(raw.charAt(0));
            out.add(new Token(new Span(m.start(), m.end()), raw, norm, number ? norm : Normalizer.stem(norm),
                    number ? Token.Type.NUMBER : Token.Type.WORD));
        }
        return out;
    }
}
