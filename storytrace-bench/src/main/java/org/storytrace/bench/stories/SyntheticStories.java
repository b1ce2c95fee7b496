package org.storytrace.bench.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Mention;

/**
 * A synthetic archive of labelled stories grown from real article text, for {@code bench stories}: as many articles
 * as asked for out of the 684 texts of the WMT22 document-translation dev set, in publication order.
 *
 * <p>A story opens with a lead (a run of consecutive lines of one real text) followed by lines drawn from other
 * texts in its language, its names replaced by names found in that language's texts and its numbers by numbers of
 * its own: so two stories built on the same text still differ in wording and in keys. Each story is one original
 * and 0 to {@link #MAX_VARIANTS} variants: lines dropped, the body shuffled, a line or two of other material added,
 * and now and then the lines translated (the same lines of another language's text of the WMT22 story), published
 * over the following days. Stories open {@link #STORIES_PER_HOUR} an hour, so the 30-day window holds about
 * 14 000 articles however large the archive grows. The same seed gives the same articles.
 */
public final class SyntheticStories {
    static final int STORIES_PER_HOUR = 4;
    /** Variants per story are uniform in 0..this, so a story has five articles on average. */
    static final int MAX_VARIANTS = 8;
    /** Chance that a variant is a translation, when the lead's text has one. */
    static final double TRANSLATION_SHARE = 0.1;
    /** Variants follow the original by an exponential delay of this mean, cut at {@link #LAST_VARIANT_AFTER}. */
    static final Duration MEAN_VARIANT_DELAY = Duration.ofHours(10);
    static final Duration LAST_VARIANT_AFTER = Duration.ofHours(72);
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    /** Lines shorter than this are headings or datelines: too short to carry a story. */
    private static final int MIN_LINE_CHARS = 20;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** One generated article and the story it belongs to. */
    public record Article(String id, int story, String language, String text, Instant published) {
    }

    /** A line of a source text with the names the analyser found in it, longest first so that replacing is safe. */
    private record Line(int text, int index, String words, List<String> names) {
    }

    private record Source(String story, String language, List<Line> lines) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final Map<String, List<Integer>> textsOfStory = new HashMap<>();
    private final Map<String, List<Line>> linesOfLanguage = new HashMap<>();
    private final Map<String, List<String>> namesOfLanguage = new HashMap<>();

    /** Builds the generator from labelled texts (the WMT22 set), finding their names with {@code analyser}. */
    public SyntheticStories(List<StoryItem> texts, Analyser analyser) {
        Map<String, TreeSet<String>> names = new HashMap<>();
        for (StoryItem item : texts) {
            String language = item.language() == null ? "und" : item.language();
            List<String> found = analyser.analyse(item.text(), item.language()).mentions().stream()
                    .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
            names.computeIfAbsent(language, k -> new TreeSet<>()).addAll(found);
            int textIndex = sources.size();
            List<Line> lines = new ArrayList<>();
            List<String> raw = item.text().lines().toList();
            for (int i = 0; i < raw.size(); i++) {
                String words = raw.get(i).strip();
                lines.add(new Line(textIndex, i, words, found.stream().filter(words::contains).toList()));
            }
            sources.add(new Source(item.story(), language, lines));
            textsOfStory.computeIfAbsent(item.story(), k -> new ArrayList<>()).add(textIndex);
            lines.stream().filter(l -> l.words().length() >= MIN_LINE_CHARS)
                    .forEach(l -> linesOfLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(l));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("synthetic stories: no source texts");
        }
        names.forEach((language, set) -> namesOfLanguage.put(language, List.copyOf(set)));
    }

    /** The first {@code count} articles of the archive grown from {@code seed}, in publication order. */
    public Iterator<Article> articles(long seed, int count) {
        return new Stream(seed, count);
    }

    /** A story: its lead text and lines, and how its names and numbers are replaced. */
    private final class Story {
        final int number;
        final Random random;
        final Source lead;
        final List<Line> lines = new ArrayList<>();
        final int leadLines;
        final Map<String, String> names = new HashMap<>();
        final long numberSeed;

        Story(int number, long seed) {
            this.number = number;
            this.random = new Random(seed ^ (number * 0x9E3779B97F4A7C15L));
            this.numberSeed = random.nextLong();
            Source source = sources.get(random.nextInt(sources.size()));
            List<Line> usable = source.lines().stream().filter(l -> l.words().length() >= MIN_LINE_CHARS).toList();
            if (usable.isEmpty()) {
                usable = source.lines();
            }
            int run = Math.min(usable.size(), 3 + random.nextInt(4));
            int from = random.nextInt(usable.size() - run + 1);
            lines.addAll(usable.subList(from, from + run));
            leadLines = run;
            List<Line> pool = linesOfLanguage.getOrDefault(source.language(), usable);
            int body = 4 + random.nextInt(5);
            for (int i = 0; i < body; i++) {
                lines.add(pool.get(random.nextInt(pool.size())));
            }
            this.lead = source;
        }

