package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;

/** Reads a set laid out as scrapinghub's: {@code ground-truth.json} keyed by id, and {@code html/ID.html.gz}. */
final class ScrapinghubPages {
    private ScrapinghubPages() {
    }

    /** The set's pages in id order, decoded through ingest like any user file. */
    static List<Page> load(Path setDir) {
        Path truth = setDir.resolve("ground-truth.json");
        List<String> ids;
        try {
            ids = new ObjectMapper().readTree(truth.toFile()).propertyStream().map(e -> e.getKey()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot read " + truth, e);
        }
        Ingester ingester = new Ingester();
        List<Page> pages = new ArrayList<>(ids.size());
        for (String id : ids) {
            Path file = setDir.resolve("html").resolve(id + ".html.gz");
            IngestResult read;
            try {
                read = ingester.read(setDir.relativize(file).toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("bench: cannot read " + file, e);
            }
            // A page that does not ingest would leave the peers on different page sets; the set is broken, so stop.
            if (read.documents().size() != 1 || !read.problems().isEmpty()) {
                throw new IllegalStateException("bench: " + file + " did not ingest as one document: " + read.problems());
            }
            String html = read.documents().get(0).content();
            pages.add(new Page(id, html, html.getBytes(StandardCharsets.UTF_8).length));
        }
        return List.copyOf(pages);
    }
}
