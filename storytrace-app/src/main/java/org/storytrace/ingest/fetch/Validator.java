package org.storytrace.ingest.fetch;

/**
 * What a server said identifies the version it sent, kept to ask next time whether it changed (conditional GET).
 *
 * @param etag         the {@code ETag} header as sent, or null
 * @param lastModified the {@code Last-Modified} header as sent, or null
 */
public record Validator(String etag, String lastModified) {
    /** No validator: the first request for a URL, or a server that sends neither header. */
    public static final Validator NONE = new Validator(null, null);

    public Validator {
        etag = blankToNull(etag);
        lastModified = blankToNull(lastModified);
    }

    public boolean isNone() {
        return etag == null && lastModified == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
