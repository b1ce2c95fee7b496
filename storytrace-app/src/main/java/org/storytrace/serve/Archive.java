package org.storytrace.serve;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.compare.Comparer;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.RawDocument;
import org.storytrace.link.Linker;
import org.storytrace.model.Article;
import org.storytrace.model.Comparison;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.Fingerprint;
import org.storytrace.provenance.Member;
import org.storytrace.provenance.Provenance;
import org.storytrace.store.ArticleStore;
import org.storytrace.store.StoredArticle;
import org.storytrace.story.Assignment;
import org.storytrace.story.StoryClusterer;

/**
 * The pipeline wired to a store: each document is extracted, analysed, fingerprinted, assigned to a story and
 * stored in one transaction; provenance and comparisons are computed from stored articles on demand, so they
 * always reflect the archive as it is. One writer at a time.
 */
public final class Archive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
    /** Articles whose known publication times lie further apart than this are not compared for stories. */
    static final Duration STORY_WINDOW = Duration.ofDays(30);

    private final ArticleStore store;
    private final Clock clock;
    private final Extractor extractor = new Extractor();
    private final Analyser analyser = new Analyser();
    /** Loaded on the first ingest only: reading the archive needs no dictionary, and loading one takes seconds. */
    private final java.util.function.Supplier<org.storytrace.analyse.PivotDictionary> pivots;
    private Linker linker;
    private final Provenance provenance = new Provenance();
    private final Comparer comparer = new Comparer();
    private final StoryClusterer stories;

    /** Opens the archive over {@code store}, rebuilding the retrieval index from the stored fingerprints. */
    public Archive(ArticleStore store, Clock clock) {
        this(store, clock, org.storytrace.analyse.PivotDictionary::empty);
    }

    /** @param pivots the bilingual dictionaries new articles are fingerprinted with, asked for on the first ingest */
    public Archive(ArticleStore store, Clock clock, java.util.function.Supplier<org.storytrace.analyse.PivotDictionary> pivots) {
        this.store = store;
        this.clock = clock;
        this.pivots = pivots;
        this.stories = new StoryClusterer(new Linker(), STORY_WINDOW);
        store.forEach(this::index);
        LOG.debug("archive opened with {} articles", stories.size());
    }

    public ArticleStore store() {
        return store;
    }

    /** Runs one document through the pipeline. Problems with it become a FAILED outcome; the store is untouched. */
    public IngestOutcome ingest(RawDocument doc) {
        Extraction extraction = extractor.extract(doc);
        String text = extraction.text();
        if (text.isBlank()) {
            return IngestOutcome.failed(doc.origin(), "no article text found");
        }
        String hash = ContentHash.of(text);
        if (store.containsHash(hash)) {
            String id = hash.substring(0, ContentHash.ID_LENGTH);
            String storyId = store.article(id).map(StoredArticle::storyId).orElse(null);
            return new IngestOutcome(doc.origin(), IngestOutcome.Status.ALREADY_KNOWN, id, storyId, false, List.of(), null, null);
        }
        Analysis analysis = analyser.analyse(text, extraction.metadata().language());
        Article article = new Article(hash.substring(0, ContentHash.ID_LENGTH), hash, doc.origin(),
                extraction.metadata().withLanguage(analysis.language()), text, extraction.truncation(),
                extraction.furniture(), clock.instant());
        Fingerprint fingerprint = linker().fingerprint(analysis);
        Optional<StoredArticle> previous = store.latestByUrl(article.metadata().url());
        if (previous.isPresent()) {
            return storeRevision(doc, article, fingerprint, previous.get());
        }
        Assignment assignment = stories.decide(article.id(), fingerprint, article.metadata().published());
        for (String absorbed : assignment.merged()) {
            store.mergeStories(assignment.storyId(), absorbed);
        }
        StoredArticle stored = new StoredArticle(article, assignment.storyId(), fingerprint);
        ArticleStore.PutResult result = store.put(stored);
        stories.record(article.id(), fingerprint, article.metadata().published(), assignment);
        LOG.debug("{}: {} as {} in story {} (decided by {})", doc.origin(), result, article.id(), assignment.storyId(), assignment.decidedBy());
        IngestOutcome.Status status = result == ArticleStore.PutResult.NEW ? IngestOutcome.Status.NEW : IngestOutcome.Status.ALREADY_KNOWN;
        return new IngestOutcome(doc.origin(), status, article.id(), assignment.storyId(), assignment.opened(), assignment.merged(), null, null);
    }

    /**
     * An edited page joins the story of the version it replaces without a story decision of its own: it is the
     * same article as far as stories go, and the link between versions is the evidence worth keeping.
     */
    private IngestOutcome storeRevision(RawDocument doc, Article article, Fingerprint fingerprint, StoredArticle previous) {
        StoredArticle stored = new StoredArticle(article, previous.storyId(), fingerprint, previous.article().id());
        ArticleStore.PutResult result = store.put(stored);
        index(stored);
        LOG.debug("{}: {} as {}, a revision of {} in story {}", doc.origin(), result, article.id(), previous.article().id(), previous.storyId());
        IngestOutcome.Status status = result == ArticleStore.PutResult.NEW ? IngestOutcome.Status.UPDATED : IngestOutcome.Status.ALREADY_KNOWN;
        return new IngestOutcome(doc.origin(), status, article.id(), previous.storyId(), false, List.of(), null, previous.article().id());
    }

    /** The analysis of a stored article, recomputed from its text (cheaper than storing it). */
    public Analysis analysis(Article article) {
        return analyser.analyse(article.text(), article.language());
    }

    /** The derivation graph of a story, from its current members. */
    public DerivationGraph provenance(String storyId) {
        List<Member> members = store.storyMembers(storyId).stream()
                .map(s -> new Member(s.article(), analysis(s.article()))).toList();
        return provenance.trace(storyId, members);
    }

    private Linker linker() {
        if (linker == null) {
            linker = new Linker(pivots.get());
        }
        return linker;
    }

    /** Why an archived article is in its story, as the same-story model sees it now. */
    public java.util.Optional<org.storytrace.story.StoryEvidence> storyEvidence(StoredArticle s) {
        return stories.explain(s.article().id(), s.fingerprint(), s.article().metadata().published());
    }

    /** The claim-level diff of {@code target} against {@code source}. */
    public Comparison compare(Article source, Article target) {
        return comparer.compare(source.id(), analysis(source), source.truncation(), target.id(), analysis(target));
    }

    private void index(StoredArticle s) {
        stories.restore(s.article().id(), s.storyId(), s.fingerprint(), s.article().metadata().published());
    }

    @Override
    public void close() {
        store.close();
    }
}
