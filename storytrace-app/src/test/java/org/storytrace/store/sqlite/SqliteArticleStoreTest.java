package org.storytrace.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.store.ArticleStore;
import org.storytrace.store.ArticleStoreContract;
import org.storytrace.store.SeedArticles;
import org.storytrace.store.jdbc.SchemaMigrator;

/** The store contract on the embedded SQLite store, plus what only a file on disk can get wrong. */
class SqliteArticleStoreTest extends ArticleStoreContract {

    @Override
    protected ArticleStore openStore(Path dir) {
        return SqliteArticleStore.open(dir);
    }

    private static Connection raw(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
    }

    private static List<String> schemaVersionRows(Path dir) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = raw(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, description, applied_at FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedWithItsPath() throws Exception {
        Path other = dir.resolve("not-a-store");
        Files.createDirectories(other);
        // Someone pointed the data folder at a folder of articles: a real text under the database's name.
        Path file = Files.copy(SeedArticles.seedFile("000"), other.resolve(SqliteArticleStore.FILE_NAME));

        assertThatThrownBy(() -> SqliteArticleStore.open(other))
                .isInstanceOf(StoreException.class)
                .hasMessage("store: " + file + ": file is not a database");
        assertThat(Files.readString(file)).as("left untouched").isEqualTo(SeedArticles.seedText("000"));
    }

    @Test
    void dataFolderThatIsAFileIsRefusedWithItsPath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        assertThatThrownBy(() -> SqliteArticleStore.open(notAFolder))
                .isInstanceOf(StoreException.class)
                .hasMessage("store: " + notAFolder + ": exists and is not a folder");
    }

    @Test
    void databaseFromANewerVersionIsRefused() throws Exception {
        store.put(SeedArticles.stored(SeedArticles.seed("000"), "s"));
        store.close();
        try (Connection c = raw(dir); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version VALUES (99, 'from_the_future', '2030-01-01T00:00:00Z')");
        }
        int known = new SchemaMigrator(SqliteArticleStore.MIGRATIONS).latestVersion();

        assertThatThrownBy(() -> SqliteArticleStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage("store: " + dir.resolve(SqliteArticleStore.FILE_NAME) + ": schema version 99 is newer "
                        + "than this build knows (" + known + "); use a newer storytrace");
        assertThat(schemaVersionRows(dir)).hasSize(known + 1);
    }

    @Test
    void migrationsRunOnceAndRecordTheVersion() throws Exception {
        int latest = new SchemaMigrator(SqliteArticleStore.MIGRATIONS).latestVersion();
        assertThat(store.schemaVersion()).isEqualTo(latest);
        store.close();
        List<String> firstRows = schemaVersionRows(dir);

        store = SqliteArticleStore.open(dir);

        assertThat(store.schemaVersion()).isEqualTo(latest);
        assertThat(firstRows).hasSize(latest).first().asString().startsWith("1 init ");
        assertThat(schemaVersionRows(dir)).as("reopening applies nothing again").isEqualTo(firstRows);
    }

    @Test
    void databaseIsKeptInWalMode() throws Exception {
        // WAL is a property of the file, so a plain connection sees what the store set.
        try (Connection c = raw(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }
}
