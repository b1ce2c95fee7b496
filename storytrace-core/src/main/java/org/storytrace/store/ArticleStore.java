package org.storytrace.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.storytrace.model.Article;
import org.storytrace.model.Story;

/**
 * Where articles, their stories and fingerprints are kept. Every write is one transaction: a crash never
 * leaves half an article. Implementations: the embedded default (one data folder) and PostgreSQL.
 */
public interface ArticleStore extends AutoCloseable {

    /** Outcome of {@link #put}. */
    enum PutResult { NEW, ALREADY_KNOWN }

    /**
     * Stores the article, its story membership and fingerprint atomically. An article whose content hash is
     * already stored is left as it is and reported {@link PutResult#ALREADY_KNOWN}.
     */
    PutResult put(StoredArticle article);

    /**
     * Runs {@code work}, which may call this store's other methods, as one transaction: its writes are committed
     * together when it returns, and none of them is kept when it throws. A batch ingest commits many articles
     * this way, which costs one commit instead of one per article; each article is still all or nothing.
     */
    <T> T atomically(Supplier<T> work);

    boolean containsHash(String contentHash);

    Optional<StoredArticle> article(String id);

    /**
     * The latest stored version of the page at {@code url}, compared by {@link CanonicalUrl} (so tracking
     * parameters, fragments and host case do not matter); empty when no article has that URL.
     */
    Optional<StoredArticle> latestByUrl(String url);

    /**
     * Articles a user's reference may mean: the article with that exact id; else every article whose id starts with
     * it; else every article whose origin's file name starts with it (so {@code 000} finds
     * {@code seeds/000_4ca84f07905ba047.txt}) or whose origin or URL equals it. Empty when none match; the caller
     * reports ambiguity.
     */
    List<Article> resolve(String reference);

    /** The members of one story, in the order they were stored. */
    List<StoredArticle> storyMembers(String storyId);

    Optional<Story> story(String storyId);

    /** All stories, largest first, then by first seen. */
    List<Story> stories();

    /** Visits every stored article (to rebuild the in-memory retrieval index at start-up). */
    void forEach(Consumer<StoredArticle> visitor);

    /** Moves every member of {@code absorbed} into {@code kept}, in one transaction. */
    void mergeStories(String kept, String absorbed);

    int articleCount();

    /** A fact the archive keeps about itself under {@code key} (how its signatures were made), if set. */
    Optional<String> setting(String key);

    /** Sets {@code key} to {@code value}, replacing any value it had. */
    void putSetting(String key, String value);

    /**
     * Replaces the MinHash signature stored with an article, for when the way signatures are computed changed;
     * the rest of its fingerprint stays. False when no article has that id.
     */
    boolean replaceSignature(String articleId, int[] minHash);

    /** The schema version this store has been migrated to. */
    int schemaVersion();

    @Override
    void close();
}
