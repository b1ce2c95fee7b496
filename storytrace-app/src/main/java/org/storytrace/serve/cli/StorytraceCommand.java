package org.storytrace.serve.cli;

import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands. */
@Command(name = "storytrace", mixinStandardHelpOptions = true, version = "storytrace 0.1.0",
        description = "Where did this news story come from, and how did it change on its way to each outlet?",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, StoriesCommand.class, StoryCommand.class,
                TraceCommand.class, CompareCommand.class, WatchCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 some inputs failed (each reported on stderr), 2 usage error.",
                "Evaluation and benchmarks: storytrace eval --help, storytrace bench --help."})
final class StorytraceCommand {
}
