package org.storytrace.bench.stories;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storytrace.analyse.Analyser;
import org.storytrace.link.Linker;
import org.storytrace.model.Fingerprint;
import org.storytrace.story.SameStoryModel;
import org.storytrace.story.StoryAssigner;
import org.storytrace.story.StoryClusterer;

/**
 * Runs labelled articles through the same analyse → link → story path as ingest (without the store) and returns
 * the predicted story of each. Fingerprints are computed once per article and reused across runs, so a shuffled
 * re-run measures the clustering alone.
 */
public final class StoryRun {
    /** The archive's own story window (serve.Archive.STORY_WINDOW). */
    static final Duration WINDOW = Duration.ofDays(30);

    private final Analyser analyser = new Analyser();
    private final Linker linker;

    /** With the dictionaries installed here, as ingest uses them. */
    public StoryRun() {
        this(new Linker(org.storytrace.serve.InstalledDictionaries.fromEnvironment()));
    }

    public StoryRun(Linker linker) {
        this.linker = linker;
    }

    public Linker linker() {
        return linker;
    }
    private final Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();

    /** Fingerprints every item not seen yet, on all cores (analysis is the expensive part and is independent). */
    public void prepare(List<StoryItem> items) {
        items.parallelStream().filter(i -> !fingerprints.containsKey(i.id()))
                .forEach(i -> fingerprints.put(i.id(), linker.fingerprint(analyser.analyse(i.text(), i.language()))));
    }

    /** The predicted story of every item, clustering them online in the given order. */
    public Map<String, String> cluster(List<StoryItem> items) {
        return cluster(items, SameStoryModel.bundled());
    }

    /** The same with another same-story model, as the trainer does while choosing the joining threshold. */
    public Map<String, String> cluster(List<StoryItem> items, SameStoryModel model) {
        prepare(items);
        StoryClusterer clusterer = new StoryClusterer(linker, WINDOW, new StoryAssigner(model));
        for (StoryItem i : items) {
            clusterer.add(i.id(), fingerprints.get(i.id()), i.published());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (StoryItem i : items) {
            out.put(i.id(), clusterer.storyOf(i.id()));
        }
        return out;
    }

    public static Map<String, String> gold(List<StoryItem> items) {
        Map<String, String> g = new HashMap<>();
        for (StoryItem i : items) {
            g.put(i.id(), i.set() + "|" + i.story());
        }
        return g;
    }
}
