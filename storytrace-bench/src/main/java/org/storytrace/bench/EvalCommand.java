package org.storytrace.bench;

import org.storytrace.bench.extraction.ExtractionEval;
import org.storytrace.bench.reuse.ReuseEval;
import org.storytrace.bench.stories.StoriesEval;
import picocli.CommandLine.Command;

/** {@code storytrace eval SET}: scores one evaluation set and prints its figures (as JSON with {@code --json}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score storytrace against labelled data (default: the sets under ../shared/eval).",
        subcommands = {SeedPairEval.class, LangIdEval.class, ExtractionEval.class, StoriesEval.class, ReuseEval.class})
final class EvalCommand {
}
