package org.storytrace.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A peer in another language, run as one process per benchmark run over the script in {@code peers/NAME/}.
 *
 * <p>Protocol: the harness writes JSON lines {@code {id, html}} to stdin and closes it; the script runs every page
 * {@code --warmup} times untimed and {@code --rounds} times timed, timing each page itself, and prints one line
 * {@code {id, text, failed, ms}} per page, {@code failed} true where the peer threw on it and {@code ms} holding that
 * page's milliseconds in each timed round. Timing inside the
 * process keeps the interpreter's start-up out of the per-page figures; the harness adds the whole run's wall time.
 */
final class ProcessPeer implements Peer {
    static final String NOT_INSTALLED = "not installed: run scripts/install-peers.sh";

    /** Enough for any interpreter to answer whether its modules import; a probe never does real work. */
    private static final long PROBE_SECONDS = 30;

    private final String name;
    private final Path dir;
    private final List<String> probe;
    private final List<String> command;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param dir     the peer's folder, where both commands run
     * @param probe   a command that exits 0 only if the peer's packages are installed
     * @param command the extraction command; {@code --warmup N --rounds N} is appended
     */
    ProcessPeer(String name, Path dir, List<String> probe, List<String> command) {
        this.name = name;
        this.dir = dir;
        this.probe = List.copyOf(probe);
        this.command = List.copyOf(command);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> unavailable() {
        if (!Files.isDirectory(dir)) {
            return Optional.of("not installed: no " + dir + " (run from the repository root, or through ./storytrace)");
        }
        try {
            Process p = new ProcessBuilder(probe).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return Optional.empty();
            }
            p.destroyForcibly();
        } catch (IOException e) {
            // The interpreter itself is missing: the same answer as a missing package.
            return Optional.of(NOT_INSTALLED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking " + name);
        }
        return Optional.of(NOT_INSTALLED);
    }

    @Override
    public Run run(List<Page> pages, int warmup, int rounds) {
        List<String> argv = new ArrayList<>(command);
        argv.addAll(List.of("--warmup", Integer.toString(warmup), "--rounds", Integer.toString(rounds)));
        File stderr;
        try {
            stderr = File.createTempFile("storytrace-bench-" + name, ".err");
        } catch (IOException e) {
            throw new UncheckedIOException("bench: " + name + ": cannot create a file for its stderr", e);
        }
        Process p = null;
        try {
            long start = System.nanoTime();
            p = new ProcessBuilder(argv).directory(dir.toFile()).redirectError(stderr).start();
            try (Writer in = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                for (Page page : pages) {
                    ObjectNode line = json.createObjectNode().put("id", page.id()).put("html", page.html());
                    in.write(json.writeValueAsString(line));
                    in.write('\n');
                }
            }
            Map<String, String> texts = new HashMap<>();
            int failed = 0;
            double[] roundMs = new double[rounds];
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    JsonNode page = json.readTree(line);
                    texts.put(page.path("id").asText(), page.path("text").asText(""));
                    if (page.path("failed").asBoolean(false)) {
                        failed++;
                    }
                    JsonNode ms = page.path("ms");
                    if (ms.size() != rounds) {
                        throw new IllegalStateException("bench: " + name + ": page " + page.path("id").asText()
                                + " has " + ms.size() + " timings, expected " + rounds);
                    }
                    for (int r = 0; r < rounds; r++) {
                        roundMs[r] += ms.get(r).asDouble();
                    }
                }
            }
            int exit = p.waitFor();
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("bench: " + name + " exited " + exit + ": " + lastLine(stderr.toPath()));
            }
            for (Page page : pages) {
                if (!texts.containsKey(page.id())) {
                    texts.put(page.id(), "");
                    failed++;
                }
            }
            List<Double> roundSeconds = new ArrayList<>(rounds);
            for (double ms : roundMs) {
                roundSeconds.add(ms / 1000);
            }
            return new Run(texts, roundSeconds, wallSeconds, failed);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: " + name + ": " + e.getMessage() + "; stderr: " + lastLine(stderr.toPath()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench: " + name + ": interrupted", e);
        } finally {
            // A peer that broke off mid-protocol must not outlive the benchmark.
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            stderr.delete();
        }
    }

    /** The line that says what went wrong: the last naming an error (Node ends with its version), else the last. */
    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            return lines.stream().filter(l -> l.contains("Error")).reduce((a, b) -> b)
                    .or(() -> lines.stream().reduce((a, b) -> b)).orElse("(no stderr)");
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}
