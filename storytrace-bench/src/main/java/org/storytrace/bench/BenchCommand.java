package org.storytrace.bench;

import picocli.CommandLine.Command;

/** {@code storytrace bench SET}: measures how fast a part of storytrace runs (as JSON with {@code --json}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on generated or evaluation data; figures go in BENCHMARKS.md.",
        subcommands = {BenchIngest.class})
final class BenchCommand {
}
