package org.storytrace.bench.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storytrace.model.Fingerprint;

/**
 * What a store keeps for rebuilding the story index, written as the bench clusters: per article its id,
 * publication time, MinHash signature and keys, appended in arrival order to one binary file. Reading it back and
 * restoring every article is how {@code bench stories} times a rebuild after a restart.
 */
final class FingerprintLog implements AutoCloseable {
    /** One stored article. */
    record Entry(String id, Instant published, Fingerprint fingerprint) {
    }

    private final Path file;
    private final DataOutputStream out;

    FingerprintLog(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void append(String id, Instant published, Fingerprint fingerprint) {
        try {
            out.writeUTF(id);
            out.writeLong(published.getEpochSecond());
            int[] sig = fingerprint.minHash();
            out.writeShort(sig.length);
            for (int h : sig) {
                out.writeInt(h);
            }
            out.writeShort(fingerprint.keys().size());
            for (String key : fingerprint.keys()) {
                out.writeUTF(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Hands the first {@code count} entries to {@code each}, in the order they were appended. */
    void read(int count, Consumer<Entry> each) throws IOException {
        out.flush();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                Instant published = Instant.ofEpochSecond(in.readLong());
                int[] sig = new int[in.readUnsignedShort()];
                for (int h = 0; h < sig.length; h++) {
                    sig[h] = in.readInt();
                }
                int keys = in.readUnsignedShort();
                List<String> keyList = new ArrayList<>(keys);
                for (int k = 0; k < keys; k++) {
                    keyList.add(in.readUTF());
                }
                each.accept(new Entry(id, published, new Fingerprint(sig, keyList)));
            }
        }
    }

    long bytes() throws IOException {
        out.flush();
        return Files.size(file);
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
