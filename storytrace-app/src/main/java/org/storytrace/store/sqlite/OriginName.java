package org.storytrace.store.sqlite;

import java.util.regex.Pattern;

/** The short name a user types for an article's origin: its last path segment, without a JSONL line number. */
final class OriginName {
    // export.jsonl:12 names line 12 of export.jsonl; only digits count, so C:\ or a URL scheme is left alone.
    private static final Pattern LINE_SUFFIX = Pattern.compile(":[0-9]+$");

    private OriginName() {
    }

    static String of(String origin) {
        String path = LINE_SUFFIX.matcher(origin).replaceFirst("");
        // A URL ending in a slash still has a meaningful last segment before it.
        while (path.length() > 1 && (path.endsWith("/") || path.endsWith("\\"))) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
