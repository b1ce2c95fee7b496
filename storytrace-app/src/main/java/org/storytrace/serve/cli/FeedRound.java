package org.storytrace.serve.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storytrace.ingest.FeedItem;
import org.storytrace.ingest.FeedResult;
import org.storytrace.ingest.Feeds;
import org.storytrace.ingest.IngestResult;
import org.storytrace.ingest.Ingester;
import org.storytrace.ingest.RawDocument;
import org.storytrace.ingest.fetch.FetchResult;
import org.storytrace.ingest.fetch.FetchState;
import org.storytrace.ingest.fetch.Fetcher;
import org.storytrace.ingest.fetch.Validator;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.serve.Archive;
import org.storytrace.serve.IngestOutcome;
import org.storytrace.serve.Terminal;

/**
 * One polling round of {@code watch}: each feed is fetched (conditionally), parsed, and each item not seen before
 * is ingested, from the feed's own content when it carries the article, else from the fetched article page.
 * The fetch state is saved after each feed, so an interrupted round loses at most the feed it was in, and that
 * feed's items are found again next round (ingest is idempotent, so nothing is stored twice).
 */
final class FeedRound {
    private static final Logger LOG = LoggerFactory.getLogger(FeedRound.class);

    private final Archive archive;
    private final Fetcher fetcher;
    private final FetchState state;
    private final Feeds feeds = new Feeds();
    private final Ingester ingester = new Ingester();
    private final IngestCommand.Report report;

    FeedRound(Archive archive, Fetcher fetcher, FetchState state, IngestCommand.Report report) {
        this.archive = archive;
        this.fetcher = fetcher;
        this.state = state;
        this.report = report;
    }

    /** Counts of one round. */
    record Counts(int feeds, int unchanged, int feedsFailed, int added, int known, int updated, int failed) {
        Counts plus(Counts o) {
            return new Counts(feeds + o.feeds, unchanged + o.unchanged, feedsFailed + o.feedsFailed, added + o.added,
                    known + o.known, updated + o.updated, failed + o.failed);
        }

        boolean anyFailed() {
            return feedsFailed > 0 || failed > 0;
        }

        @Override
        public String toString() {
            return "feeds " + feeds + " (" + unchanged + " unchanged, " + feedsFailed + " failed), new " + added
                    + ", already known " + known + ", updated " + updated + ", failed " + failed;
        }
    }

    /**
     * Polls every feed in {@code feedUrls}, stopping between items once {@code stop} says so.
     *
     * @throws InterruptedException when interrupted while fetching
     */
    Counts run(List<URI> feedUrls, BooleanSupplier stop) throws InterruptedException {
        Counts total = new Counts(0, 0, 0, 0, 0, 0, 0);
        for (URI feedUrl : feedUrls) {
            if (stop.getAsBoolean()) {
                break;
            }
            total = total.plus(feed(feedUrl, stop));
        }
        report.flush();
        return total;
    }

    private Counts feed(URI feedUrl, BooleanSupplier stop) throws InterruptedException {
        String key = feedUrl.toString();
        Validator previous = state.validator(key);
        FetchResult fetched = fetcher.fetch(feedUrl, previous);
        switch (fetched.status()) {
            case NOT_MODIFIED -> {
                LOG.debug("{}: not modified", feedUrl);
                return new Counts(1, 1, 0, 0, 0, 0, 0);
            }
            case REFUSED, FAILED -> {
                problem(fetched.describe());
                return new Counts(1, 0, 1, 0, 0, 0, 0);
            }
            case OK -> {
                // handled below
            }
        }
        FeedResult feed = feeds.read(key, fetched.body());
        feed.problems().forEach(p -> problem(p.toString()));
        if (feed.items().isEmpty() && !feed.problems().isEmpty()) {
            return new Counts(1, 0, 1, 0, 0, 0, 0);
        }
        int[] counts = new int[IngestOutcome.Status.values().length];
        Set<String> seenNow = new LinkedHashSet<>();
        boolean complete = true;
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String itemKey = item.link() != null ? item.link() : key + "#" + (i + 1);
            if (state.seen(key, itemKey)) {
                seenNow.add(itemKey);
                continue;
            }
            if (stop.getAsBoolean()) {
                complete = false;
                break;
            }
            RawDocument doc = document(item, itemKey);
            if (doc == null) {
                counts[IngestOutcome.Status.FAILED.ordinal()]++;
                complete = false;
                continue;
            }
            IngestOutcome outcome = archive.ingest(doc);
            counts[outcome.status().ordinal()]++;
            report.outcome(outcome, counts[IngestOutcome.Status.FAILED.ordinal()]);
            report.flush();
            // An item whose text cannot be extracted will not improve by asking again; a fetch that failed might.
            seenNow.add(itemKey);
        }
        // The new validator is kept only when every item was dealt with: otherwise the next round would get 304
        // and never see the items still missing.
        state.update(key, complete ? fetched.validator() : previous, seenNow);
        state.save();
        return new Counts(1, 0, 0, counts[IngestOutcome.Status.NEW.ordinal()], counts[IngestOutcome.Status.ALREADY_KNOWN.ordinal()],
                counts[IngestOutcome.Status.UPDATED.ordinal()], counts[IngestOutcome.Status.FAILED.ordinal()]);
    }

    /** The item as a document: its own content, or its fetched page when the feed has only a summary; null if that fails. */
    private RawDocument document(FeedItem item, String itemKey) throws InterruptedException {
        Instant published = item.published() != null ? item.published() : item.updated();
        ArticleMetadata declared = new ArticleMetadata(item.link(), item.title(), null, item.author(), published, null);
        if (!item.summaryOnly() || item.link() == null) {
            return new RawDocument(itemKey, RawDocument.Format.HTML, item.contentHtml(), declared);
        }
        URI link;
        try {
            link = new URI(item.link());
        } catch (URISyntaxException e) {
            problem(item.link() + ": not a URL (" + e.getMessage() + ")");
            return null;
        }
        FetchResult page = fetcher.fetch(link, Validator.NONE);
        if (page.status() != FetchResult.Status.OK) {
            problem(page.describe());
            return null;
        }
        IngestResult read = ingester.read(item.link(), page.body());
        if (read.documents().isEmpty()) {
            read.problems().forEach(p -> problem(p.toString()));
            if (read.problems().isEmpty()) {
                problem(item.link() + ": no article in the page");
            }
            return null;
        }
        RawDocument fromPage = read.documents().get(0);
        // The page knows its own title and time best; the feed fills in what the page does not say.
        return new RawDocument(item.link(), fromPage.format(), fromPage.content(), fromPage.declared().orElse(declared));
    }

    private void problem(String line) {
        report.problem("storytrace: watch: " + Terminal.line(line), 0);
    }
}
