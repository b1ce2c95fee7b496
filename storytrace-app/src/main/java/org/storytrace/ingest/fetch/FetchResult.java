package org.storytrace.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * How one fetch ended: the body ({@code OK}), unchanged since the validator sent ({@code NOT_MODIFIED}), refused by
 * the address policy before any connection ({@code REFUSED}), or failed on the way ({@code FAILED}, with a reason).
 *
 * @param requested   the URL asked for
 * @param finalUrl    where the answer came from after redirects (the requested URL when there were none)
 * @param body        the decoded body for {@code OK}, else empty
 * @param contentType the {@code Content-Type} header, or null
 * @param validator   the validator to send next time ({@link Validator#NONE} when the server gave none)
 * @param reason      why it was refused or failed, one line; null otherwise
 */
public record FetchResult(URI requested, Status status, URI finalUrl, byte[] body, String contentType,
                          Validator validator, String reason) {
    /** The four ways a fetch ends. */
    public enum Status { OK, NOT_MODIFIED, REFUSED, FAILED }

    private static final byte[] EMPTY = new byte[0];

    public FetchResult {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(validator, "validator");
        body = body == null ? EMPTY : body;
        if ((status == Status.REFUSED || status == Status.FAILED) && reason == null) {
            throw new IllegalArgumentException("fetch: " + requested + ": " + status + " needs a reason");
        }
    }

    static FetchResult refused(URI requested, URI at, String reason) {
        return new FetchResult(requested, Status.REFUSED, at, null, null, Validator.NONE, reason);
    }

    static FetchResult failed(URI requested, URI at, String reason) {
        return new FetchResult(requested, Status.FAILED, at, null, null, Validator.NONE, reason);
    }

    /** One line for the user: the URL and, when it did not succeed, why. */
    public String describe() {
        return switch (status) {
            case OK -> requested + ": " + body.length + " bytes";
            case NOT_MODIFIED -> requested + ": not modified";
            case REFUSED -> requested + ": refused: " + reason;
            case FAILED -> requested + ": " + reason;
        };
    }
}
