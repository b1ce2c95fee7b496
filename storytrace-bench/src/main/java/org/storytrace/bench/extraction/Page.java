package org.storytrace.bench.extraction;

/** One benchmark page, already gunzipped and decoded so that no peer is timed on that work. */
record Page(String id, String html, int utf8Bytes) {
    Page {
        if (id == null || id.isBlank() || html == null) {
            throw new IllegalArgumentException("page: id and html are required, got id " + id);
        }
    }
}
