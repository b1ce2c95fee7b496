package org.storytrace.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code storytrace ingest} as a child process, kills it with SIGKILL at seeded random moments, restarts it,
 * and checks after every kill that the store passes SQLite's integrity check and holds every article the child had
 * acknowledged ("new"/"update" lines on its stdout, printed after the commit), and at the end that the store equals
 * an uninterrupted reference run: the same articles and the same grouping into stories.
 */
final class KillHarness {
    /**
     * Longest extra wait after the chosen acknowledgement before the kill: a group of 32 articles takes a few to a
     * few tens of milliseconds to prepare and commit here, so the kill lands anywhere inside the next groups.
     */
    static final int MAX_EXTRA_MILLIS = 50;
    /** An acknowledged article: the line ingest prints after the article's transaction committed. */
    private static final Pattern ACK = Pattern.compile("^(?:new|update)\\s+([0-9a-f]{12})\\s");

    private final String java;
    private final String classPath;

    KillHarness(String java, String classPath) {
        this.java = java;
        this.classPath = classPath;
    }

    /** One child run: whether it was killed, its exit code, and the article ids it acknowledged in full lines. */
    record Run(boolean killed, int exit, Set<String> acknowledged, long millis) {
    }

    /** An uninterrupted ingest of {@code input} into {@code data}, and how long it took. */
    record Reference(StoreSnapshot snapshot, long millis) {
    }

    /**
     * What one trial found.
     *
     * @param killAfterAcks   per kill, the acknowledgement it waited for (a random one of the articles still to store)
     * @param killAfterMillis when each kill came, from the child's start
     * @param acknowledged    articles acknowledged by each killed run
     * @param killedRunning   per kill, whether the child was still running (false: it had finished first)
     * @param sameStoryIds    whether the story ids, not only the grouping, equal the reference's
     * @param failures        every check that failed, as one line each; empty when the trial passed
     */
    record Trial(int index, List<Integer> killAfterAcks, List<Long> killAfterMillis, List<Integer> acknowledged,
                 List<Boolean> killedRunning, int articles, boolean sameStoryIds, List<String> failures) {
        Trial {
            killAfterAcks = List.copyOf(killAfterAcks);
            killAfterMillis = List.copyOf(killAfterMillis);
            acknowledged = List.copyOf(acknowledged);
            killedRunning = List.copyOf(killedRunning);
            failures = List.copyOf(failures);
        }

        boolean passed() {
            return failures.isEmpty();
        }
    }

    Reference reference(Path input, Path data) throws IOException, InterruptedException, SQLException {
        Run run = run(input, data, -1, 0, data.resolveSibling(data.getFileName() + ".err"));
        if (run.exit() != 0) {
            throw new IllegalStateException("bench durability: reference ingest of " + input + " exited " + run.exit()
                    + "; see " + data.resolveSibling(data.getFileName() + ".err"));
        }
        return new Reference(StoreSnapshot.read(data), run.millis());
    }

