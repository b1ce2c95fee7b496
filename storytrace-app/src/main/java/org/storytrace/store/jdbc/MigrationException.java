package org.storytrace.store.jdbc;

/** A schema that cannot be brought to the version this build expects: a newer database, or broken migration files. */
public class MigrationException extends RuntimeException {
    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
