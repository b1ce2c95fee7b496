package org.storytrace.store.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.storytrace.model.Article;
import org.storytrace.model.Story;
import org.storytrace.store.ArticleStore;
import org.storytrace.store.CanonicalUrl;
import org.storytrace.store.StoredArticle;
import org.storytrace.store.jdbc.MigrationException;
import org.storytrace.store.jdbc.SchemaMigrator;

/**
 * The embedded default {@link ArticleStore}: one SQLite file, {@code storytrace.db}, in the data folder.
 *
 * <p>Thread-safe: the store owns a single connection and every method is synchronized on the store, so calls
 * from several threads run one after another. A visitor given to {@link #forEach} runs while the store is held;
 * it may read from the store on the same thread but should not write to it. Several processes may open the same
 * file: SQLite's locks serialise their writes, each waiting up to {@value #BUSY_TIMEOUT_MILLIS} ms.
 */
public final class SqliteArticleStore implements ArticleStore {
    private static final Logger log = LoggerFactory.getLogger(SqliteArticleStore.class);

    static final String FILE_NAME = "storytrace.db";
    static final String MIGRATIONS = "db/sqlite";
    // Long enough for another process to finish a batch ingest's commit, short enough that a stuck one shows.
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private final ArticleRows rows = new ArticleRows();
    private boolean closed;

