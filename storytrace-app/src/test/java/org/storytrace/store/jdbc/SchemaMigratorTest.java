package org.storytrace.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration runner on small scripts of its own, apart from any store. */
class SchemaMigratorTest {
    @TempDir
    Path dir;

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("migrator.db"));
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void migrationsRunOnceInVersionOrder() throws Exception {
        SchemaMigrator migrator = new SchemaMigrator("db/migrator-test/ordered");
        try (Connection c = database()) {
            assertThat(migrator.migrate(c)).isEqualTo(3);
            assertThat(migrator.migrate(c)).isEqualTo(3);

            assertThat(SchemaMigrator.currentVersion(c)).isEqualTo(3);
            assertThat(count(c, "SELECT COUNT(*) FROM schema_version")).isEqualTo(3);
            assertThat(count(c, "SELECT COUNT(*) FROM notes WHERE author = 'migration'")).isEqualTo(1);
            assertThat(c.getAutoCommit()).as("connection handed back as it came").isTrue();
        }
    }

    @Test
    void failedMigrationRollsBackToTheVersionBefore() throws Exception {
        SchemaMigrator migrator = new SchemaMigrator("db/migrator-test/broken");
        try (Connection c = database()) {
            assertThatThrownBy(() -> migrator.migrate(c))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("db/migrator-test/broken/V2__half_done.sql: ")
                    .hasMessageContaining("no_such_table");

            assertThat(SchemaMigrator.currentVersion(c)).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'half'"))
                    .as("V2's first statements undone").isZero();
        }
    }

    @Test
    void gapInTheNumberingIsRefused() {
        assertThatThrownBy(() -> new SchemaMigrator("db/migrator-test/gap"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("db/migrator-test/gap: expected migration V2, found db/migrator-test/gap/V3__first_note.sql");
    }

    @Test
    void migrationsAreFoundInsideAJar() throws Exception {
        // The CLI ships as one shaded jar, where the folder is a jar entry rather than a directory on disk.
        Path jar = dir.resolve("migrations.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             InputStream script = getClass().getClassLoader().getResourceAsStream("db/sqlite/V1__init.sql")) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/sqlite/"));
            out.putNextEntry(new JarEntry("db/sqlite/V1__init.sql"));
            script.transferTo(out);
        }
        try (URLClassLoader onlyTheJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             Connection c = database()) {
            SchemaMigrator migrator = new SchemaMigrator("db/sqlite", onlyTheJar);

            assertThat(migrator.migrate(c)).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'articles'")).isEqualTo(1);
        }
    }
}
