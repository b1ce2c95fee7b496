package org.storytrace.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Attribution;
import org.storytrace.analyse.Attributions;
import org.storytrace.analyse.PivotDictionary;
import org.storytrace.analyse.Sentence;
import org.storytrace.model.Alignment;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Comparison;
import org.storytrace.model.Span;
import org.storytrace.model.Truncation;

/**
 * Stage 7 entry point: {@code compare(source, target)} aligns the derived article's sentences with its source's and
 * reports, with spans into both texts, every claim kept, dropped or added and every fact changed inside aligned
 * sentences (names, numbers, dates, scope, actor, attribution, polarity, modality, terms). Pure and thread-safe.
 */
public final class Comparer {
    /**
     * A clause whose terms are found in the other text at most this much is new (or gone): a third leaves room for
     * the one shared name a new claim about the same event always has.
     */
    static final double NOVEL_CLAUSE = 0.34;
    /** Clauses with fewer terms than this are too small to report on their own ("he said", "in particular"). */
    static final int MIN_CLAUSE_TERMS = 2;

    private final Attributions attributions = new Attributions();
    private final PivotDictionary pivots;

    /** A comparer for texts in one language, and for translations through names, numbers and cognates only. */
    public Comparer() {
        this(PivotDictionary.empty());
    }

    /** @param pivots the bilingual dictionaries a text in another language than English is read through */
    public Comparer(PivotDictionary pivots) {
        this.pivots = pivots;
    }

    public Comparison compare(String sourceId, Analysis source, Truncation sourceTruncation, String targetId, Analysis target) {
        Terms s;
        Terms t;
        if (crossLingual(source, target) && target.language().equals(PivotDictionary.PIVOT_LANGUAGE)) {
            t = new Terms(target);
            s = new Terms(source, new Gloss(pivots, source.language(), t.all()));
        } else if (crossLingual(source, target) && source.language().equals(PivotDictionary.PIVOT_LANGUAGE)) {
            s = new Terms(source);
            t = new Terms(target, new Gloss(pivots, target.language(), s.all()));
        } else {
            s = new Terms(source);
            t = new Terms(target);
        }
        // Cue finding runs its rules over the whole text: once per text, not once per use.
        List<Attribution> targetCues = attributions.find(target.text());
        List<Span> editorial = editorial(target, targetCues);
        Aligner aligner = new Aligner(s, t, editorial);
        List<Aligner.Pair> pairs = aligner.align(target);
        boolean truncated = sourceTruncation.truncated();
        List<Change> changes = new ArrayList<>();
        Set<Integer> usedSource = new HashSet<>();
        Set<Integer> alignedTarget = new HashSet<>();
        for (Aligner.Pair p : pairs) {
            usedSource.addAll(p.source());
            alignedTarget.add(p.target());
        }
        List<Alignment> alignments = alignments(source, target, pairs, usedSource);

        for (Aligner.Pair p : pairs) {
            Span src = groupSpan(source, p.source());
            Span tgt = target.sentences().get(p.target()).span();
            boolean verbatim = p.similarity() >= Aligner.VERBATIM;
            changes.add(new Change(ChangeKind.KEPT, src, tgt, src.of(source.text()), tgt.of(target.text()),
                    verbatim ? "verbatim" : String.format(Locale.ROOT, "paraphrased (similarity %.2f)", p.similarity()), false));
            FactDiff diff = new FactDiff(s, t, src, tgt, truncated, editorial);
            diff.run();
            changes.addAll(diff.changes());
        }
        for (int i = 0; i < source.sentences().size(); i++) {
            if (!usedSource.contains(i)) {
                Span span = source.sentences().get(i).span();
                changes.add(new Change(ChangeKind.DROPPED, span, null, span.of(source.text()), null, "not in the derived article", false));
            }
        }
        for (int i = 0; i < target.sentences().size(); i++) {
            if (!alignedTarget.contains(i)) {
                changes.add(added(target, target.sentences().get(i), truncated));
            }
        }
        attributionChange(source, targetCues).ifPresent(changes::add);
        // Two target sentences restating one source sentence find its lost details twice: report them once.
        List<Change> unique = new ArrayList<>(new java.util.LinkedHashSet<>(changes));
        changes.clear();
        changes.addAll(unique);
        changes.sort(java.util.Comparator.comparingInt((Change c) -> c.targetSpan() != null ? c.targetSpan().start() : Integer.MAX_VALUE)
                .thenComparingInt(c -> c.sourceSpan() != null ? c.sourceSpan().start() : Integer.MAX_VALUE));
        return new Comparison(sourceId, targetId, source.sentences().stream().map(Sentence::span).toList(),
                target.sentences().stream().map(Sentence::span).toList(), alignments, changes);
    }

