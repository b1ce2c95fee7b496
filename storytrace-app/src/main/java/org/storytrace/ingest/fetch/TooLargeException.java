package org.storytrace.ingest.fetch;

import java.io.IOException;

/** A body, on the wire or decoded, went past the size cap; thrown as soon as it does, not after reading it all. */
final class TooLargeException extends IOException {
    TooLargeException(long max) {
        super("larger than the " + max + "-byte cap");
    }
}
