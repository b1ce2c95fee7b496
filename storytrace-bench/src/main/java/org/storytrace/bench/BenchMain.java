package org.storytrace.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code storytrace eval ...} and {@code storytrace bench ...}. */
@Command(name = "storytrace", mixinStandardHelpOptions = true, version = "storytrace 0.1.0",
        subcommands = {EvalCommand.class, BenchCommand.class, TrainCommand.class})
public final class BenchMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
