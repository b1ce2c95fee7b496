package org.storytrace.ingest;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.ArticleMetadata;

/**
 * The metadata a plain text file may carry before its body. Two forms are read, nothing else:
 * <ul>
 *   <li>leading lines {@code title: ...}, {@code url: ...}, {@code date: YYYY-MM-DD}, one field a line;</li>
 *   <li>an inline {@code date YYYY-MM-DD} at the very start of the first body line, followed directly by the
 *       body, as rewrite sites export it (seed 004: {@code " date 2024-11-25 Against the background…"}).</li>
 * </ul>
 */
final class TextHeader {
    private static final Pattern FIELD_LINE = Pattern.compile("(?i)^\\s*(title|url|date)\\s*:\\s*(\\S.*?)\\s*$");
    private static final Pattern INLINE_DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");

    private TextHeader() {
    }

    /** The declared metadata and the text after the header. */
    record Parsed(ArticleMetadata metadata, String body) {
    }

    static Parsed parse(String text) {
        String url = null;
        String title = null;
        Instant published = null;
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            Matcher field = FIELD_LINE.matcher(text.substring(pos, end));
            if (!field.matches()) {
                break;
            }
            String key = field.group(1).toLowerCase(Locale.ROOT);
            String value = field.group(2);
            if (key.equals("date")) {
                Instant date = IsoDates.parse(value).orElse(null);
                if (date == null) {
                    // Not our header after all: a body line that happens to start with "date:".
                    break;
                }
                published = date;
            } else if (key.equals("title")) {
                title = value;
            } else {
                url = value;
            }
            pos = Math.min(text.length(), end + 1);
        }
        Matcher inline = INLINE_DATE.matcher(text).region(pos, text.length());
        if (published == null && inline.lookingAt()) {
            Instant date = IsoDates.parse(inline.group(1)).orElse(null);
            if (date != null) {
                published = date;
                pos = inline.end();
            }
        }
        return new Parsed(new ArticleMetadata(url, title, null, null, published, null), text.substring(pos));
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
