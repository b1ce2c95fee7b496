package org.storytrace.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.Problem;

class SourcesTest {
    static final Path SEEDS = Path.of(System.getProperty("storytrace.shared", "../../shared")).resolve("seeds");

    /** Small enough that an oversize file is cheap to write, large enough for both seeds (under 3 kB each). */
    private static final int SMALL_CAP = 10_000;

    @TempDir
    Path tmp;

    private Path data;
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @BeforeEach
    void layOutAFolder() throws IOException {
        data = tmp.resolve("data");
        Files.createDirectories(data.resolve("sub/deeper"));
        Files.createDirectories(data.resolve(".git"));
        Files.copy(SEEDS.resolve("000_4ca84f07905ba047.txt"), data.resolve("a.txt"));
        Files.copy(SEEDS.resolve("004_554aa86091631b34.txt"), data.resolve("sub/b.txt"));
        Files.writeString(data.resolve("sub/deeper/c.jsonl"), "{\"text\": \"first\"}\nnot json\n{\"text\": \"third\"}\n");
        Files.writeString(data.resolve(".hidden.txt"), "never read");
        Files.writeString(data.resolve(".git/config.txt"), "never read");
        Files.write(data.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Files.writeString(data.resolve("big.txt"), "x".repeat(SMALL_CAP + 1));
    }

    private void read(InputStream stdin, String... arguments) {
        new Sources(new Ingester(), stdin, SMALL_CAP).read(List.of(arguments), documents::add, problems::add);
    }

    private void read(String... arguments) {
        read(InputStream.nullInputStream(), arguments);
    }

    @Test
    void folderIsWalkedRecursivelyInNameOrderSkippingHiddenEntries() {
        read(data.toString());

        assertThat(documents).extracting(RawDocument::origin).containsExactly(
                data + "/a.txt", data + "/sub/b.txt", data + "/sub/deeper/c.jsonl:1", data + "/sub/deeper/c.jsonl:3");
        assertThat(documents.get(1).content()).startsWith("Against the background");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                data + "/big.txt: larger than " + SMALL_CAP + " bytes; not read",
                data + "/photo.jpg: binary file",
                data + "/sub/deeper/c.jsonl:2: not JSON (Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))");
    }

    @Test
    void originsKeepTheRelativePathTheUserGave() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        String relative = cwd.relativize(data).toString();

        read(relative);

        assertThat(documents).extracting(RawDocument::origin).first().isEqualTo(relative + "/a.txt");
        assertThat(documents).extracting(RawDocument::origin).noneMatch(o -> o.startsWith("/"));
    }

    @Test
    void missingPathIsAProblemNamingItAndTheRestIsRead() {
        read("no/such/place.txt", data.resolve("a.txt").toString());

        assertThat(problems).containsExactly(new Problem("no/such/place.txt", "no such file or folder"));
        assertThat(documents).hasSize(1);
    }

    @Test
    void hiddenFileNamedExplicitlyIsRead() {
        read(data.resolve(".hidden.txt").toString());

        assertThat(documents).extracting(RawDocument::content).containsExactly("never read");
    }

    @Test
    void dashReadsStandardInput() {
        read(new ByteArrayInputStream("{\"text\": \"from a pipe\"}\n".getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("<stdin>:1");
            assertThat(d.content()).isEqualTo("from a pipe");
        });
    }

    @Test
    void oversizeStandardInputIsAProblem() {
        read(new ByteArrayInputStream(new byte[SMALL_CAP + 1]), "-");

        assertThat(documents).isEmpty();
        assertThat(problems).containsExactly(new Problem("<stdin>", "larger than " + SMALL_CAP + " bytes; not read"));
    }

    @Test
    void unreadableFileIsAProblemNamingIt() throws IOException {
        Path locked = data.resolve("locked.txt");
        Files.writeString(locked, "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads files whatever their permissions, so there is nothing to check there.
        assumeFalse(Files.isReadable(locked), "this user reads files whatever their permissions (root)");

        read(locked.toString());

        assertThat(problems).containsExactly(new Problem(locked.toString(), "cannot read: permission denied"));
    }

    @Test
    void unreadableFolderInsideAWalkIsAProblemAndTheWalkGoesOn() throws IOException {
        Path locked = data.resolve("sub/locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user reads folders whatever their permissions (root)");

        try {
            read(data.toString());
        } finally {
            // Lets @TempDir delete the folder afterwards.
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }

        assertThat(problems).contains(new Problem(locked.toString(), "cannot list: permission denied"));
        assertThat(documents).hasSize(4);
    }
}
