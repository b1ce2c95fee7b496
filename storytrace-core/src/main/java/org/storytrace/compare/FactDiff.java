package org.storytrace.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Mention;
import org.storytrace.analyse.Token;
import org.storytrace.model.Change;
import org.storytrace.model.ChangeKind;
import org.storytrace.model.Span;

/**
 * What moved inside one aligned pair (source sentences, target sentence): details dropped or added, and facts
 * changed. Each check is a small method over the two spans; the order matters only in that a name or number
 * explained as changed is not also reported as dropped.
 */
final class FactDiff {
    /** Name keys this close (one or two edits) are one name misspelt: Barrot / Barro. */
    static final int MAX_NAME_EDITS = 2;
    /** Names shorter than this are compared exactly: two short names one edit apart are usually different names. */
    static final int MIN_FUZZY_NAME = 5;

    private static final Pattern OPPOSITION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:oppos\\p{L}*|reject\\p{L}*|refus\\p{L}*|den(?:y|ied|ies)|discard\\p{L}*|block(?:ed|s)?|veto\\p{L}*|"
                    + "resist\\p{L}*|object(?:ed|s)|rul(?:e|ed|es|ing)\\s+out|dismiss\\p{L}*)(?![\\p{L}])");

    private final Terms s;
    private final Terms t;
    private final Analysis sa;
    private final Analysis ta;
    private final Span src;
    private final Span tgt;
    private final boolean truncated;
    private final List<Change> changes = new ArrayList<>();
    private final List<Span> droppedSource = new ArrayList<>();
    private final List<Span> addedTarget = new ArrayList<>();
    private final Set<Mention> explained = new HashSet<>();

    private final List<Span> editorial;
    private final List<Span> explainedSource = new ArrayList<>();

    FactDiff(Terms s, Terms t, Span src, Span tgt, boolean truncated, List<Span> editorial) {
        this.editorial = editorial;
        this.s = s;
        this.t = t;
        this.sa = s.analysis();
        this.ta = t.analysis();
        this.src = src;
        this.tgt = tgt;
        this.truncated = truncated;
    }

    List<Change> changes() {
        return changes;
    }

    void run() {
        names();
        numbers();
        attribution();
        droppedClauses();
        droppedMentions();
        addedClauses();
        framing();
        scope();
        actors();
        polarity();
        modality();
        terms();
    }

    private void names() {
        List<Mention> targetNames = ta.mentionsIn(tgt).stream().filter(m -> m.kind() == Mention.Kind.NAME).toList();
        for (Mention m : sa.mentionsIn(src)) {
            if (m.kind() != Mention.Kind.NAME || t.all().contains(s.keyOf(m))) {
                continue;
            }
            Mention best = null;
            for (Mention c : targetNames) {
                if (!s.all().contains(t.keyOf(c)) && !explained.contains(c) && sameNameChanged(m.key(), c.key())) {
                    best = c;
                    break;
                }
            }
            if (best != null) {
                explained.add(m);
                explained.add(best);
                changes.add(change(ChangeKind.CHANGED_NAME, m.span(), best.span(), "name changed"));
            }
        }
    }

    /** One name respelt (a few edits) or renamed (sharing a distinctive word, both several words long). */
    static boolean sameNameChanged(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (Math.min(a.length(), b.length()) >= MIN_FUZZY_NAME && Terms.editDistance(a, b, MAX_NAME_EDITS) <= MAX_NAME_EDITS) {
            return true;
        }
        String[] wa = a.split("[\\s-]+");
        String[] wb = b.split("[\\s-]+");
        if (wa.length < 2 || wb.length < 2) {
            return false;
        }
        Set<String> sb = Set.of(wb);
        for (String w : wa) {
            if (w.length() >= 4 && sb.contains(w) && !Lexicon.STOP.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void numbers() {
        List<Mention> targetValues = ta.mentionsIn(tgt).stream().filter(FactDiff::isValue).toList();
        for (Mention m : sa.mentionsIn(src)) {
            if (!isValue(m) || t.all().contains(s.keyOf(m))) {
                continue;
            }
            for (Mention c : targetValues) {
                if (c.kind() == m.kind() && !s.all().contains(t.keyOf(c)) && !explained.contains(c)) {
                    explained.add(m);
                    explained.add(c);
                    changes.add(change(m.kind() == Mention.Kind.DATE ? ChangeKind.CHANGED_DATE : ChangeKind.CHANGED_NUMBER,
                            m.span(), c.span(), m.kind().name().toLowerCase(java.util.Locale.ROOT) + " changed"));
                    break;
                }
            }
        }
    }

    private static boolean isValue(Mention m) {
        return m.kind() != Mention.Kind.NAME && !(m.kind() == Mention.Kind.NUMBER && m.key().length() < 2);
    }

    private void droppedClauses() {
        for (Span clause : clauses(sa, src)) {
            List<String> terms = s.within(clause);
            if (terms.size() >= Comparer.MIN_CLAUSE_TERMS && share(terms, t) <= Comparer.NOVEL_CLAUSE
                    && !explainedSource.contains(clause) && !valuesKept(sa, clause, t)) {
                droppedSource.add(clause);
                changes.add(new Change(ChangeKind.DROPPED, clause, null, clause.of(sa.text()), null, "detail not in the derived article", false));
            }
        }
    }

    private void droppedMentions() {
        for (Mention m : sa.mentionsIn(src)) {
            if (explained.contains(m) || !(m.kind() == Mention.Kind.NAME || isValue(m)) || t.has(s.keyOf(m))
                    || inside(m.span(), droppedSource) || inside(m.span(), explainedSource) || m.kind() == Mention.Kind.NAME && wordsPresent(m, t)) {
                continue;
            }
            Span span = detailAround(m);
            changes.add(new Change(ChangeKind.DROPPED, span, null, span.of(sa.text()), null,
                    (m.kind() == Mention.Kind.NAME ? "name" : m.kind().name().toLowerCase(java.util.Locale.ROOT)) + " \u201c" + m.text()
                            + "\u201d not in the derived article", false));
        }
    }

    private void addedClauses() {
        for (Span clause : clauses(ta, tgt)) {
            List<String> terms = t.within(clause, editorial);
            if (addedTarget.contains(clause) || terms.size() < Comparer.MIN_CLAUSE_TERMS || share(terms, s) > Comparer.NOVEL_CLAUSE || valuesKept(ta, clause, s)) {
                continue;
            }
            addedTarget.add(clause);
            List<Span> framing = Framing.in(ta.text(), clause);
            if (!framing.isEmpty()) {
                changes.add(new Change(ChangeKind.ADDED_FRAMING, null, clause, null, clause.of(ta.text()),
                        "loaded language: \u201c" + framing.get(0).of(ta.text()) + "\u201d", false));
            } else {
                boolean claim = terms.size() >= 4;
                changes.add(new Change(claim ? ChangeKind.ADDED_CLAIM : ChangeKind.ADDED_DETAIL, null, clause, null, clause.of(ta.text()),
                        truncated ? "not in the visible part of the truncated source: it may come from the part that is not visible"
                                : "not in the source", truncated));
            }
        }
    }

    private void framing() {
        String sourceFolded = s.foldedText();
        for (Span phrase : Framing.in(ta.text(), tgt)) {
            String folded = org.storytrace.analyse.Normalizer.fold(phrase.of(ta.text()));
            if (!inside(phrase, addedTarget) && !sourceFolded.contains(folded)) {
                changes.add(new Change(ChangeKind.ADDED_FRAMING, null, phrase, null, phrase.of(ta.text()), "loaded language", false));
            }
        }
    }

    /**
     * A scope word on one side only replaced by another on the other side: any two geopolitical ones ("Western
     * troops" / "the EU countries"), quantifiers only when they qualify the same noun ("some countries" / "all countries").
     */
    private void scope() {
        List<Token> sourceOnly = lexiconTokens(s, src, Lexicon.SCOPE, t, tgt);
        List<Token> targetOnly = lexiconTokens(t, tgt, Lexicon.SCOPE, s, src);
        for (Token x : sourceOnly) {
            Token head = head(sa, src, x);
            for (Token y : targetOnly) {
                Token otherHead = head(ta, tgt, y);
                boolean geo = Lexicon.GEO_SCOPE.contains(x.norm()) && Lexicon.GEO_SCOPE.contains(y.norm());
                boolean sameHead = head != null && otherHead != null
                        && (s.glossed() || t.glossed() ? Objects.equals(s.termOf(head), t.termOf(otherHead)) : head.stem().equals(otherHead.stem()));
                if (head != null && otherHead != null && (geo || sameHead)) {
                    changes.add(change(ChangeKind.CHANGED_SCOPE, phrase(x, head), phrase(y, otherHead), "scope changed"));
                    return;
                }
            }
        }
    }

    /**
     * The noun a scope word qualifies: the first following word that is not itself a scope word, or, for a
     * geopolitical adjective in a language that puts adjectives after the noun, the word before (troupes occidentales).
     */
    private static Token head(Analysis a, Span span, Token word) {
        List<Token> tokens = a.tokensIn(span);
        int at = tokens.indexOf(word);
        if (Lexicon.ADJECTIVE_AFTER_NOUN.contains(a.language()) && Lexicon.GEO_SCOPE.contains(word.norm()) && at > 0
                && Terms.term(tokens.get(at - 1)) != null) {
            return tokens.get(at - 1);
        }
        for (int i = at + 1; i < tokens.size() && i <= at + 2; i++) {
            if (!Lexicon.SCOPE.contains(tokens.get(i).norm())) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** A scope word and its head, in whichever order the text has them. */
    private static Span phrase(Token word, Token head) {
        return new Span(Math.min(word.span().start(), head.span().start()), Math.max(word.span().end(), head.span().end()));
    }

    /** An acting group on one side only replaced by another on the other side: "Western allies" / "partners". */
    private void actors() {
        List<Token> sourceOnly = lexiconTokens(s, src, Lexicon.ACTORS, t, tgt);
        List<Token> targetOnly = lexiconTokens(t, tgt, Lexicon.ACTORS, s, src);
        if (!sourceOnly.isEmpty() && !targetOnly.isEmpty()) {
            changes.add(change(ChangeKind.CHANGED_ACTOR, withModifier(sa, src, sourceOnly.get(0)), withModifier(ta, tgt, targetOnly.get(0)),
                    "actor changed"));
        }
    }

    /**
     * The words of {@code lexicon} in {@code span} that the other side does not have. Across languages "the same
     * word" is the same term (alliés and allies meet through the gloss), within one language the same folded word.
     */
    private static List<Token> lexiconTokens(Terms own, Span span, Set<String> lexicon, Terms other, Span otherSpan) {
        boolean cross = own.glossed() || other.glossed();
        Set<String> otherWords = new HashSet<>();
        for (Token x : other.analysis().tokensIn(otherSpan)) {
            otherWords.add(cross ? word(other, x) : x.norm());
        }
        Analysis a = own.analysis();
        List<Token> out = new ArrayList<>();
        for (Token x : a.tokensIn(span)) {
            String word = cross ? word(own, x) : x.norm();
            if (lexicon.contains(x.norm()) && !otherWords.contains(word) && !inDate(a, x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** A token's glossed term, or its folded self for the short words that have no term ("EU", "UE"). */
    private static String word(Terms terms, Token x) {
        String term = crossTerm(terms, x);
        return term != null ? term : x.norm();
    }

    /**
     * A token's term for comparing across languages: a word that is a name by itself counts as the name, as
     * {@link Terms} files it, so that English "European" (a name) and French "européenne" (a word) meet.
     */
    private static String crossTerm(Terms terms, Token x) {
        for (Mention m : terms.analysis().mentionsIn(x.span())) {
            if (m.kind() == Mention.Kind.NAME && m.span().equals(x.span())) {
                return terms.keyOf(m);
            }
        }
        return terms.termOf(x);
    }

    /** The word with a capitalised or scope modifier before it ("Western allies"). */
    private static Span withModifier(Analysis a, Span span, Token word) {
        List<Token> tokens = a.tokensIn(span);
        int i = tokens.indexOf(word);
        if (i > 0) {
            Token before = tokens.get(i - 1);
            if ((Character.isUpperCase(before.text().charAt(0)) || Lexicon.SCOPE.contains(before.norm())) && !Lexicon.STOP.contains(before.norm())) {
                return new Span(before.span().start(), word.span().end());
            }
        }
        return word.span();
    }

    private void attribution() {
        Span a = speechClause(s, src);
        Span b = speechClause(t, tgt);
        if (a == null || b == null) {
            return;
        }
        Set<String> sa1 = speakers(s, a);
        Set<String> tb1 = speakers(t, b);
        if (!sa1.isEmpty() && !tb1.isEmpty() && !sa1.equals(tb1)) {
            explainedSource.add(a);
            addedTarget.add(b);
            changes.add(change(ChangeKind.CHANGED_ATTRIBUTION, a, b, "credited to someone else"));
        }
    }

    private static Span speechClause(Terms terms, Span span) {
        Analysis a = terms.analysis();
        for (Span clause : clauses(a, span)) {
            if (Lexicon.SPEECH.matcher(clause.of(a.text())).find() && !speakers(terms, clause).isEmpty()) {
                return clause;
            }
        }
        return null;
    }

    /** Who a clause credits, as terms, so that a source and its translation credit the same speakers alike. */
    private static Set<String> speakers(Terms terms, Span clause) {
        Set<String> out = new HashSet<>();
        for (Token x : terms.analysis().tokensIn(clause)) {
            if (Lexicon.SPEAKERS.contains(Gloss.unelided(x.norm()))) {
                out.add(terms.glossed() ? terms.termOf(x) : x.stem());
            }
        }
        return out;
    }

    /**
     * A negation that appears or disappears around opposition ("strongly opposed" / "not finally rejected"). Both
     * sides must say something about opposition or negation: a rewrite that only adds "refusal" is not a flip.
     */
    private void polarity() {
        int sp = polarityMarks(sa, src);
        int tp = polarityMarks(ta, tgt);
        if (sp > 0 && tp > 0 && negations(sa, src) % 2 != negations(ta, tgt) % 2) {
            changes.add(change(ChangeKind.CHANGED_POLARITY, polarityClause(sa, src), polarityClause(ta, tgt), "polarity changed"));
        }
    }

    private static int negations(Analysis a, Span span) {
        int n = 0;
        for (Token x : a.tokensIn(span)) {
            if (Lexicon.NEGATIONS.contains(x.norm())) {
                n++;
            }
        }
        return n;
    }

    private static int polarityMarks(Analysis a, Span span) {
        int n = 0;
        for (Token x : a.tokensIn(span)) {
            if (Lexicon.NEGATIONS.contains(x.norm())) {
                n++;
            }
        }
        Matcher m = OPPOSITION.matcher(a.text());
        m.region(span.start(), span.end());
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Span polarityClause(Analysis a, Span span) {
        for (Span clause : clauses(a, span)) {
            if (polarityMarks(a, clause) > 0) {
                return clause;
            }
        }
        return span;
    }

    private void modality() {
        Token sm = modal(sa, src);
        Token tm = modal(ta, tgt);
        if (sm != null && tm == null) {
            changes.add(change(ChangeKind.CHANGED_MODALITY, modalPhrase(sa, src, sm), counterpart(sa, src, sm, ta, tgt), "possibility stated as fact"));
        } else if (sm == null && tm != null) {
            changes.add(change(ChangeKind.CHANGED_MODALITY, counterpart(ta, tgt, tm, sa, src), modalPhrase(ta, tgt, tm), "fact stated as possibility"));
        }
    }

    private static Token modal(Analysis a, Span span) {
        for (Token x : a.tokensIn(span)) {
            if (Lexicon.MODALS.contains(x.norm()) && !inDate(a, x) && !Character.isUpperCase(x.text().charAt(0))) {
                return x;
            }
        }
        return null;
    }

    /** The modal and the words it governs: "would be ready". */
    private static Span modalPhrase(Analysis a, Span span, Token modal) {
        Token head = headAfter(a, span, modal);
        return new Span(modal.span().start(), head != null ? head.span().end() : modal.span().end());
    }

    /** Where the other side states the same thing: around the head word the modal governed ("is ready"). */
    private static Span counterpart(Analysis a, Span span, Token modal, Analysis other, Span otherSpan) {
        Token head = headAfter(a, span, modal);
        if (head != null) {
            List<Token> tokens = other.tokensIn(otherSpan);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).stem().equals(head.stem())) {
                    int start = i > 0 ? tokens.get(i - 1).span().start() : tokens.get(i).span().start();
                    return new Span(start, tokens.get(i).span().end());
                }
            }
        }
        return otherSpan;
    }

    private static Token headAfter(Analysis a, Span span, Token modal) {
        List<Token> tokens = a.tokensIn(span);
        for (int i = tokens.indexOf(modal) + 1; i < tokens.size() && i <= tokens.indexOf(modal) + 3; i++) {
            Token x = tokens.get(i);
            if (!Lexicon.STOP.contains(x.norm()) && !x.norm().equals("be")) {
                return x;
            }
        }
        return null;
    }

    /**
     * A content word swapped for another between two words that stayed ("transferring related military know-how" /
     * "transfer of relevant military innovations"): found on the longest common subsequence of content words.
     */
    private void terms() {
        for (org.storytrace.analyse.Sentence sentence : SentencesIn.span(sa, src)) {
            terms(sentence.span());
        }
    }

    private void terms(Span sourceSentence) {
        List<Token> a = contentWords(s, sourceSentence);
        List<Token> b = contentWords(t, tgt);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> matched = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                matched.add(new int[] {i++, j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        // A gap of exactly one word on each side after a kept word (and before the next kept word, or the end).
        matched.add(new int[] {a.size(), b.size()});
        for (int k = 0; k + 1 < matched.size(); k++) {
            int[] left = matched.get(k);
            int[] right = matched.get(k + 1);
            if (right[0] - left[0] == 2 && right[1] - left[1] == 2) {
                Token x = a.get(left[0] + 1);
                Token y = b.get(left[1] + 1);
                if (!isName(x) && !isName(y) && !inside(x.span(), droppedSource) && !inside(y.span(), addedTarget)
                        && !(s.glossed() || t.glossed() ? sharePrefix(s.termOf(x), t.termOf(y)) : sharePrefix(x.stem(), y.stem()))) {
                    changes.add(change(ChangeKind.CHANGED_TERM, x.span(), y.span(), "term replaced"));
                }
            }
        }
    }

    /** Words sharing their first three letters are usually one word inflected ("related" / "relevant" aside). */
    private static boolean sharePrefix(String a, String b) {
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }

    private static List<Token> contentWords(Terms terms, Span span) {
        List<Token> out = new ArrayList<>();
        for (Token x : terms.analysis().tokensIn(span)) {
            if (terms.termOf(x) != null) {
                out.add(x);
            }
        }
        return out;
    }

    /** The same word: across languages the same term, within one the same stem; long words one edit apart too. */
    private boolean same(Token x, Token y) {
        if (s.glossed() || t.glossed()) {
            String a = crossTerm(s, x);
            String b = crossTerm(t, y);
            return a.equals(b) || a.length() >= Terms.MIN_FUZZY && b.length() >= Terms.MIN_FUZZY && Terms.editDistance(a, b, 1) <= 1;
        }
        return x.stem().equals(y.stem()) || x.norm().length() >= Terms.MIN_FUZZY && Terms.editDistance(x.stem(), y.stem(), 1) <= 1;
    }

    private static boolean isName(Token x) {
        return Character.isUpperCase(x.text().charAt(0));
    }

    private static boolean inDate(Analysis a, Token x) {
        for (Mention m : a.mentionsIn(new Span(Math.max(0, x.span().start() - 40), Math.min(a.text().length(), x.span().end() + 40)))) {
            if (m.kind() == Mention.Kind.DATE && m.span().start() <= x.span().start() && m.span().end() >= x.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a user should read for a lost name or number: its clause when the clause is short ("DCI is 55% owned by the
     * French state", "In an interview with the BBC on November 23"), else the mention with its preposition
     * ("on January 20, 2025"), since the rest of a long clause was kept.
     */
    private Span detailAround(Mention m) {
        for (Span clause : clauses(sa, src)) {
            if (clause.start() <= m.span().start() && m.span().end() <= clause.end()) {
                List<Token> tokens = sa.tokensIn(clause);
                if (tokens.size() <= SHORT_CLAUSE_TOKENS) {
                    return clause;
                }
                List<Token> before = sa.tokensIn(new Span(clause.start(), m.span().start()));
                if (!before.isEmpty() && PREPOSITIONS.contains(before.get(before.size() - 1).norm())) {
                    return new Span(before.get(before.size() - 1).span().start(), m.span().end());
                }
            }
        }
        return m.span();
    }

    /** A clause this short is one detail, reported whole. */
    static final int SHORT_CLAUSE_TOKENS = 9;
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "from", "to", "with", "for", "of", "since", "until", "before", "after");

    /** The clauses of each sentence inside {@code span}: a group of two sentences never yields a clause across them. */
    private static List<Span> clauses(Analysis a, Span span) {
        List<Span> out = new ArrayList<>();
        for (org.storytrace.analyse.Sentence sentence : SentencesIn.span(a, span)) {
            out.addAll(Clauses.of(a, sentence.span()));
        }
        return out;
    }

    /** A name whose every word the other text uses, inside another name or not: "British" in "British Ministry". */
    private static boolean wordsPresent(Mention m, Terms other) {
        for (String w : m.key().split("[\\s-]+")) {
            if (!w.isEmpty() && !Lexicon.STOP.contains(w) && !other.has(org.storytrace.analyse.Normalizer.stem(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A clause carrying numbers or percentages that all reappear on the other side is a paraphrase of a kept
     * fact, not a new or lost one ("Composed of 80% ex-military personnel" / "which consists of 80% ex-servicemen").
     */
    private static boolean valuesKept(Analysis a, Span clause, Terms other) {
        List<Mention> values = a.mentionsIn(clause).stream()
                .filter(m -> m.kind() == Mention.Kind.PERCENT || m.kind() == Mention.Kind.MONEY || m.kind() == Mention.Kind.NUMBER).toList();
        return !values.isEmpty() && values.stream().allMatch(m -> other.all().contains(Terms.key(m)));
    }

    private static double share(List<String> terms, Terms other) {
        int found = 0;
        for (String term : terms) {
            if (other.has(term)) {
                found++;
            }
        }
        return (double) found / terms.size();
    }

    private static boolean inside(Span span, List<Span> spans) {
        for (Span x : spans) {
            if (x.start() <= span.start() && span.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    private Change change(ChangeKind kind, Span source, Span target, String note) {
        return new Change(kind, source, target, source.of(sa.text()), target.of(ta.text()), note, false);
    }
}
