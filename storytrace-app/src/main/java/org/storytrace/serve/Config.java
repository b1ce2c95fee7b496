package org.storytrace.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The one configuration record, built from flags and the environment in one place and passed down.
 *
 * @param dataDir the embedded store's folder
 */
public record Config(Path dataDir) {
    /** Environment variable naming the data folder when {@code --data} is not given. */
    public static final String DATA_ENV = "STORYTRACE_DATA";
    /** The data folder when neither {@code --data} nor {@value #DATA_ENV} says otherwise: beside the user's work. */
    public static final Path DEFAULT_DATA = Path.of(".storytrace");

    public Config {
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** Flag first, then environment, then the default. */
    public static Config from(Path dataFlag, Map<String, String> env) {
        if (dataFlag != null) {
            return new Config(dataFlag);
        }
        String fromEnv = env.get(DATA_ENV);
        return new Config(fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : DEFAULT_DATA);
    }
}
