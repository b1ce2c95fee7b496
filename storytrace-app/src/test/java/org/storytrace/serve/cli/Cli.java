package org.storytrace.serve.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing out and err, as picocli's "Testing Your Application" shows. */
final class Cli {
    private Cli() {
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (data != null && all.size() > 0) {
            all.add(1, "--data");
            all.add(2, data.toString());
        }
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static Path shared() {
        return Path.of(System.getProperty("storytrace.shared", "../../shared"));
    }
}
