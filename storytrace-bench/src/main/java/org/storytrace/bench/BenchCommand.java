package org.storytrace.bench;

import org.storytrace.bench.extraction.ExtractionBenchCommand;
import picocli.CommandLine.Command;

/** {@code storytrace bench ...}: timings, kept apart from the unit tests; their figures go in BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time storytrace beside its floor and its peers on the same pages and machine.",
        subcommands = {ExtractionBenchCommand.class})
final class BenchCommand {
}
