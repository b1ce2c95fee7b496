package org.storytrace.serve;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.compare.Comparer;
import org.storytrace.extract.Extraction;
import org.storytrace.extract.Extractor;
import org.storytrace.ingest.RawDocument;
import org.storytrace.link.Linker;
import org.storytrace.link.MinHasher;
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
 * always reflect the archive as it is. One writer at a time; a {@link Batch} runs the writer's preparation on
 * worker threads.
 */
public final class Archive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Articles whose known publication times lie further apart than this are not compared for stories. */
    static final Duration STORY_WINDOW = Duration.ofDays(30);
    /** The store setting that names how the stored MinHash signatures were computed. */
    static final String SIGNATURE_SETTING = "minhash_scheme";
    /** How archives written before the setting existed computed them: 128 multiply-shift hashes per shingle. */
    static final String CLASSIC_SIGNATURES = "classic-128";
    /** Signatures recomputed per transaction when an archive is brought up to the current scheme. */
    private static final int RESIGN_GROUP = 256;

    private final ArticleStore store;
    private final Clock clock;
    private final Extractor extractor = new Extractor();
    private final Analyser analyser = new Analyser();
    /** Loaded on the first ingest only: reading the archive needs no dictionary, and loading one takes seconds. */
    private final java.util.function.Supplier<org.storytrace.analyse.PivotDictionary> pivots;
    /** Set once, on first use, by whichever thread gets there first; read by the batch workers. */
    private volatile Linker linker;
    private final Provenance provenance = new Provenance();
    private final Comparer comparer = new Comparer();
    /** Made on the first comparison of two languages, with the dictionaries, which take seconds to load. */
    private volatile Comparer translationComparer;
    private final StoryClusterer stories;
    /** Hashes of the stored texts, so that workers skip analysing what the writer will find already stored. */
    private final KnownContent known;

    /** Opens the archive over {@code store}, rebuilding the retrieval index from the stored fingerprints. */
    public Archive(ArticleStore store, Clock clock) {
        this(store, clock, org.storytrace.analyse.PivotDictionary::empty);
    }

    /** @param pivots the bilingual dictionaries new articles are fingerprinted with, asked for on the first ingest */
    public Archive(ArticleStore store, Clock clock, java.util.function.Supplier<org.storytrace.analyse.PivotDictionary> pivots) {
        this(store, clock, pivots, new KnownContent());
    }

    /** @param known hashes taken for stored ones before the store is read; tests seed it with texts that are not */
    Archive(ArticleStore store, Clock clock, java.util.function.Supplier<org.storytrace.analyse.PivotDictionary> pivots,
            KnownContent known) {
        this.store = store;
        this.known = known;
        this.clock = clock;
        this.pivots = pivots;
        this.stories = new StoryClusterer(new Linker(), STORY_WINDOW);
        updateSignatures();
        store.forEach(s -> {
            index(s);
            known.add(s.article().contentHash());
        });
        LOG.debug("archive opened with {} articles", stories.size());
    }

    /**
     * Recomputes the stored MinHash signatures when they were made another way than {@link MinHasher#SCHEME}:
     * signatures of two schemes agree by chance only, so mixing them would hide every copy across the change.
     * Interrupted, it starts again on the next open (the setting changes only once all are done).
     */
    private void updateSignatures() {
        String scheme = store.setting(SIGNATURE_SETTING).orElse(store.articleCount() == 0 ? null : CLASSIC_SIGNATURES);
        if (MinHasher.SCHEME.equals(scheme)) {
            return;
        }
        if (scheme != null) {
            List<String> ids = new ArrayList<>();
            store.forEach(s -> ids.add(s.article().id()));
            LOG.warn("archive: recomputing the signatures of {} articles made with MinHash scheme {} for {} (once)",
                    ids.size(), scheme, MinHasher.SCHEME);
            for (int from = 0; from < ids.size(); from += RESIGN_GROUP) {
                List<String> group = ids.subList(from, Math.min(ids.size(), from + RESIGN_GROUP));
                store.atomically(() -> {
                    for (String id : group) {
                        store.article(id).ifPresent(s -> store.replaceSignature(id, linker().signature(analysis(s.article()))));
                    }
                    return null;
                });
            }
        }
        store.putSetting(SIGNATURE_SETTING, MinHasher.SCHEME);
    }

    public ArticleStore store() {
        return store;
    }

    /** Runs one document through the pipeline. Problems with it become a FAILED outcome; the store is untouched. */
    public IngestOutcome ingest(RawDocument doc) {
        Prepared prepared = prepare(doc);
        // One transaction for the article and the story merges it causes: a crash keeps both or neither.
        return store.atomically(() -> commit(prepared));
    }

    /**
     * A batch whose documents are extracted, analysed and fingerprinted on {@code workers} threads ahead of the one
     * writer (the caller's thread), which decides stories and stores in submission order: outcomes, story ids and
     * the store end up exactly as with {@link #ingest} one document at a time. With 0 workers everything runs on
     * the caller's thread.
     *
     * @param sink told each outcome, in submission order, on the caller's thread, once it is committed
     */
    public Batch batch(int workers, Consumer<IngestOutcome> sink) {
        return new Batch(workers, sink);
    }

    /** Documents submitted to a pipelined ingest; close it to commit the rest and stop its workers. */
    public final class Batch implements AutoCloseable {
        /** Documents prepared ahead of the writer per worker: enough to keep workers busy through a slow commit. */
        private static final int AHEAD_PER_WORKER = 64;
        /**
         * Documents committed per store transaction. One commit per article cost more than deciding its story
         * (bench ingest, SQLite); a group shares one, and a crash loses at most one unreported group.
         */
        private static final int GROUP = 32;

        private final ExecutorService pool;
        private final int ahead;
        private final Consumer<IngestOutcome> sink;
        private final Deque<Future<Prepared>> pending = new ArrayDeque<>();
        private boolean broken;
        private long writerNanos;
        private long writerCpuNanos;
        private long waitNanos;

        private Batch(int workers, Consumer<IngestOutcome> sink) {
            this.sink = sink;
            this.ahead = Math.max(1, workers) * AHEAD_PER_WORKER;
            if (workers <= 0) {
                pool = null;
            } else {
                AtomicInteger n = new AtomicInteger();
                pool = Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "storytrace-prepare-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
                linker(); // loaded once here, not raced for by the workers
            }
        }

        /** Queues {@code doc}; commits, and reports, the oldest queued documents whose turn has come. */
        public void submit(RawDocument doc) {
            if (pool == null) {
                Prepared prepared = prepare(doc);
                long t0 = System.nanoTime();
                IngestOutcome outcome = store.atomically(() -> commit(prepared));
                writerNanos += System.nanoTime() - t0;
                sink.accept(outcome);
                return;
            }
            pending.add(pool.submit(() -> prepare(doc)));
            if (pending.size() > ahead) {
                commitOldest();
            }
        }

        /**
         * Commits the oldest queued documents, up to a group of them, in one store transaction, and reports them once
         * it is committed: nothing is reported that a crash could still take back.
         */
        private void commitOldest() {
            List<Prepared> group = new ArrayList<>(GROUP);
            long t0 = System.nanoTime();
            while (!pending.isEmpty() && group.size() < GROUP) {
                group.add(await(pending.remove()));
            }
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            List<IngestOutcome> outcomes;
            try {
                outcomes = store.atomically(() -> group.stream().map(Archive.this::commit).toList());
            } catch (RuntimeException e) {
                // The store took none of the group, but the story index may hold part of it: stop here rather
                // than commit later documents against it. Re-running the ingest picks up where this left off.
                broken = true;
                throw e;
            }
            waitNanos += t1 - t0;
            writerNanos += System.nanoTime() - t1;
            writerCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu1;
            outcomes.forEach(sink);
        }

        private Prepared await(Future<Prepared> next) {
            try {
                return next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Time the writer spent deciding stories and storing: the part of ingest that does not run in parallel. */
        public Duration writerTime() {
            return Duration.ofNanos(writerNanos);
        }

        /**
         * CPU time the writer's thread spent deciding stories and storing: unlike {@link #writerTime}, not inflated
         * when the workers or other processes take the cores, and without the time commits wait on the disk.
         */
        public Duration writerCpuTime() {
            return Duration.ofNanos(writerCpuNanos);
        }

        /** Time the writer spent waiting for the workers: long when preparation, not the writer, is the bottleneck. */
        public Duration waitTime() {
            return Duration.ofNanos(waitNanos);
        }

        /** Commits every queued document, then stops the workers. */
        @Override
        public void close() {
            try {
                while (!pending.isEmpty() && !broken) {
                    commitOldest();
                }
            } finally {
                pending.forEach(f -> f.cancel(true));
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }

    /**
     * What can be worked out about a document without the archive: its text, content hash, analysis and
     * fingerprint. Any thread may run it; null analysis when there is no text, or when the text is (almost
     * certainly) stored already and the writer will not need it.
     */
    private record Prepared(RawDocument doc, Extraction extraction, String hash, Analysis analysis, Fingerprint fingerprint,
                            String failure) {
        static Prepared failed(RawDocument doc, String reason) {
            return new Prepared(doc, null, null, null, null, reason);
        }
    }

    private Prepared prepare(RawDocument doc) {
        try {
            Extraction extraction = extractor.extract(doc);
            String text = extraction.text();
            if (text.isBlank()) {
                return Prepared.failed(doc, "no article text found");
            }
            String hash = ContentHash.of(text);
            if (known.mayContain(hash)) {
                // Re-runs and re-read feeds are mostly known articles: analysis is most of the cost of preparing one.
                return new Prepared(doc, extraction, hash, null, null, null);
            }
            return analysed(doc, extraction, hash);
        } catch (RuntimeException e) {
            return cannotPrepare(doc, e);
        }
    }

    private Prepared analysed(RawDocument doc, Extraction extraction, String hash) {
        Analysis analysis = analyser.analyse(extraction.text(), extraction.metadata().language());
        return new Prepared(doc, extraction, hash, analysis, linker().fingerprint(analysis), null);
    }

    /**
     * A document the extractor or analyser cannot handle is that document's failure, not the batch's: the writer
     * reports it in its turn and goes on, as it does for a page with no text.
     */
    private static Prepared cannotPrepare(RawDocument doc, RuntimeException e) {
        LOG.debug("{}: cannot be prepared", doc.origin(), e);
        return Prepared.failed(doc, "cannot extract or analyse it (" + e + ")");
    }

    /** The writer's half: deduplicate, decide the story, store. Must run on one thread, in arrival order. */
    private IngestOutcome commit(Prepared prepared) {
        RawDocument doc = prepared.doc();
        Prepared p = prepared;
        if (p.failure() != null) {
            return IngestOutcome.failed(doc.origin(), p.failure());
        }
        String hash = p.hash();
        if (store.containsHash(hash)) {
            String id = hash.substring(0, ContentHash.ID_LENGTH);
            String storyId = store.article(id).map(StoredArticle::storyId).orElse(null);
            return new IngestOutcome(doc.origin(), IngestOutcome.Status.ALREADY_KNOWN, id, storyId, false, List.of(), null, null);
        }
        if (p.analysis() == null) {
            // Skipped as known by a hash prefix it shares with a stored text, or stored by a group that rolled back.
            try {
                p = analysed(doc, p.extraction(), hash);
            } catch (RuntimeException e) {
                return IngestOutcome.failed(doc.origin(), cannotPrepare(doc, e).failure());
            }
        }
        Extraction extraction = p.extraction();
        Analysis analysis = p.analysis();
        Article article = new Article(hash.substring(0, ContentHash.ID_LENGTH), hash, doc.origin(),
                extraction.metadata().withLanguage(analysis.language()), extraction.text(), extraction.truncation(),
                extraction.furniture(), clock.instant());
        Fingerprint fingerprint = p.fingerprint();
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
        known.add(hash);
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
        known.add(stored.article().contentHash());
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
                .map(s -> new Member(s.article(), analysis(s.article()), s.revisionOf())).toList();
        return provenance.trace(storyId, members);
    }

    private Linker linker() {
        Linker l = linker;
        if (l == null) {
            synchronized (this) {
                l = linker;
                if (l == null) {
                    l = new Linker(pivots.get());
                    linker = l;
                }
            }
        }
        return l;
    }

    /** Why an archived article is in its story, as the same-story model sees it now. */
    public java.util.Optional<org.storytrace.story.StoryEvidence> storyEvidence(StoredArticle s) {
        return stories.explain(s.article().id(), s.fingerprint(), s.article().metadata().published());
    }

    /** The claim-level diff of {@code target} against {@code source}. */
    public Comparison compare(Article source, Article target) {
        Analysis a = analysis(source);
        Analysis b = analysis(target);
        Comparer c = a.language().equals(b.language()) ? comparer : translationComparer();
        return c.compare(source.id(), a, source.truncation(), target.id(), b);
    }

    private Comparer translationComparer() {
        Comparer c = translationComparer;
        if (c == null) {
            synchronized (this) {
                c = translationComparer;
                if (c == null) {
                    c = new Comparer(pivots.get());
                    translationComparer = c;
                }
            }
        }
        return c;
    }

    private void index(StoredArticle s) {
        stories.restore(s.article().id(), s.storyId(), s.fingerprint(), s.article().metadata().published());
    }

    @Override
    public void close() {
        store.close();
    }
}