    private SqliteArticleStore(Path file, Connection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) {@code dataDir/storytrace.db} and migrates it to the newest schema.
     *
     * @throws StoreException when the folder cannot be used, the file is not a SQLite database, or its schema is
     *                        newer than this build knows
     */
    public static SqliteArticleStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(dataDir, "exists and is not a folder", e);
        } catch (IOException e) {
            throw new StoreException(dataDir, "cannot create folder: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException(dataDir, "folder is not writable");
        }
        Path file = dataDir.resolve(FILE_NAME);
        Connection connection;
        try {
            connection = config().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException(file, reason(e), e);
        }
        try {
            warnUnlessWal(connection, file);
            int version = new SchemaMigrator(MIGRATIONS).migrate(connection);
            log.info("store: opened {} at schema version {}", file, version);
            return new SqliteArticleStore(file, connection, version);
        } catch (SQLException | MigrationException e) {
            closeAfterFailure(connection, e);
            throw new StoreException(file, e instanceof SQLException sql ? reason(sql) : e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets readers (the web UI, a second CLI) go on while an ingest writes.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL, not FULL: in WAL mode a crash of the process never loses or tears a commit, and power loss can
        // only drop the last few commits whole. Ingest is idempotent by content hash, so re-running it restores
        // them, which is cheaper than an fsync on every article.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Take the write lock when a transaction begins: a deferred one that reads first and then writes can fail
        // with SQLITE_BUSY at once, without waiting, when another process wrote in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static void warnUnlessWal(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            String mode = rs.next() ? rs.getString(1) : "unknown";
            if (!"wal".equalsIgnoreCase(mode)) {
                log.warn("store: {} runs in journal mode {}, not WAL: readers will wait for writers", file, mode);
            }
        }
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A short reason for the common SQLite failures, whose driver messages are long and repeat themselves. */
    private static String reason(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return e.getMessage();
        }
        int primary = sqlite.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "file is not a database";
        } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "database file is corrupt";
        } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "cannot open the database file";
        } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "database is read-only";
        } else if (primary == SQLiteErrorCode.SQLITE_BUSY.code) {
            return "database stayed locked by another process for " + BUSY_TIMEOUT_MILLIS + " ms";
        }
        return e.getMessage();
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException(file, action + ": " + reason(e), e);
    }

    /**
     * Statements prepared once per connection and kept, by their SQL: ingest ran six statements per article, and
     * preparing them (parsing and planning the SQL in SQLite) took more of the writer's time than running them.
     * Only for fixed SQL texts, so the map stays small; guarded by the store's lock like the connection.
     */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** How many {@link #inTransaction} calls are under way on this thread's connection: only the outermost commits. */
    private int transactionDepth;

    @Override
    public synchronized PutResult put(StoredArticle stored) {
        Article a = stored.article();
        try {
            return inTransaction(() -> {
                if (hashStored(a.contentHash())) {
                    log.debug("store: {} from {} is already stored", a.id(), a.origin());
                    return PutResult.ALREADY_KNOWN;
                }
                long seq = nextSeq();
                PreparedStatement insert = statement(ArticleRows.INSERT);
                rows.bind(insert, stored, seq);
                insert.executeUpdate();
                // After the article, which the deferred foreign key allows: a story row that cannot be written
                // (a blank id) must take the article row already written down with it.
                PreparedStatement story = statement("INSERT INTO stories (id, created_seq) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
                story.setString(1, stored.storyId());
                story.setLong(2, seq);
                story.executeUpdate();
                log.debug("store: stored {} from {} in story {}", a.id(), a.origin(), stored.storyId());
                return PutResult.NEW;
            });
        } catch (SQLException e) {
            throw failure("cannot store article " + a.id() + " from " + a.origin(), e);
        }
    }

    private boolean hashStored(String contentHash) throws SQLException {
        PreparedStatement ps = statement("SELECT 1 FROM articles WHERE content_hash = ?");
        ps.setString(1, contentHash);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private long nextSeq() throws SQLException {
        try (ResultSet rs = statement("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized boolean containsHash(String contentHash) {
        try {
            return hashStored(contentHash);
        } catch (SQLException e) {
            throw failure("cannot look up hash " + contentHash, e);
        }
    }

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        try {
            return articles("WHERE id = ?", id).stream().findFirst();
        } catch (SQLException e) {
            throw failure("cannot read article " + id, e);
        }
    }

    @Override
    public synchronized Optional<StoredArticle> latestByUrl(String url) {
        String canonical = CanonicalUrl.of(url);
        if (canonical == null) {
            return Optional.empty();
        }
        try {
            return articles("WHERE canonical_url = ? ORDER BY seq DESC LIMIT 1", canonical).stream().findFirst();
        } catch (SQLException e) {
            throw failure("cannot look up url " + url, e);
        }
    }

    @Override
    public synchronized List<Article> resolve(String reference) {
        // A blank reference is a prefix of every id; it means nothing, not everything.
        if (reference.isBlank()) {
            return List.of();
        }
        try {
            List<StoredArticle> found = articles("WHERE id = ?", reference);
            // substr counts characters, and String.length counts UTF-16 units: pass the former.
            int length = reference.codePointCount(0, reference.length());
            if (found.isEmpty()) {
                found = articles("WHERE substr(id, 1, ?) = ? ORDER BY seq", length, reference);
            }
            if (found.isEmpty()) {
                found = articles("WHERE substr(origin_name, 1, ?) = ? OR origin = ? OR url = ? ORDER BY seq",
                        length, reference, reference, reference);
            }
            return found.stream().map(StoredArticle::article).toList();
        } catch (SQLException e) {
            throw failure("cannot resolve " + reference, e);
        }
    }

    @Override
    public synchronized List<StoredArticle> storyMembers(String storyId) {
        try {
            return articles("WHERE story_id = ? ORDER BY seq", storyId);
        } catch (SQLException e) {
            throw failure("cannot read story " + storyId, e);
        }
    }

    @Override
    public synchronized Optional<Story> story(String storyId) {
        try {
            return summaries("WHERE a.story_id = ?", storyId).stream().findFirst().map(StorySummary::toStory);
        } catch (SQLException e) {
            throw failure("cannot read story " + storyId, e);
        }
    }

    @Override
    public synchronized List<Story> stories() {
        try {
            return summaries("").stream().sorted(StorySummary.LISTING_ORDER).map(StorySummary::toStory).toList();
        } catch (SQLException e) {
            throw failure("cannot list stories", e);
        }
    }

    @Override
    public synchronized void forEach(Consumer<StoredArticle> visitor) {
        // The driver steps through the rows as they are read, so only one article is in memory at a time.
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + ArticleRows.COLUMNS + " FROM articles ORDER BY seq")) {
            while (rs.next()) {
                visitor.accept(rows.read(rs));
            }
        } catch (SQLException e) {
            throw failure("cannot read articles", e);
        }
    }

    @Override
    public synchronized Optional<String> setting(String key) {
        try {
            PreparedStatement ps = statement("SELECT value FROM settings WHERE key = ?");
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read setting " + key, e);
        }
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        try {
            inTransaction(() -> {
                PreparedStatement ps = statement("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
                return null;
            });
        } catch (SQLException e) {
            throw failure("cannot write setting " + key, e);
        }
    }

    @Override
    public synchronized boolean replaceSignature(String articleId, int[] minHash) {
        try {
            return inTransaction(() -> {
                PreparedStatement ps = statement("UPDATE articles SET minhash = ? WHERE id = ?");
                ps.setBytes(1, ArticleRows.toBytes(minHash));
                ps.setString(2, articleId);
                return ps.executeUpdate() == 1;
            });
        } catch (SQLException e) {
            throw failure("cannot replace the signature of " + articleId, e);
        }
    }

    @Override
    public synchronized void mergeStories(String kept, String absorbed) {
        if (kept.equals(absorbed)) {
            throw new StoreException(file, "cannot merge story " + kept + " into itself");
        }
        try {
            inTransaction(() -> {
                long keptSeq = createdSeq(kept);
                long absorbedSeq = createdSeq(absorbed);
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE articles SET story_id = ? WHERE story_id = ?")) {
                    ps.setString(1, kept);
                    ps.setString(2, absorbed);
                    ps.executeUpdate();
                }
                // The kept story now holds the older members too, so it dates from whichever opened first.
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE stories SET created_seq = ? WHERE id = ?")) {
                    ps.setLong(1, Math.min(keptSeq, absorbedSeq));
                    ps.setString(2, kept);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = connection.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                    ps.setString(1, absorbed);
                    ps.executeUpdate();
                }
                log.debug("store: merged story {} into {}", absorbed, kept);
                return null;
            });
        } catch (SQLException e) {
            throw failure("cannot merge story " + absorbed + " into " + kept, e);
        }
    }

    private long createdSeq(String storyId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT created_seq FROM stories WHERE id = ?")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(file, "no story " + storyId);
                }
                return rs.getLong(1);
            }
        }
    }

    @Override
    public synchronized int articleCount() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure("cannot count articles", e);
        }
    }

    @Override
    public synchronized int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
            connection.close();
            log.debug("store: closed {}", file);
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    private List<StoredArticle> articles(String where, Object... parameters) throws SQLException {
        PreparedStatement ps = statement("SELECT " + ArticleRows.COLUMNS + " FROM articles " + where);
        bind(ps, parameters);
        List<StoredArticle> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rows.read(rs));
            }
        }
        return found;
    }

    /** Story summaries in first-stored order; reads only the columns a {@link Story} needs, never the bodies. */
    private List<StorySummary> summaries(String where, Object... parameters) throws SQLException {
        Map<String, StorySummary> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT a.story_id, s.created_seq, a.id, a.language, a.published, a.ingested_at, a.outlet "
                        + "FROM articles a JOIN stories s ON s.id = a.story_id " + where + " ORDER BY a.seq")) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long createdSeq = rs.getLong(2);
                    String published = rs.getString(5);
                    Instant seen = Instant.parse(published != null ? published : rs.getString(6));
                    byId.computeIfAbsent(rs.getString(1), id -> new StorySummary(id, createdSeq))
                            .add(rs.getString(3), rs.getString(4), rs.getString(7), seen);
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    /**
     * Runs {@code work} as one transaction: committed if it returns, rolled back whole if anything throws. Inside
     * another transaction (see {@link #atomically}) it is part of that one.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        if (transactionDepth > 0) {
            return work.run();
        }
        connection.setAutoCommit(false);
        transactionDepth++;
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            transactionDepth--;
            connection.setAutoCommit(true);
        }
    }

    @Override
    public synchronized <T> T atomically(java.util.function.Supplier<T> work) {
        try {
            return inTransaction(work::get);
        } catch (SQLException e) {
            throw failure("cannot commit a batch", e);
        }
    }

    /** A unit of work that may fail with the driver's checked exception. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
