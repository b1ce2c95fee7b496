package org.storytrace.ingest.fetch;

import java.time.Duration;

/** Waits; injected so tests of the politeness delay advance a clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** The real one. */
    static void threadSleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
