package org.storytrace.model;

import java.util.Objects;

/**
 * Something wrong with one input, kept as a value so the rest of the batch goes on
 * (like jsoup's ParseError). {@code input} names the file, line or record.
 */
public record Problem(String input, String message) {
    public Problem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
        // One line on a terminal, whatever the input contained.
        message = message.replaceAll("[\\r\\n]+", " ").strip();
    }

    @Override
    public String toString() {
        return input + ": " + message;
    }
}
