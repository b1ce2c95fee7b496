package org.storytrace.serve;

import java.util.regex.Pattern;

/**
 * Makes untrusted article text safe to print on a terminal: escape sequences and control characters in an
 * article could otherwise move the cursor, rewrite earlier lines or change the window title.
 */
public final class Terminal {
    private static final Pattern ANSI = Pattern.compile("\\x1B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?|[@-Z\\\\-_])");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private Terminal() {
    }

    /** The text with escape sequences removed and other control characters (and bidi overrides) shown as U+FFFD. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return CONTROL.matcher(ANSI.matcher(s).replaceAll("")).replaceAll("\uFFFD");
    }

    /** {@link #clean} on one line: line breaks become spaces. */
    public static String line(String s) {
        return clean(s).replace('\n', ' ').replace('\t', ' ');
    }
}
