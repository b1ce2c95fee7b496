package org.storytrace.store.jdbc;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One numbered SQL resource, {@code V<version>__<description>.sql}, as found in a migration folder. */
record Migration(int version, String description, String resource) {
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)\\.sql");

    Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(resource, "resource");
        if (version < 1) {
            throw new IllegalArgumentException("migration " + resource + ": version " + version + " is not positive");
        }
    }

    /** Reads version and description from a file name; a {@code .sql} file named otherwise is a mistake, not skipped. */
    static Migration of(String folder, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException(folder + "/" + fileName + ": not named V<number>__<description>.sql");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), folder + "/" + fileName);
    }
}
