package org.storytrace.serve.cli;

import java.nio.file.Path;
import org.storytrace.serve.Archive;
import org.storytrace.serve.Config;
import org.storytrace.serve.InstalledDictionaries;
import org.storytrace.store.sqlite.SqliteArticleStore;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that opens the archive. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of the embedded store (default: $" + Config.DATA_ENV + ", else ./.storytrace).")
    Path data;

    Config config() {
        return Config.from(data, System.getenv());
    }

    Archive open() {
        return new Archive(SqliteArticleStore.open(config().dataDir()), java.time.Clock.systemUTC(), InstalledDictionaries::fromEnvironment);
    }
}
