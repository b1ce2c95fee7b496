package org.storytrace.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Fingerprint;
import org.storytrace.model.Truncation;
import org.storytrace.store.CanonicalUrl;
import org.storytrace.store.StoredArticle;

/** Turns a {@link StoredArticle} into a row of {@code articles} and back, so the store's queries stay short. */
final class ArticleRows {
    /** Every column a {@link StoredArticle} is read from, in the order {@link #read} expects. */
    static final String COLUMNS = "id, content_hash, story_id, origin, url, title, outlet, byline, published, language, "
            + "body, truncated, visible_fraction, truncation_markers, furniture, ingested_at, minhash, fingerprint_keys, revision_of";

    static final String INSERT = "INSERT INTO articles (" + COLUMNS + ", seq, origin_name, canonical_url) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper json = new ObjectMapper();

    /** Binds every parameter of {@link #INSERT}. */
    void bind(PreparedStatement ps, StoredArticle stored, long seq) throws SQLException {
        Article a = stored.article();
        ArticleMetadata m = a.metadata();
        ps.setString(1, a.id());
        ps.setString(2, a.contentHash());
        ps.setString(3, stored.storyId());
        ps.setString(4, a.origin());
        ps.setString(5, m.url());
        ps.setString(6, m.title());
        ps.setString(7, m.outlet());
        ps.setString(8, m.byline());
        ps.setString(9, m.published() == null ? null : m.published().toString());
        ps.setString(10, m.language());
        ps.setString(11, a.text());
        ps.setInt(12, a.truncation().truncated() ? 1 : 0);
        // SQLite turns NaN into NULL on its own, PostgreSQL would keep it: say NULL so both stores agree.
        double visible = a.truncation().visibleFraction();
        if (Double.isNaN(visible)) {
            ps.setNull(13, Types.REAL);
        } else {
            ps.setDouble(13, visible);
        }
        ps.setString(14, toJson(a.truncation().markers()));
        ps.setString(15, toJson(a.furniture()));
        ps.setString(16, a.ingestedAt().toString());
        ps.setBytes(17, toBytes(stored.fingerprint().minHash()));
        ps.setString(18, toJson(stored.fingerprint().keys()));
        ps.setString(19, stored.revisionOf());
        ps.setLong(20, seq);
        ps.setString(21, OriginName.of(a.origin()));
        ps.setString(22, CanonicalUrl.of(m.url()));
    }

    /** Reads the row the result set is on, selected with {@link #COLUMNS}. */
    StoredArticle read(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        ArticleMetadata metadata = new ArticleMetadata(rs.getString("url"), rs.getString("title"),
                rs.getString("outlet"), rs.getString("byline"), published == null ? null : Instant.parse(published),
                rs.getString("language"));
        double visible = rs.getDouble("visible_fraction");
        if (rs.wasNull()) {
            visible = Double.NaN;
        }
        Truncation truncation = new Truncation(rs.getInt("truncated") == 1, visible,
                fromJson(rs.getString("truncation_markers")));
        Article article = new Article(rs.getString("id"), rs.getString("content_hash"), rs.getString("origin"),
                metadata, rs.getString("body"), truncation, fromJson(rs.getString("furniture")),
                Instant.parse(rs.getString("ingested_at")));
        Fingerprint fingerprint = new Fingerprint(toInts(rs.getBytes("minhash")),
                fromJson(rs.getString("fingerprint_keys")));
        return new StoredArticle(article, rs.getString("story_id"), fingerprint, rs.getString("revision_of"));
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private List<String> fromJson(String text) throws SQLException {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("column is not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
    }

    static byte[] toBytes(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static int[] toInts(byte[] bytes) throws SQLException {
        // The driver hands back null for a zero-length blob: an empty signature.
        if (bytes == null) {
            return new int[0];
        }
        if (bytes.length % Integer.BYTES != 0) {
            throw new SQLException("minhash blob of " + bytes.length + " bytes is not whole 32-bit ints");
        }
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }
}
