package org.storytrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small trial of the kill -9 harness, with the real CLI in child JVMs; the full runs are in RELIABILITY.md. */
class KillHarnessTest {
    private static final Path NEWS = Path.of(System.getProperty("storytrace.shared", "../../shared"),
            "eval/stories/wmt22-doctrans/news.dev.jsonl");

    @TempDir
    Path tmp;

    @Test
    void ingestKilledTwiceAndRestartedEndsEqualToAnUninterruptedRun() throws Exception {
        Path input = tmp.resolve("input.jsonl");
        SyntheticCorpus.from(NEWS).write(input, 40, 3);
        KillHarness harness = new KillHarness(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"));

        KillHarness.Reference reference = harness.reference(input, tmp.resolve("reference"));
        KillHarness.Trial trial = harness.trial(1, input, tmp.resolve("trial"), reference, 2, new Random(3));

        assertThat(reference.snapshot().integrity()).isEqualTo("ok");
        assertThat(reference.snapshot().hashOfId()).hasSize(40);
        assertThat(trial.failures()).isEmpty();
        assertThat(trial.articles()).isEqualTo(40);
        // A kill that comes after the last commit leaves nothing for a second one to interrupt, so 1 or 2 kills.
        assertThat(trial.killAfterAcks()).hasSizeBetween(1, 2).allMatch(n -> n >= 1 && n <= 40);
        assertThat(trial.killAfterMillis()).hasSameSizeAs(trial.killAfterAcks());
    }

    @Test
    void killBeforeTheStoreExistsLeavesAnEmptySoundSnapshotAndCreatesNothing() throws Exception {
        StoreSnapshot snapshot = StoreSnapshot.read(tmp.resolve("never-started"));

        assertThat(snapshot.integrity()).isEqualTo("ok");
        assertThat(snapshot.hashOfId()).isEmpty();
        assertThat(tmp.resolve("never-started")).doesNotExist();
    }

    @Test
    void sameSeedWritesTheSameCorpus() throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.from(NEWS);
        corpus.write(tmp.resolve("a.jsonl"), 50, 9);
        corpus.write(tmp.resolve("b.jsonl"), 50, 9);

        assertThat(tmp.resolve("a.jsonl")).hasSameTextualContentAs(tmp.resolve("b.jsonl"));
        assertThat(Files.readAllLines(tmp.resolve("a.jsonl"))).hasSize(50).doesNotHaveDuplicates();
    }
}
