package org.storytrace.bench;

import org.storytrace.bench.reuse.TrainReuse;
import org.storytrace.bench.stories.TrainStories;
import picocli.CommandLine.Command;

/** {@code storytrace train MODEL}: fits a model shipped with storytrace from labelled dev data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the models storytrace ships (from the dev sets under ../shared/eval).",
        subcommands = {TrainStories.class, TrainReuse.class})
final class TrainCommand {
}
