package org.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.compare.Comparer;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.ProvenanceNode;
import org.storytrace.model.Truncation;
import org.storytrace.testing.BadTexts;

/** Issue 6's bad input through provenance: one origin, no cycle, and a reason, never an exception or a hang. */
class ProvenanceBadInputTest {
    private static final Analyser ANALYSER = new Analyser();
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private final Provenance provenance = new Provenance();

    private static Member member(String id, String text, String outlet, Instant published) {
        Article a = new Article(id, id + "0000", id + ".txt", new ArticleMetadata(null, null, outlet, null, published, null),
                text, Truncation.NONE, List.of(), Instant.parse("2026-11-28T00:00:00Z"));
        return new Member(a, ANALYSER.analyse(text, null));
    }

    private static Member member(String id, String text) {
        return member(id, text, null, null);
    }

    /**
     * One origin among the archived nodes, and every archived article reaches it by following its in-archive
     * edge, one edge each: no cycle, nothing left hanging.
     */
    static void assertOneOriginAndNoCycle(DerivationGraph g, List<Member> members) {
        assertThat(g.originId()).isNotNull();
        assertThat(g.nodes()).filteredOn(n -> !n.external() && n.role() == ProvenanceNode.Role.ORIGIN)
                .extracting(ProvenanceNode::id).containsExactly(g.originId());
        Map<String, String> source = new HashMap<>();
        for (DerivationEdge e : g.edges()) {
            if (!e.sourceId().startsWith(Provenance.EXTERNAL)) {
                assertThat(source.put(e.derivedId(), e.sourceId())).as("second in-archive edge from %s", e.derivedId()).isNull();
            }
        }
        assertThat(source).doesNotContainKey(g.originId());
        for (Member m : members) {
            String at = m.id();
            for (int steps = 0; !at.equals(g.originId()); steps++) {
                assertThat(steps).as("path from %s", m.id()).isLessThan(members.size());
                at = source.get(at);
                assertThat(at).as("%s reaches no origin", m.id()).isNotNull();
            }
        }
    }

    @Test
    void identicalArticlesAreRepublicationsOfOneOrigin() {
        List<Member> members = List.of(member("aaaaaaaaaaaa", BadTexts.seed000()), member("bbbbbbbbbbbb", BadTexts.seed000()),
                member("cccccccccccc", BadTexts.seed000()));
        DerivationGraph g = assertTimeoutPreemptively(HANG_GUARD, () -> provenance.trace("s", members));
        assertOneOriginAndNoCycle(g, members);
        assertThat(g.edges()).filteredOn(e -> !e.sourceId().startsWith(Provenance.EXTERNAL))
                .hasSize(2).allSatisfy(e -> assertThat(e.type()).isEqualTo(EdgeType.REPUBLICATION));
        // With nothing to tell them apart, the origin is the first id, whatever order they come in.
        assertThat(g.originId()).isEqualTo("aaaaaaaaaaaa");
        assertThat(provenance.trace("s", List.of(members.get(2), members.get(1), members.get(0))).originId()).isEqualTo("aaaaaaaaaaaa");
    }

    @Test
    void emptyBodiesGiveOneOriginAndAReason() {
        List<Member> members = List.of(member("aaaaaaaaaaaa", ""), member("bbbbbbbbbbbb", " \n "));
        DerivationGraph g = provenance.trace("s", members);
        assertOneOriginAndNoCycle(g, members);
        assertThat(g.reasons()).isNotEmpty();
    }

    @Test
    void anEmptyBodyBesideARealArticleIsNotItsSource() {
        List<Member> members = List.of(member("aaaaaaaaaaaa", ""), member("bbbbbbbbbbbb", BadTexts.seed004()));
        DerivationGraph g = provenance.trace("s", members);
        assertOneOriginAndNoCycle(g, members);
        assertThat(g.edgesFrom("aaaaaaaaaaaa").isEmpty() ? g.edgesFrom("bbbbbbbbbbbb") : g.edgesFrom("aaaaaaaaaaaa"))
                .filteredOn(e -> !e.sourceId().startsWith(Provenance.EXTERNAL))
                .allSatisfy(e -> assertThat(e.type()).isNotEqualTo(EdgeType.REPUBLICATION));
    }

