package org.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storytrace.analyse.Analyser;
import org.storytrace.model.Article;
import org.storytrace.model.ArticleMetadata;
import org.storytrace.model.DerivationEdge;
import org.storytrace.model.DerivationGraph;
import org.storytrace.model.EdgeType;
import org.storytrace.model.Truncation;
import org.storytrace.testing.Shared;

class ProvenanceTest {
    private static final Analyser ANALYSER = new Analyser();
    private final Provenance provenance = new Provenance();

    /** Seed 004 as ingest leaves it: the inline date header becomes metadata. */
    private static Member seed004() {
        String raw = Shared.seedText("004").strip();
        return member("004aaaaaaaaa", raw.replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", ""), Instant.parse("2024-11-25T00:00:00Z"));
    }

    private static Member seed000() {
        return member("000aaaaaaaaa", Shared.seedText("000"), null);
    }

    private static Member member(String id, String text, Instant published) {
        Article a = new Article(id, id + "0000", id + ".txt", new ArticleMetadata(null, null, null, null, published, "en"),
                text, Truncation.NONE, List.of(), Instant.parse("2026-11-28T00:00:00Z"));
        return new Member(a, ANALYSER.analyse(text, "en"));
    }

    @Test
    void rewriteCitingThePublicationDerivesFromTheFirstHandReport() {
        DerivationGraph g = provenance.trace("s1", List.of(seed004(), seed000()));
        assertThat(g.originId()).isEqualTo("000aaaaaaaaa");
        DerivationEdge e = g.edgesFrom("004aaaaaaaaa").get(0);
        assertThat(e.sourceId()).isEqualTo("000aaaaaaaaa");
        assertThat(e.type()).isEqualTo(EdgeType.ATTRIBUTED_REWRITE);
        String text004 = seed004().article().text();
        assertThat(e.evidence()).filteredOn(x -> x.signal().equals("attribution"))
                .extracting(x -> x.derivedSpan().of(text004))
                .contains("According to the authors of the publication", "The publication also notes");
    }

    @Test
    void originDoesNotDependOnTheOrderMembersArriveIn() {
        assertThat(provenance.trace("s1", List.of(seed000(), seed004())).originId())
                .isEqualTo(provenance.trace("s1", List.of(seed004(), seed000())).originId());
    }

    @Test
    void literallyTranslatedOutletBecomesAnExternalOriginReachedByTranslation() {
        DerivationGraph g = provenance.trace("s1", List.of(seed000(), seed004()));
        DerivationEdge external = g.edgesFrom("000aaaaaaaaa").get(0);
        assertThat(external.sourceId()).isEqualTo(Provenance.EXTERNAL + "Le Monde");
        assertThat(external.type()).isEqualTo(EdgeType.TRANSLATION);
        assertThat(g.node(external.sourceId())).hasValueSatisfying(n -> assertThat(n.external()).isTrue());
    }

    @Test
    void verbatimCopyIsARepublication() {
        Member original = seed000();
        String cut = original.article().text().substring(0, 1500);
        DerivationGraph g = provenance.trace("s1", List.of(original, member("cccccccccccc", cut, null)));
        assertThat(g.edges()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EdgeType.REPUBLICATION));
    }

    @Test
    void articlesThatCiteEachOtherStillGiveOneOriginAndNoCycle() {
        Member a = member("aaaaaaaaaaaa", "According to the publication, ministers met in Brussels on Monday. The article emphasizes the cost of 4 million euros.", null);
        Member b = member("bbbbbbbbbbbb", "According to the article, ministers met in Brussels on Monday at a cost of 4 million euros.", null);
        DerivationGraph g = provenance.trace("s1", List.of(a, b));
        assertThat(g.originId()).isIn("aaaaaaaaaaaa", "bbbbbbbbbbbb");
        assertThat(g.edges()).hasSize(1);
        assertThat(g.edges().get(0).sourceId()).isEqualTo(g.originId());
    }

    @Test
    void emptyStoryHasNoOriginAndSaysWhy() {
        DerivationGraph g = provenance.trace("s1", List.of());
        assertThat(g.originId()).isNull();
        assertThat(g.reasons()).isNotEmpty();
    }
}
