package org.storytrace.bench.stories;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How a long bench run shows that it is moving: a bar with articles/s and ETA at a terminal, log lines otherwise. */
interface Progress extends AutoCloseable {
    /** A log line at most this often when there is no terminal: enough to see a 20-minute run move. */
    Duration LINE_EVERY = Duration.ofSeconds(30);

    void step(int articles);

    @Override
    void close();

    static Progress open(int total, PrintWriter err) {
        if (System.console() != null) {
            return new Bar(new ProgressBarBuilder().setTaskName("bench stories").setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(total).setUnit(" articles", 1).showSpeed().continuousUpdate().build());
        }
        return new Lines(total, err, System.nanoTime());
    }

    /** The progress bar, which computes speed and ETA itself. */
    record Bar(ProgressBar bar) implements Progress {
        @Override
        public void step(int articles) {
            bar.stepBy(articles);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Plain lines on stderr for logs and pipes, so stdout keeps only the results. */
    final class Lines implements Progress {
        private final int total;
        private final PrintWriter err;
        private final long started;
        private long lastLine;
        private int done;

        Lines(int total, PrintWriter err, long started) {
            this.total = total;
            this.err = err;
            this.started = started;
            this.lastLine = started;
        }

        @Override
        public void step(int articles) {
            done += articles;
            long now = System.nanoTime();
            if (now - lastLine < LINE_EVERY.toNanos() && done < total) {
                return;
            }
            lastLine = now;
            double rate = done / ((now - started) / 1e9);
            long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
            err.printf(Locale.ROOT, "bench stories: %d/%d articles, %.0f articles/s, ETA %dm%02ds%n", done, total, rate,
                    eta / 60, eta % 60);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
