package org.storytrace.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.model.Problem;

/**
 * Reads the inputs named on the command line (files, folders walked recursively in name order, {@code -} for stdin)
 * and hands each document and problem on as soon as its file is read, so a huge folder streams through.
 * Origins are the path as the user gave it joined with the path inside the folder, never an absolute path the user
 * did not type.
 */
public final class Sources {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    /** Largest file read: far above any article or daily export, and it bounds memory since a file is read whole. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The argument that means standard input, as in most command-line tools. */
    public static final String STDIN_ARGUMENT = "-";

    /** How stdin is named in documents and problems: brackets so it cannot be mistaken for a file. */
    static final String STDIN_ORIGIN = "<stdin>";

    /** Arrays cannot be larger than this on common JVMs; a cap above it could not be honoured. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final Ingester ingester;
    private final InputStream stdin;
    private final long maxFileBytes;

    /** Sources that read files up to {@link #MAX_FILE_BYTES}. */
    public Sources(Ingester ingester, InputStream stdin) {
        this(ingester, stdin, MAX_FILE_BYTES);
    }

    /** Sources with another cap on the size of one file, as configured. */
    public Sources(Ingester ingester, InputStream stdin, long maxFileBytes) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        if (maxFileBytes <= 0 || maxFileBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("sources: max file bytes must be in 1.." + LARGEST_ARRAY + ", not " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads every input in argument order.
     *
     * @param documents receives each document as soon as its input has been read
     * @param problems  receives each problem: a missing path, an unreadable or oversize file, or what ingest found
     */
    public void read(List<String> arguments, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        for (String argument : arguments) {
            if (argument.equals(STDIN_ARGUMENT)) {
                readStream(STDIN_ORIGIN, stdin, documents, problems);
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                problems.accept(new Problem(argument, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                walk(path, documents, problems);
            } else {
                // Named explicitly, so read even if hidden or not a regular file (a named pipe, say).
                readFile(path, documents, problems);
            }
        }
    }

    private void walk(Path folder, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        List<Path> entries;
        // Only one folder's names are held at a time; files are read and handed on one by one.
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> !isHidden(p)).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.accept(new Problem(folder.toString(), "cannot list: " + reason(e)));
            return;
        }
        for (Path entry : entries) {
            if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
                // A link back up the tree would make the walk endless; the user can name the target explicitly.
                LOG.debug("{}: not following a folder link", entry);
            } else if (Files.isDirectory(entry)) {
                walk(entry, documents, problems);
            } else if (Files.isRegularFile(entry)) {
                readFile(entry, documents, problems);
            } else if (Files.exists(entry)) {
                problems.accept(new Problem(entry.toString(), "not a regular file or folder; skipped"));
            } else {
                problems.accept(new Problem(entry.toString(), "broken link or vanished while listing"));
            }
        }
    }

    /** Hidden by the Unix convention: version-control folders, editor swap files, OS litter. */
    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private void readFile(Path path, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        String origin = path.toString();
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                problems.accept(new Problem(origin, tooLarge()));
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                readStream(origin, in, documents, problems);
            }
        } catch (IOException e) {
            problems.accept(new Problem(origin, "cannot read: " + reason(e)));
        }
    }

    private void readStream(String origin, InputStream in, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        byte[] bytes;
        try {
            // One byte past the cap tells an oversize stream from one exactly at it, without reading the rest.
            bytes = in.readNBytes((int) maxFileBytes + 1);
        } catch (IOException e) {
            problems.accept(new Problem(origin, "cannot read: " + reason(e)));
            return;
        }
        if (bytes.length > maxFileBytes) {
            problems.accept(new Problem(origin, tooLarge()));
            return;
        }
        LOG.debug("{}: read {} bytes", origin, bytes.length);
        IngestResult result = ingester.read(origin, bytes);
        result.documents().forEach(documents);
        result.problems().forEach(problems);
        result.feedUrls().forEach(url -> readListedFeed(origin, url, documents, problems));
    }

    /**
     * A feed an OPML list names: read when it is a local file (a file: URL, or a path relative to the list's
     * folder); a remote one is reported, since fetching is the watch command's job. A listed file is read as a
     * plain input, so a list naming a list is followed one level only and cannot loop.
     */
    private void readListedFeed(String listOrigin, String url, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        Path feed;
        if (url.startsWith("file:")) {
            try {
                feed = Path.of(URI.create(url));
            } catch (IllegalArgumentException e) {
                problems.accept(new Problem(listOrigin, "feed " + url + " is not a usable file URL"));
                return;
            }
        } else if (url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            problems.accept(new Problem(listOrigin, "feed " + url + " is remote; ingest reads local files only (watch polls feeds)"));
            return;
        } else {
            Path parent = listOrigin.equals(STDIN_ORIGIN) ? null : Path.of(listOrigin).getParent();
            feed = parent == null ? Path.of(url) : parent.resolve(url);
        }
        if (!Files.isRegularFile(feed)) {
            problems.accept(new Problem(listOrigin, "feed " + url + ": no such file"));
            return;
        }
        try (InputStream in = Files.newInputStream(feed)) {
            byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
            if (bytes.length > maxFileBytes) {
                problems.accept(new Problem(feed.toString(), tooLarge()));
                return;
            }
            IngestResult result = ingester.read(feed.toString(), bytes);
            result.documents().forEach(documents);
            result.problems().forEach(problems);
        } catch (IOException e) {
            problems.accept(new Problem(feed.toString(), "cannot read: " + reason(e)));
        }
    }

    private String tooLarge() {
        return "larger than " + maxFileBytes + " bytes; not read";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