        Article variant(int k, String id, Instant published) {
            if (k > 0 && random.nextDouble() < TRANSLATION_SHARE) {
                List<Integer> siblings = textsOfStory.get(lead.story()).stream()
                        .filter(t -> !sources.get(t).language().equals(lead.language())).toList();
                if (!siblings.isEmpty()) {
                    return translation(sources.get(siblings.get(random.nextInt(siblings.size()))), id, published);
                }
            }
            List<Line> chosen = new ArrayList<>();
            if (k == 0) {
                chosen.addAll(lines);
            } else {
                chosen.add(lines.get(0));
                for (int i = 1; i < leadLines; i++) {
                    if (random.nextDouble() >= 0.2) {
                        chosen.add(lines.get(i));
                    }
                }
                List<Line> body = new ArrayList<>(lines.subList(leadLines, lines.size()));
                Collections.shuffle(body, random);
                body.removeIf(l -> random.nextDouble() < 0.25);
                List<Line> pool = linesOfLanguage.getOrDefault(lead.language(), lines);
                for (int extra = random.nextInt(3); extra > 0; extra--) {
                    body.add(random.nextInt(body.size() + 1), pool.get(random.nextInt(pool.size())));
                }
                chosen.addAll(body);
            }
            return new Article(id, number, lead.language(), render(chosen, lead.language()), published);
        }

        /** The story's lines that the other language's text of the same WMT22 story has, in that language. */
        private Article translation(Source other, String id, Instant published) {
            List<Line> chosen = new ArrayList<>();
            for (Line l : lines) {
                if (sources.get(l.text()).story().equals(lead.story()) && l.index() < other.lines().size()) {
                    chosen.add(other.lines().get(l.index()));
                }
            }
            return new Article(id, number, other.language(), render(chosen, lead.language()), published);
        }

        private String render(List<Line> chosen, String namesFrom) {
            StringBuilder text = new StringBuilder();
            for (Line l : chosen) {
                String words = l.words();
                for (String name : l.names()) {
                    words = words.replace(name, names.computeIfAbsent(name, n -> pick(namesOfLanguage.get(namesFrom), n)));
                }
                Matcher m = DIGITS.matcher(words);
                StringBuilder replaced = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(replaced, number(m.group()));
                }
                m.appendTail(replaced);
                text.append(text.length() == 0 ? "" : "\n").append(replaced);
            }
            return text.toString();
        }

        private String pick(List<String> pool, String fallback) {
            return pool == null || pool.isEmpty() ? fallback : pool.get(random.nextInt(pool.size()));
        }

        /** The story's own number for {@code digits}: as many digits, the same in every variant. */
        private String number(String digits) {
            Random r = new Random(numberSeed ^ digits.hashCode());
            StringBuilder out = new StringBuilder(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                out.append(i == 0 && digits.length() > 1 ? 1 + r.nextInt(9) : r.nextInt(10));
            }
            return out.toString();
        }
    }

    private record Pending(Instant published, int story, int variant, Story owner) {
    }

    /** Opens stories in time order and hands out their articles once no later story can publish before them. */
    private final class Stream implements Iterator<Article> {
        private final long seed;
        private final int count;
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator.comparing(Pending::published)
                .thenComparingInt(Pending::story).thenComparingInt(Pending::variant));
        private int emitted;
        private int nextStory;

        Stream(long seed, int count) {
            this.seed = seed;
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return emitted < count;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (pending.isEmpty() || !pending.peek().published().isBefore(opening(nextStory))) {
                open(nextStory++);
            }
            Pending p = pending.poll();
            return p.owner().variant(p.variant(), "a" + emitted++, p.published());
        }

        /** The earliest time story {@code n} can open: it opens in the first {@code 1/STORIES_PER_HOUR} of its slot. */
        private Instant opening(int n) {
            return START.plusSeconds(n * 3600L / STORIES_PER_HOUR);
        }

        private void open(int n) {
            Story story = new Story(n, seed);
            Instant opened = opening(n).plusSeconds(story.random.nextInt(3600 / STORIES_PER_HOUR));
            pending.add(new Pending(opened, n, 0, story));
            int variants = story.random.nextInt(MAX_VARIANTS + 1);
            for (int k = 1; k <= variants; k++) {
                double hours = -Math.log(1 - story.random.nextDouble()) * MEAN_VARIANT_DELAY.toHours();
                long seconds = Math.min(LAST_VARIANT_AFTER.toSeconds(), (long) (hours * 3600));
                pending.add(new Pending(opened.plusSeconds(seconds), n, k, story));
            }
        }
    }
}
