package org.storytrace.bench;

import picocli.CommandLine.Command;

/** {@code storytrace bench ...}: measurements that are not scores, such as the durability harness. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure storytrace: durability under SIGKILL.",
        subcommands = {DurabilityBench.class})
final class BenchCommand {
}