    /**
     * Kills an ingest {@code kills} times, then lets it finish and compares with the reference. Each kill waits for a
     * uniformly random one of the acknowledgements still to come (the articles not yet stored) and then up to
     * {@link #MAX_EXTRA_MILLIS} more, so that it always lands in a running ingest after some progress, whatever the
     * machine's speed: timed kills drawn from the reference's duration often came after a faster child had finished.
     */
    Trial trial(int index, Path input, Path data, Reference reference, int kills, Random random)
            throws IOException, InterruptedException, SQLException {
        List<Integer> targets = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        List<Integer> acknowledged = new ArrayList<>();
        List<Boolean> killedRunning = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Path err = data.resolveSibling(data.getFileName() + ".err");
        for (int k = 0; k < kills; k++) {
            int remaining = reference.snapshot().hashOfId().size() - StoreSnapshot.read(data).hashOfId().size();
            if (remaining <= 0) {
                break; // an earlier kill came after the last commit: nothing is left to interrupt
            }
            int target = 1 + random.nextInt(remaining);
            Run run = run(input, data, target, random.nextInt(MAX_EXTRA_MILLIS + 1), err);
            long after = run.millis();
            targets.add(target);
            at.add(after);
            acknowledged.add(run.acknowledged().size());
            killedRunning.add(run.killed());
            StoreSnapshot snapshot = StoreSnapshot.read(data);
            if (!snapshot.integrity().equals("ok")) {
                failures.add("after kill " + (k + 1) + " at " + after + " ms: integrity_check says " + snapshot.integrity());
            }
            Set<String> missing = new HashSet<>(run.acknowledged());
            missing.removeAll(snapshot.hashOfId().keySet());
            if (!missing.isEmpty()) {
                failures.add("after kill " + (k + 1) + " at " + after + " ms: " + missing.size()
                        + " acknowledged articles missing, e.g. " + missing.iterator().next());
            }
        }
        Run last = run(input, data, -1, 0, err);
        if (last.exit() != 0) {
            failures.add("the run after the kills exited " + last.exit());
        }
        StoreSnapshot end = StoreSnapshot.read(data);
        StoreSnapshot ref = reference.snapshot();
        if (!end.integrity().equals("ok")) {
            failures.add("at the end: integrity_check says " + end.integrity());
        }
        if (!end.hashes().equals(ref.hashes()) || end.hashOfId().size() != ref.hashOfId().size()) {
            Set<String> extra = new HashSet<>(end.hashes());
            extra.removeAll(ref.hashes());
            Set<String> gaps = new HashSet<>(ref.hashes());
            gaps.removeAll(end.hashes());
            failures.add("articles differ from the reference: " + gaps.size() + " missing, " + extra.size()
                    + " extra, " + end.hashOfId().size() + " rows vs " + ref.hashOfId().size());
        }
        if (!end.partition().equals(ref.partition())) {
            failures.add("story grouping differs from the reference: " + end.partition().size() + " stories vs "
                    + ref.partition().size());
        }
        return new Trial(index, targets, at, acknowledged, killedRunning, end.hashOfId().size(),
                end.storyOfId().equals(ref.storyOfId()), failures);
    }

    /**
     * Runs ingest; with {@code killAfterAcks} > 0 it is killed (SIGKILL) {@code extraMillis} after acknowledging that
     * many articles, unless it ended first.
     */
    private Run run(Path input, Path data, int killAfterAcks, int extraMillis, Path err) throws IOException, InterruptedException {
        // The collector the ./storytrace launcher runs ingest with, so that the child is the ingest users run.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseParallelGC", "-cp", classPath, "org.storytrace.serve.cli.Main",
                "ingest", input.toString(), "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
        long start = System.nanoTime();
        Process child = builder.start();
        Set<String> acknowledged = new HashSet<>();
        java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> readAcknowledged(child.getInputStream(), acknowledged, killAfterAcks, reached), "ack-reader");
        reader.start();
        boolean killed = false;
        if (killAfterAcks > 0) {
            // The reader counts down at the chosen acknowledgement or when the child's output ends.
            reached.await();
            if (!child.waitFor(extraMillis, TimeUnit.MILLISECONDS)) {
                // Through the handle: Process.destroyForcibly also closes the child's stdout, which raced the
                // reader (a "Stream closed" seen in one of 36 kills) and could drop acknowledgements still in the
                // pipe, checking fewer articles than the child acknowledged. The reader now reads to the end.
                child.toHandle().destroyForcibly();
                killed = true;
            }
        }
        int exit = child.waitFor();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        reader.join();
        synchronized (acknowledged) {
            return new Run(killed, exit, Set.copyOf(acknowledged), millis);
        }
    }

    /** Only complete lines count: a line cut by the kill could hold a truncated id. */
    private static void readAcknowledged(InputStream stdout, Set<String> acknowledged, int target,
                                         java.util.concurrent.CountDownLatch reached) {
        try (Reader in = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                Matcher m = ACK.matcher(line);
                if (m.find()) {
                    synchronized (acknowledged) {
                        acknowledged.add(m.group(1));
                        if (acknowledged.size() >= target) {
                            reached.countDown();
                        }
                    }
                }
                line.setLength(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench durability: reading the child's output: " + e.getMessage(), e);
        } finally {
            reached.countDown();
        }
    }
}