    @Test
    void oneSentenceArticlesGiveOneOrigin() {
        List<Member> members = List.of(member("aaaaaaaaaaaa", "Ministers met in Brussels on Monday."),
                member("bbbbbbbbbbbb", "Ministers met in Brussels on Monday."), member("cccccccccccc", "It rained."));
        DerivationGraph g = provenance.trace("s", members);
        assertOneOriginAndNoCycle(g, members);
    }

    @Test
    void aTenThousandSentenceArticleFinishes() {
        List<Member> members = List.of(member("aaaaaaaaaaaa", BadTexts.longArticle(10_000)), member("bbbbbbbbbbbb", BadTexts.seed000()),
                member("cccccccccccc", BadTexts.seed004()));
        DerivationGraph g = assertTimeoutPreemptively(HANG_GUARD, () -> provenance.trace("s", members));
        assertOneOriginAndNoCycle(g, members);
    }

    @Test
    void articlesInScriptsTheDictionariesDoNotCoverGiveOneOrigin() {
        List<Member> members = new ArrayList<>();
        members.add(member("aaaaaaaaaaa0", BadTexts.newspaper4k("thai_article")));
        members.add(member("aaaaaaaaaaa1", BadTexts.newspaper4k("burmese_article")));
        int i = 2;
        for (String[] t : BadTexts.UDHR_ARTICLE_1) {
            members.add(member("aaaaaaaaaaa" + i++, t[1]));
            members.add(member("aaaaaaaaaaa" + i++, t[1] + " " + t[1]));
        }
        DerivationGraph g = provenance.trace("s", members);
        assertOneOriginAndNoCycle(g, members);
    }

    @Test
    void outletsCreditingEachOtherGiveOneOriginAndSayTheCuesConflict() {
        String event = " Ministers met in Brussels on Monday and agreed to send 40 instructors to Kyiv. The plan costs 12 million euros.";
        Member a = member("aaaaaaaaaaaa", "According to the Irish Times, a deal was reached." + event, "Kyiv Post", null);
        Member b = member("bbbbbbbbbbbb", "According to the Kyiv Post, a deal was reached." + event, "Irish Times", null);
        List<Member> members = List.of(a, b);
        DerivationGraph g = assertTimeoutPreemptively(HANG_GUARD, () -> provenance.trace("s", members));
        assertOneOriginAndNoCycle(g, members);
        assertThat(g.edges()).noneMatch(e -> e.sourceId().startsWith(Provenance.EXTERNAL));
        assertThat(g.reasons()).anyMatch(r -> r.contains("conflict") && r.contains("aaaaaaaaaaaa") && r.contains("bbbbbbbbbbbb"));
    }

    @Property(tries = 40)
    void randomRealSentencesNeverBreakCompareOrTrace(@ForAll("stories") List<String> texts) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            members.add(member(String.format("%012d", i), texts.get(i), i % 2 == 0 ? "Outlet " + i : null,
                    i % 3 == 0 ? null : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * (i % 4))));
        }
        new Comparer().compare("a", members.get(0).analysis(), Truncation.NONE, "b", members.get(members.size() - 1).analysis());
        assertOneOriginAndNoCycle(provenance.trace("s", members), members);
    }

    @Provide
    Arbitrary<List<String>> stories() {
        List<String> pool = new ArrayList<>(BadTexts.wmt22EnglishLines().subList(0, 300));
        pool.addAll(List.of(BadTexts.seed000().split("\n")));
        pool.addAll(List.of(BadTexts.seed004().split("\n")));
        pool.removeIf(String::isBlank);
        Arbitrary<String> text = Arbitraries.of(pool).list().ofMinSize(0).ofMaxSize(8).map(lines -> String.join(" ", lines));
        return text.list().ofMinSize(1).ofMaxSize(6).flatMap(texts -> Arbitraries.shuffle(texts));
    }
}
