package org.storytrace.serve;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storytrace.analyse.PivotDictionary;

/**
 * The bilingual dictd dictionaries installed on this machine ({@code scripts/install-dictionaries}), loaded into
 * a {@link PivotDictionary}. Pivots are an optional accuracy aid: a missing folder gives the empty dictionary.
 * Parsing takes seconds, so the built tables are kept in a cache file in the data folder, valid as long as the
 * dictionary files keep their names, sizes and modification times.
 */
public final class InstalledDictionaries {
    /** System property naming the dictionary folder; wins over {@value #FOLDER_ENV}. */
    public static final String FOLDER_PROPERTY = "storytrace.dictionaries";
    /** Environment variable naming the dictionary folder. */
    public static final String FOLDER_ENV = "STORYTRACE_DICTIONARIES";
    /** Where Debian's dict-freedict-* and mueller7-dict packages put their files. */
    public static final Path DEFAULT_FOLDER = Path.of("/usr/share/dictd");
    /** The cache file's name inside the data folder. */
    static final String CACHE_FILE = "pivot-dictionary.cache";

    /** FreeDict's ISO 639-3 codes of the languages we read, to the ISO 639-1 codes articles carry. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("deu", "de"), Map.entry("fra", "fr"), Map.entry("ces", "cs"), Map.entry("hrv", "hr"),
            Map.entry("pol", "pl"), Map.entry("ita", "it"), Map.entry("spa", "es"), Map.entry("por", "pt"),
            Map.entry("nld", "nl"), Map.entry("tur", "tr"), Map.entry("jpn", "ja"), Map.entry("rus", "ru"),
            Map.entry("ukr", "uk"));
    private static final Pattern FREEDICT = Pattern.compile("freedict-([a-z]{3})-([a-z]{3})\\.index");
    /** Mueller's English-Russian dictionary, with or without stress marks. */
    private static final Pattern MUELLER = Pattern.compile("mueller7(?:accent)?\\.index");

    /** One dictionary file pair, and which way it translates. */
    record Source(String language, boolean fromEnglish, Path index, Path dictDz) {
    }

    private final Path folder;
    private final Path cacheFolder;
    private final PrintStream err;

    /**
     * @param cacheFolder where to keep the built tables, usually the data folder; null to parse every time
     * @param err         where to say, in one line, that pivots are off or a dictionary could not be read
     */
    public InstalledDictionaries(Path folder, Path cacheFolder, PrintStream err) {
        this.folder = folder;
        this.cacheFolder = cacheFolder;
        this.err = err;
    }

    /** The folder from the system property, else the environment, else {@link #DEFAULT_FOLDER}. */
    public static Path folder(Map<String, String> env) {
        String fromProperty = System.getProperty(FOLDER_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty);
        }
        String fromEnv = env.get(FOLDER_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : DEFAULT_FOLDER;
    }

