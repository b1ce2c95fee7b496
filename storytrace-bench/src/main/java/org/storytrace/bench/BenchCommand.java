package org.storytrace.bench;

import org.storytrace.bench.extraction.ExtractionBenchCommand;
import org.storytrace.bench.stories.StoriesBench;
import picocli.CommandLine.Command;

/** {@code storytrace bench ...}: timings and the durability harness, kept apart from the unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time storytrace (extraction beside its peers, ingest, story assignment at scale) and test its durability under SIGKILL; figures go in BENCHMARKS.md.",
        subcommands = {ExtractionBenchCommand.class, BenchIngest.class, StoriesBench.class, DurabilityBench.class})
final class BenchCommand {
}
