package org.storytrace.bench.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;

/**
 * Runs one page file through ingest and extraction the way the CLI does. A page that ingest refuses, or that cannot
 * be read, predicts nothing, which is how the benchmarks count a failed extraction.
 */
final class PageExtractor implements Function<Path, Predicted> {
    private final Ingester ingester;
    private final Extractor extractor;

    PageExtractor(Ingester ingester, Extractor extractor) {
        this.ingester = ingester;
        this.extractor = extractor;
    }

    @Override
    public Predicted apply(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Predicted.NOTHING;
        }
        IngestResult read = ingester.read(file.getFileName().toString(), bytes);
        return read.documents().isEmpty() ? Predicted.NOTHING : Predicted.of(extractor.extract(read.documents().get(0)));
    }
}
