package org.storytrace.serve;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one ingested document: stored as new, already known (same content hash), stored as an updated
 * version of a page already stored (same canonical URL, other text; {@code revisionOf} names the version it
 * replaces), or failed with a one-line reason. {@code merged} lists stories folded into {@code storyId} because
 * this article bridged them.
 */
public record IngestOutcome(String origin, Status status, String articleId, String storyId, boolean openedStory,
                            List<String> merged, String reason, String revisionOf) {
    /** The four ways an ingest can end. */
    public enum Status { NEW, ALREADY_KNOWN, UPDATED, FAILED }

    public IngestOutcome {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        merged = List.copyOf(merged);
    }

    static IngestOutcome failed(String origin, String reason) {
        return new IngestOutcome(origin, Status.FAILED, null, null, false, List.of(), reason, null);
    }
}
