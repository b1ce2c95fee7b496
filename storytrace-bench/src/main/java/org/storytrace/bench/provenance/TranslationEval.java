package org.storytrace.bench.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storytrace eval translations}: edge type and direction of provenance on originals and their human translations. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Provenance on originals and their translations (default: wmt22-doctrans news dev): edge type and direction.")
public final class TranslationEval implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "PATH", description = "A JSONL file with id, story, lang, text and translation_of.")
    Path set;

    @Option(names = "--json", description = "Print one JSON object per set.")
    boolean json;

    @Option(names = "--without-outlets", description = "Drop the records' outlet names, to show what the text alone decides.")
    boolean withoutOutlets;

    @Option(names = "--misses", description = "Also list every translation whose edge type or direction is wrong.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = set != null ? set : Path.of(System.getProperty("storytrace.shared", System.getProperty("storytrace.home", ".") + "/../shared"))
                .resolve("eval/stories/wmt22-doctrans/news.dev.jsonl");
        String name = set != null ? file.getFileName().toString().replaceFirst("\\.jsonl$", "") : "wmt22-news";
        TranslationScore.Result r = new TranslationScore().score(name + (withoutOutlets ? " (without outlets)" : ""),
                TranslationScore.read(file).stream().map(i -> withoutOutlets ? i.withoutOutlet() : i).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? new ObjectMapper().writeValueAsString(r.fields()) : r.table());
        if (misses) {
            r.misses().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
