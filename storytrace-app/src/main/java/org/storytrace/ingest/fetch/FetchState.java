package org.storytrace.ingest.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code watch} remembers between rounds and runs, per feed URL: the validator for conditional GET and the item
 * links already ingested. Kept as a small JSON file in the data folder rather than in the store, because it is a
 * crawler's cache, not part of the archive: losing it costs one full re-fetch and nothing else (ingest is idempotent).
 * Saved by writing a temporary file and renaming it over the old one, so a kill leaves the old or the new state.
 */
public final class FetchState {
    /** The file's name in the data folder. */
    public static final String FILE_NAME = "fetch-state.json";

    /** Layout version of the file; a file of another version is refused rather than misread. */
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, FeedState> feeds;

    private FetchState(Path file, Map<String, FeedState> feeds) {
        this.file = file;
        this.feeds = feeds;
    }

    /** One feed's memory; serialised as it is. */
    record FeedState(String etag, String lastModified, List<String> seen) {
        FeedState {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }
    }

    /** Persisted form: a version so a later layout can be told apart. */
    record Stored(int version, Map<String, FeedState> feeds) {
    }

    /**
     * Reads the state kept in {@code dataDir}, or starts empty when there is none.
     *
     * @throws UncheckedIOException naming the file when it exists but cannot be read or is not this format
     */
    public static FetchState load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
            if (stored.version() != VERSION || stored.feeds() == null) {
                throw new IOException("version " + stored.version() + ", expected " + VERSION);
            }
            return new FetchState(file, new TreeMap<>(stored.feeds()));
        } catch (NoSuchFileException e) {
            return new FetchState(file, new TreeMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException("watch: " + file + ": unreadable fetch state (" + e.getMessage()
                    + "); delete it to start over", e);
        }
    }

    /** The validator last received for {@code feedUrl}. */
    public Validator validator(String feedUrl) {
        FeedState state = feeds.get(feedUrl);
        return state == null ? Validator.NONE : new Validator(state.etag(), state.lastModified());
    }

    /** Whether an item with {@code link} was already ingested from {@code feedUrl}. */
    public boolean seen(String feedUrl, String link) {
        FeedState state = feeds.get(feedUrl);
        return state != null && state.seen().contains(link);
    }

    /**
     * Records what one successful read of {@code feedUrl} established. Only the links still in the feed are kept,
     * so the file stays as small as the feeds themselves; an item that left the feed and came back is fetched again
     * and found already known by its content.
     */
    public void update(String feedUrl, Validator validator, Set<String> seenNow) {
        feeds.put(feedUrl, new FeedState(validator.etag(), validator.lastModified(), List.copyOf(new LinkedHashSet<>(seenNow))));
    }

    /** Writes the state durably: temporary file, fsync, atomic rename. */
    public void save() {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(VERSION, feeds));
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("watch: fetch state is not serialisable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("watch: " + file + ": cannot save fetch state (" + e.getMessage() + ")", e);
        }
    }
}
