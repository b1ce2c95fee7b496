package org.storytrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.Fingerprint;
import org.storytrace.model.Truncation;

/** Articles built from the real seed texts in {@code shared/seeds}, read in place, for the store tests. */
public final class SeedArticles {
    /** When fixtures were ingested, unless a test says otherwise. */
    public static final Instant INGESTED = Instant.parse("2025-01-06T09:30:00.123456789Z");

    private static final Pattern NUMBER = Pattern.compile("\\b[0-9]{2,}\\b");

    private SeedArticles() {
    }

    private static Path seedsDir() {
        return Path.of(System.getProperty("storytrace.shared", "../../shared"), "seeds");
    }

    /** The seed file whose name starts with {@code prefix}. */
    public static Path seedFile(String prefix) {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "* in " + seedsDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seedText(String prefix) {
        try {
            return Files.readString(seedFile(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed as a plain text file knows it: its text, its path as origin and no metadata. */
    public static Article seed(String prefix) {
        return article(seedFile(prefix).toString(), seedText(prefix), ArticleMetadata.EMPTY, Truncation.NONE, INGESTED);
    }

    /** The non-blank paragraphs of a seed, each usable as an article of its own. */
    public static List<String> paragraphs(String prefix) {
        return seedText(prefix).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static Article article(String origin, String text, ArticleMetadata metadata, Truncation truncation,
                                  Instant ingestedAt) {
        return article(origin, text, metadata, truncation, List.of(), ingestedAt);
    }

    public static Article article(String origin, String text, ArticleMetadata metadata, Truncation truncation,
                                  List<String> furniture, Instant ingestedAt) {
        String hash = sha256(text);
        return new Article(hash.substring(0, 16), hash, origin, metadata, text, truncation, furniture, ingestedAt);
    }

    /**
     * The article in {@code storyId}, with a stand-in fingerprint derived from its words: the store only keeps
     * fingerprints, so any ints (negative ones included) and keys do.
     */
    public static StoredArticle stored(Article article, String storyId) {
        int[] minHash = article.text().lines().limit(8).mapToInt(String::hashCode).toArray();
        Matcher numbers = NUMBER.matcher(article.text());
        List<String> keys = numbers.results().map(m -> m.group()).distinct().limit(10).toList();
        return new StoredArticle(article, storyId, new Fingerprint(minHash, keys));
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
