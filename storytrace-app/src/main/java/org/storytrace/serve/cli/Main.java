package org.storytrace.serve.cli;

import picocli.CommandLine;

/** The {@code storytrace} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StorytraceCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("storytrace: " + oneLine(e));
            return ExitCodes.FAILED;
        });
        return cl;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("[\\r\\n]+", " ");
    }
}
