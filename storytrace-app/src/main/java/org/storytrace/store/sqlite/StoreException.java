package org.storytrace.store.sqlite;

import java.nio.file.Path;

/** A store that cannot be opened or written; the one-line message names the file and the reason. */
public class StoreException extends RuntimeException {
    StoreException(Path path, String reason) {
        super(message(path, reason));
    }

    StoreException(Path path, String reason, Throwable cause) {
        super(message(path, reason), cause);
    }

    private static String message(Path path, String reason) {
        // One line on a terminal, whatever the driver put in its own message.
        return "store: " + path + ": " + reason.replaceAll("[\\r\\n]+", " ").strip();
    }
}
