package org.storytrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the durability harness compares about a store: SQLite's own integrity check and, per article, its content
 * hash and story. Read with plain JDBC rather than through the store, which would migrate (write) on open.
 *
 * @param integrity  the first row of {@code PRAGMA integrity_check}: "ok" when the file is sound
 * @param storyOfId  article id → story id
 * @param hashOfId   article id → content hash
 */
record StoreSnapshot(String integrity, Map<String, String> storyOfId, Map<String, String> hashOfId) {
    StoreSnapshot {
        storyOfId = Map.copyOf(storyOfId);
        hashOfId = Map.copyOf(hashOfId);
    }

    /** What an ingest killed before it created its store leaves: nothing, which is sound. */
    static final String NO_STORE_YET = "ok";

    static StoreSnapshot read(Path dataDir) throws SQLException {
        Path db = dataDir.resolve("storytrace.db");
        if (!Files.exists(db)) {
            // Opening it would create it (or fail when the folder is missing too): a kill that came before the
            // child's first write is a valid outcome, not a harness error.
            return new StoreSnapshot(NO_STORE_YET, Map.of(), Map.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            String integrity;
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                integrity = r.next() ? r.getString(1) : "no answer";
            }
            Map<String, String> story = new HashMap<>();
            Map<String, String> hash = new HashMap<>();
            boolean hasArticles;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'")) {
                hasArticles = r.next() && r.getInt(1) == 1;
            }
            if (hasArticles) {
                try (ResultSet r = s.executeQuery("SELECT id, content_hash, story_id FROM articles")) {
                    while (r.next()) {
                        hash.put(r.getString(1), r.getString(2));
                        story.put(r.getString(1), r.getString(3));
                    }
                }
            }
            return new StoreSnapshot(integrity, story, hash);
        }
    }

    Set<String> hashes() {
        return new HashSet<>(hashOfId.values());
    }

    /** The grouping of content hashes into stories, without the story ids, which may be named differently. */
    Set<Set<String>> partition() {
        Map<String, Set<String>> byStory = new TreeMap<>();
        storyOfId.forEach((id, story) -> byStory.computeIfAbsent(story, k -> new HashSet<>()).add(hashOfId.get(id)));
        Collection<Set<String>> groups = byStory.values();
        return new HashSet<>(groups);
    }
}