    /**
     * Whether one text is English and the other in another known language: its words are then read as the English
     * text's terms. Two texts in two other languages are compared word for word, sharing only names and numbers.
     */
    private static boolean crossLingual(Analysis source, Analysis target) {
        String a = source.language();
        String b = target.language();
        return !a.equals(b) && !Analysis.UNDETERMINED.equals(a) && !Analysis.UNDETERMINED.equals(b)
                && (a.equals(PivotDictionary.PIVOT_LANGUAGE) || b.equals(PivotDictionary.PIVOT_LANGUAGE));
    }

    /** The rewriter's own words: framing phrases and cues that credit a publication. */
    private static List<Span> editorial(Analysis target, List<Attribution> targetCues) {
        List<Span> out = new ArrayList<>(Framing.in(target.text(), new Span(0, target.text().length())));
        for (Attribution a : targetCues) {
            if (a.kind() == Attribution.Kind.CITES_PUBLICATION) {
                out.add(a.span());
            }
        }
        return out;
    }

    /** A whole target sentence with no source: a heading, framing, or a claim the visible source lacks. */
    private static Change added(Analysis target, Sentence sentence, boolean truncated) {
        Span span = sentence.span();
        String text = span.of(target.text());
        if (sentence.heading()) {
            return new Change(ChangeKind.ADDED_HEADING, null, span, null, text, "heading absent from the source", false);
        }
        List<Span> framing = Framing.in(target.text(), span);
        if (!framing.isEmpty()) {
            return new Change(ChangeKind.ADDED_FRAMING, null, span, null, text,
                    "loaded language: \u201c" + framing.get(0).of(target.text()) + "\u201d", false);
        }
        return new Change(ChangeKind.ADDED_CLAIM, null, span, null, text, truncated
                ? "not in the visible part of the truncated source: it may come from the part that is not visible"
                : "not in the source", truncated);
    }

    /** The source presented its reporting as first-hand ("Le Monde has learned"); the copy credits "the article". */
    private java.util.Optional<Change> attributionChange(Analysis source, List<Attribution> targetCues) {
        List<Attribution> cited = targetCues.stream()
                .filter(a -> a.kind() == Attribution.Kind.CITES_PUBLICATION && a.outlet() == null).toList();
        if (cited.isEmpty()) {
            return java.util.Optional.empty(); // the source's cues are costly to find and would not be used
        }
        List<Attribution> own = attributions.find(source.text()).stream().filter(a -> a.kind() == Attribution.Kind.FIRST_HAND).toList();
        if (own.isEmpty()) {
            return java.util.Optional.empty();
        }
        Attribution a = own.get(0);
        Attribution b = cited.get(0);
        return java.util.Optional.of(new Change(ChangeKind.CHANGED_ATTRIBUTION, a.span(), b.span(), a.cue(), b.cue(),
                "the source's own reporting" + (a.outlet() != null ? " (" + a.outlet() + ")" : "") + " is credited to an unnamed publication", false));
    }

    private static Span groupSpan(Analysis a, List<Integer> sentences) {
        return new Span(a.sentences().get(sentences.get(0)).span().start(), a.sentences().get(sentences.get(sentences.size() - 1)).span().end());
    }

    /** Alignments in reading order of the target, each dropped source sentence placed before the next alignment that follows it. */
    private static List<Alignment> alignments(Analysis source, Analysis target, List<Aligner.Pair> pairs, Set<Integer> usedSource) {
        List<Alignment> out = new ArrayList<>();
        int nextDropped = 0;
        int p = 0;
        for (int t = 0; t < target.sentences().size(); t++) {
            Aligner.Pair pair = p < pairs.size() && pairs.get(p).target() == t ? pairs.get(p++) : null;
            if (pair == null) {
                out.add(new Alignment(List.of(), List.of(t), Alignment.Kind.ADDED, 0));
                continue;
            }
            int first = pair.source().get(0);
            while (nextDropped < first) {
                if (!usedSource.contains(nextDropped)) {
                    out.add(new Alignment(List.of(nextDropped), List.of(), Alignment.Kind.DROPPED, 0));
                }
                nextDropped++;
            }
            nextDropped = Math.max(nextDropped, pair.source().get(pair.source().size() - 1) + 1);
            out.add(new Alignment(pair.source(), List.of(t), pair.similarity() >= Aligner.VERBATIM
                    ? Alignment.Kind.VERBATIM : Alignment.Kind.PARAPHRASED, pair.similarity()));
        }
        for (int i = 0; i < source.sentences().size(); i++) {
            if (!usedSource.contains(i) && i >= nextDropped) {
                out.add(new Alignment(List.of(i), List.of(), Alignment.Kind.DROPPED, 0));
            }
        }
        // Dropped sentences passed over because a later alignment went back to an earlier source sentence.
        for (int i = 0; i < Math.min(nextDropped, source.sentences().size()); i++) {
            final int index = i;
            if (!usedSource.contains(i) && out.stream().noneMatch(a -> a.sourceSentences().contains(index))) {
                out.add(new Alignment(List.of(i), List.of(), Alignment.Kind.DROPPED, 0));
            }
        }
        return out;
    }
}
