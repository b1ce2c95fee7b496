package org.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.model.Problem;

class WarcIngestTest {
    private final Ingester ingester = new Ingester();

    @Test
    void everyHtmlResponseBecomesADocumentWithItsTargetUriAndRecordOffset() {
        byte[] warc = TestWarcs.warc(TestWarcs.records());

        IngestResult result = ingester.read("crawl.warc", warc);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(d -> d.declared().url())
                .containsExactly("https://edition.cnn.com/a", "https://www.cleveland.com/b", "https://fox13now.com/c");
        assertThat(result.documents()).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.origin()).matches("crawl\\.warc@\\d+");
        });
        assertThat(result.documents().get(0).origin()).isEqualTo("crawl.warc@0");
    }

    @Test
    void gzipContentEncodingIsUndone() {
        IngestResult result = ingester.read("crawl.warc", TestWarcs.warc(TestWarcs.records()));

        assertThat(result.documents().get(1).content())
                .isEqualTo(new String(TestWarcs.page(TestWarcs.PAGES.get(1)), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void warcGzippedRecordByRecordIsReadWithCompressedOffsets() {
        List<byte[]> records = TestWarcs.records();
        byte[] warcGz = TestWarcs.warcGz(records);

        IngestResult result = ingester.read("crawl.warc.gz", warcGz);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(3);
        long secondRecordOffset = TestWarcs.gzip(records.get(0)).length;
        long thirdResponseOffset = secondRecordOffset + TestWarcs.gzip(records.get(1)).length;
        assertThat(result.documents().get(1).origin()).isEqualTo("crawl.warc.gz@" + thirdResponseOffset);
    }

    @Test
    void truncatedLastRecordIsOneProblemAtItsOffsetAndTheEarlierRecordsAreKept() {
        List<byte[]> records = new ArrayList<>(TestWarcs.records());
        byte[] whole = TestWarcs.warc(records);
        long lastOffset = whole.length - records.get(records.size() - 1).length;
        byte[] cut = Arrays.copyOf(whole, (int) lastOffset + 500);

        IngestResult result = ingester.read("cut.warc", cut);

        assertThat(result.documents()).hasSize(2);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.input()).isEqualTo("cut.warc@" + lastOffset));
    }

    @Test
    void corruptGzipBodyIsAProblemAndTheNextRecordIsStillRead() {
        byte[] page = TestWarcs.page(TestWarcs.PAGES.get(0));
        byte[] bad = TestWarcs.response("https://x.org/bad", "text/html", page, false);
        String badRecord = new String(bad, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("Content-Type: text/html\r\n", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n");
        byte[] corrupt = badRecord.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        // The HTTP block grew by the added header: fix the WARC Content-Length so only the body is wrong.
        corrupt = fixLength(corrupt, "Content-Encoding: gzip\r\n".length());
        byte[] good = TestWarcs.response("https://x.org/good", "text/html", page, false);

        IngestResult result = ingester.read("mixed.warc", TestWarcs.warc(List.of(corrupt, good)));

        assertThat(result.documents()).extracting(d -> d.declared().url()).containsExactly("https://x.org/good");
        assertThat(result.problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("mixed.warc@0: https://x.org/bad: corrupt body");
    }

    private static byte[] fixLength(byte[] record, int added) {
        String s = new String(record, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n\r\nHTTP").matcher(s);
        m.find();
        int length = Integer.parseInt(m.group(1)) + added;
        return (s.substring(0, m.start(1)) + length + s.substring(m.end(1))).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