    /**
     * The installed dictionaries as the command line finds them: the folder from {@link #folder}, the cache in
     * {@link #cacheFolder} (shared by every data folder, so that {@code demo}'s fresh folders do not parse again).
     */
    public static PivotDictionary fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new InstalledDictionaries(folder(env), cacheFolder(env), System.err).load();
    }

    /** {@code $XDG_CACHE_HOME/storytrace}, else {@code ~/.cache/storytrace}. */
    public static Path cacheFolder(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("storytrace");
    }

    /** The dictionaries, from the cache when it matches the installed files, else parsed (and cached). */
    public PivotDictionary load() {
        List<Source> sources = sources();
        if (sources.isEmpty()) {
            err.println("storytrace: no bilingual dictionaries in " + folder + ", cross-language pivots are off"
                    + " (scripts/install-dictionaries installs them)");
            return PivotDictionary.empty();
        }
        String fingerprint = fingerprint(sources);
        PivotDictionary cached = readCache(fingerprint);
        if (cached != null) {
            return cached;
        }
        PivotDictionary.Builder builder = PivotDictionary.builder();
        // Parallel because parsing is CPU-bound and the files are independent; the builder merges under a lock.
        sources.parallelStream().forEach(s -> add(builder, s));
        PivotDictionary built = builder.build();
        writeCache(fingerprint, built);
        return built;
    }

    /** The dictionaries in the folder that translate to or from English, largest first so parallel loads even out. */
    List<Source> sources() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path index : files.sorted().toList()) {
                String name = index.getFileName().toString();
                Path dict = index.resolveSibling(name.replaceFirst("\\.index$", ".dict.dz"));
                Matcher f = FREEDICT.matcher(name);
                if (!Files.isRegularFile(dict)) {
                    continue;
                }
                if (f.matches() && f.group(2).equals("eng") && LANGUAGES.containsKey(f.group(1))) {
                    out.add(new Source(LANGUAGES.get(f.group(1)), false, index, dict));
                } else if (f.matches() && f.group(1).equals("eng") && LANGUAGES.containsKey(f.group(2))) {
                    out.add(new Source(LANGUAGES.get(f.group(2)), true, index, dict));
                } else if (MUELLER.matcher(name).matches()) {
                    out.add(new Source("ru", true, index, dict));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("dictionaries: cannot list " + folder, e);
        }
        out.sort(Comparator.comparingLong((Source s) -> size(s.dictDz())).reversed());
        return out;
    }

    private void add(PivotDictionary.Builder builder, Source s) {
        try (InputStream index = Files.newInputStream(s.index()); InputStream dict = Files.newInputStream(s.dictDz())) {
            if (s.fromEnglish()) {
                builder.fromEnglish(s.language(), index, dict);
            } else {
                builder.toEnglish(s.language(), index, dict);
            }
        } catch (IOException e) {
            // One unreadable dictionary costs its language pair, not the others.
            err.println("storytrace: dictionary " + s.dictDz() + " skipped: " + e.getMessage());
        }
    }

    /** Names, sizes and modification times of the files: any update of a package changes it. */
    private static String fingerprint(List<Source> sources) {
        StringBuilder sb = new StringBuilder();
        for (Source s : sources) {
            for (Path p : List.of(s.index(), s.dictDz())) {
                sb.append(p.toAbsolutePath()).append(' ').append(size(p)).append(' ').append(modified(p)).append('\n');
            }
        }
        return sb.toString();
    }

    private PivotDictionary readCache(String fingerprint) {
        if (cacheFolder == null || !Files.isRegularFile(cacheFolder.resolve(CACHE_FILE))) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cacheFolder.resolve(CACHE_FILE)))) {
            return readUtf(in).equals(fingerprint) ? PivotDictionary.read(in) : null;
        } catch (IOException e) {
            err.println("storytrace: pivot cache " + cacheFolder.resolve(CACHE_FILE) + " unreadable (" + e.getMessage()
                    + "), reading the dictionaries again");
            return null;
        }
    }

    private void writeCache(String fingerprint, PivotDictionary dictionary) {
        if (cacheFolder == null) {
            return;
        }
        Path target = cacheFolder.resolve(CACHE_FILE);
        try {
            Files.createDirectories(cacheFolder);
            Path tmp = Files.createTempFile(cacheFolder, CACHE_FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); DataOutputStream data = new DataOutputStream(out)) {
                writeUtf(data, fingerprint);
                dictionary.writeTo(data);
            }
            // Moved into place whole, so a concurrent reader never sees half a cache.
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache is only a speed-up: without it the next start parses again.
            err.println("storytrace: pivot cache " + target + " not written: " + e.getMessage());
        }
    }

    /** The fingerprint may pass writeUTF's 64 KB limit with many dictionaries, so it is written as length and bytes. */
    private static void writeUtf(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readUtf(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("fingerprint of " + n + " bytes");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new IOException("cut short in its fingerprint");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
