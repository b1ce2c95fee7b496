package org.storytrace.bench.extraction;

/**
 * One row of the bench table. A peer that did not run has a {@code status} other than {@link #OK} and null figures;
 * a ratio is null when the peer it is taken against did not run.
 */
record PeerResult(String set, String peer, String status, int pages, Double pagesPerSecond, Double megabytesPerSecond,
        ScrapinghubScoring.Score score, Integer failedPages, Double wallSeconds, Double ratioToJsoup,
        Double ratioToReadabilityJs) {
    static final String OK = "ok";

    PeerResult {
        if (set == null || peer == null || status == null) {
            throw new IllegalArgumentException("bench result: set, peer and status are required, got peer " + peer);
        }
        if (OK.equals(status) && (pagesPerSecond == null || score == null)) {
            throw new IllegalArgumentException("bench result: " + peer + " ran but has no figures");
        }
    }

    static PeerResult notRun(String set, String peer, int pages, String why) {
        return new PeerResult(set, peer, why, pages, null, null, null, null, null, null, null);
    }

    boolean ran() {
        return OK.equals(status);
    }
}
