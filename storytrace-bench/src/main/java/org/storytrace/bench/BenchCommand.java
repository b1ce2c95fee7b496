package org.storytrace.bench;

import org.storytrace.bench.extraction.ExtractionBenchCommand;
import picocli.CommandLine.Command;

/** {@code storytrace bench ...}: timings and the durability harness, kept apart from the unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time storytrace beside its floor and its peers, and test its durability under SIGKILL.",
        subcommands = {ExtractionBenchCommand.class, DurabilityBench.class})
final class BenchCommand {
}
