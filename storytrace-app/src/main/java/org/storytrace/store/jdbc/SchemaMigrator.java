package org.storytrace.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a JDBC database to the newest schema found in one class-path folder of {@code V<n>__<description>.sql}
 * files, applying each missing step in its own transaction and recording it in {@code schema_version}.
 *
 * <p>It knows nothing of any one database, so the PostgreSQL adapter can use it with its own folder. The scripts
 * are split on {@code ;} after removing {@code --} comments, so a statement must not contain either inside a
 * string literal or a trigger body. Both SQLite and PostgreSQL run DDL inside transactions, which is what makes a
 * failed step roll back whole.
 */
public final class SchemaMigrator {
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    private final ClassLoader loader;
    private final List<Migration> migrations;

    /** Reads the migrations of {@code folder} (e.g. {@code db/sqlite}) from this class's class path. */
    public SchemaMigrator(String folder) {
        this(folder, SchemaMigrator.class.getClassLoader());
    }

    SchemaMigrator(String folder, ClassLoader loader) {
        this.loader = loader;
        this.migrations = inOrder(folder, fileNames(folder, loader).stream()
                .filter(name -> name.endsWith(".sql"))
                .map(name -> Migration.of(folder, name))
                .toList());
    }

    /** The version the newest migration of the folder brings a database to. */
    public int latestVersion() {
        return migrations.size();
    }

    /**
     * Applies every migration the database lacks and returns the version it is at afterwards. Leaves the
     * connection's auto-commit setting as it found it.
     *
     * @throws MigrationException when the database is newer than the newest migration, or a migration fails
     */
    public int migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            connection.commit();
            while (true) {
                // The version is read inside the transaction that applies the next step, so two processes opening
                // the same database at once cannot both apply it: the second waits on SQLite's write lock and then
                // sees the new row, or fails on the primary key under PostgreSQL.
                int current = currentVersion(connection);
                if (current > latestVersion()) {
                    throw new MigrationException("schema version " + current + " is newer than this build knows ("
                            + latestVersion() + "); use a newer storytrace");
                }
                if (current == latestVersion()) {
                    connection.commit();
                    return current;
                }
                apply(connection, migrations.get(current));
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The highest version recorded in {@code schema_version}, 0 for a database never migrated. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(read(migration))) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new MigrationException(migration.resource() + ": " + e.getMessage(), e);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, migration.version());
            ps.setString(2, migration.description());
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
        connection.commit();
        log.info("schema: applied {}", migration.resource());
    }

    private String read(Migration migration) {
        try (InputStream in = loader.getResourceAsStream(migration.resource())) {
            if (in == null) {
                throw new MigrationException(migration.resource() + ": listed but cannot be read");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(migration.resource() + ": " + e.getMessage(), e);
        }
    }

    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Sorts by version and insists on 1, 2, 3 … so that a version number is also the count of steps applied. */
    static List<Migration> inOrder(String folder, List<Migration> found) {
        if (found.isEmpty()) {
            throw new MigrationException(folder + ": no migrations");
        }
        List<Migration> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1) {
                throw new MigrationException(folder + ": expected migration V" + (i + 1) + ", found "
                        + sorted.get(i).resource());
            }
        }
        return List.copyOf(sorted);
    }

    /** Lists a class-path folder whether it lies on disk (tests, IDE) or inside a jar (the shaded CLI). */
    private static List<String> fileNames(String folder, ClassLoader loader) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new MigrationException(folder + ": no such folder on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(folder));
                } catch (FileSystemAlreadyExistsException e) {
                    return list(FileSystems.getFileSystem(uri).getPath(folder));
                }
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new MigrationException(folder + ": cannot list migrations: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
