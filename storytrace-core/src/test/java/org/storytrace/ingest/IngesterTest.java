package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storytrace.model.Problem;

class IngesterTest {
    static final Path SHARED = Path.of(System.getProperty("storytrace.shared", "../../shared"));
    static final Path SEED_000 = SHARED.resolve("seeds/000_4ca84f07905ba047.txt");
    static final Path SEED_004 = SHARED.resolve("seeds/004_554aa86091631b34.txt");

    private final Ingester ingester = new Ingester();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void seedTextIsOneTextDocumentWithoutDeclaredMetadata() throws IOException {
        IngestResult result = ingester.read("seeds/000.txt", Files.readAllBytes(SEED_000));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.TEXT);
            assertThat(d.origin()).isEqualTo("seeds/000.txt");
            assertThat(d.content()).startsWith("As the conflict in Ukraine");
            assertThat(d.declared().published()).isNull();
        });
    }

    @Test
    void seedInlineDateIsDeclaredAndCutFromTheContent() throws IOException {
        RawDocument doc = ingester.read("seeds/004.txt", Files.readAllBytes(SEED_004)).documents().get(0);

        assertThat(doc.declared().published()).isEqualTo(Instant.parse("2024-11-25T00:00:00Z"));
        assertThat(doc.content()).startsWith("Against the background of the aggravation");
    }

    @Test
    void headerLinesDeclareTitleUrlAndDate() {
        RawDocument doc = ingester.read("a.txt",
                utf8("title: Troops for Ukraine\nurl: https://example.org/a\ndate: 2024-11-26\nBody line.\n"))
                .documents().get(0);

        assertThat(doc.declared().title()).isEqualTo("Troops for Ukraine");
        assertThat(doc.declared().url()).isEqualTo("https://example.org/a");
        assertThat(doc.declared().published()).isEqualTo(Instant.parse("2024-11-26T00:00:00Z"));
        assertThat(doc.content()).isEqualTo("Body line.\n");
    }

    @Test
    void aBodyLineThatStartsWithDateColonIsNotAHeader() {
        RawDocument doc = ingester.read("a.txt", utf8("Date: unknown, said the minister.\n")).documents().get(0);

        assertThat(doc.declared().published()).isNull();
        assertThat(doc.content()).startsWith("Date: unknown");
    }

    @Test
    void gzippedSeedIsInflatedAndRead() throws IOException {
        IngestResult result = ingester.read("seeds/000.txt.gz", gzip(Files.readAllBytes(SEED_000)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Composed of 80% ex-military personnel"));
    }

    @Test
    void emptyFileIsAProblem() {
        assertThat(ingester.read("x.txt", new byte[0]).problems()).containsExactly(new Problem("x.txt", "empty"));
    }

    @Test
    void whitespaceOnlyFileIsAProblem() {
        IngestResult result = ingester.read("x.txt", utf8(" \n\t\r\n  "));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).containsExactly(new Problem("x.txt", "empty"));
    }

    @Test
    void binaryFileIsAProblem() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        assertThat(ingester.read("photo.txt", bytes).problems()).containsExactly(new Problem("photo.txt", "binary file"));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = utf8("Kyiv – Paris. ");
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xC3;  // a lead byte
        broken[bytes.length + 1] = 'x';      // not a continuation byte
        broken[bytes.length + 2] = '.';

        IngestResult result = ingester.read("x.txt", broken);

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("x.txt: invalid UTF-8 at byte " + bytes.length));
    }

    @Test
    void fileNamedGzThatIsNotGzipIsAProblem() {
        IngestResult result = ingester.read("x.jsonl.gz", utf8("{\"text\": \"plain\"}\n"));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not gzip"));
    }

    @Test
    void truncatedGzipIsAProblem() throws IOException {
        byte[] whole = gzip(Files.readAllBytes(SEED_000));

        IngestResult result = ingester.read("x.txt.gz", Arrays.copyOf(whole, whole.length / 2));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).containsExactly(new Problem("x.txt.gz", "truncated gzip"));
    }

    @Test
    void gzipBombAboveTheCapIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= Ingester.MAX_INFLATED_BYTES; written += zeros.length) {
                gz.write(zeros);
            }
        }

        IngestResult result = ingester.read("bomb.gz", out.toByteArray());

        assertThat(out.size()).isLessThan(1 << 20);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("gzip inflates to more than " + Ingester.MAX_INFLATED_BYTES + " bytes"));
    }

    @Test
    void htmlIsSniffedFromContentWhateverTheName() {
        IngestResult result = ingester.read("page.txt", utf8("\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>"));

        assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.format()).isEqualTo(RawDocument.Format.HTML));
    }

    @Test
    void htmlWithScriptInsideTextIsKeptAsTextNotInterpreted() {
        String html = "<html><body><p>Officials wrote &lt;script&gt;alert(1)&lt;/script&gt; in the memo.</p>"
                + "<script>alert(2)</script></body></html>";

        IngestResult result = ingester.read("hostile.html", utf8(html));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().get(0).content()).isEqualTo(html);
    }

    @Test
    void pageDeclaringUtf8ButWrittenInWindows1252IsReadAsWindows1252() {
        byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body><p>Défense – l’Élysée</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));

        String content = ingester.read("lying.html", bytes).documents().get(0).content();

        assertThat(content).contains("Défense – l’Élysée");
    }

    @Test
    void pageDeclaringLatin1ButWrittenInUtf8IsReadAsUtf8() {
        byte[] bytes = utf8("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Défense – l’Élysée</p></body></html>");

        assertThat(ingester.read("lying.html", bytes).documents().get(0).content()).contains("Défense – l’Élysée");
    }

    @Test
    void declaredLegacyCharsetIsHonouredWhenTheBytesAreNotUtf8() {
        byte[] bytes = "<html><head><meta charset=\"koi8-r\"></head><body><p>Киев</p></body></html>"
                .getBytes(Charset.forName("koi8-r"));

        assertThat(ingester.read("ru.html", bytes).documents().get(0).content()).contains("Киев");
    }

    @Test
    void byteOrderMarkWinsOverTheMetaTag() {
        byte[] body = "<html><head><meta charset=\"windows-1252\"></head><body><p>Київ</p></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        IngestResult result = ingester.read("uk.html", bytes);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().get(0).content()).contains("Київ");
    }
}
