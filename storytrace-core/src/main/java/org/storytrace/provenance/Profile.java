package org.storytrace.provenance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Attribution;
import org.storytrace.analyse.Attributions;
import org.storytrace.analyse.Token;
import org.storytrace.link.Linker;
import org.storytrace.link.Shingles;

/** What provenance compares of one member, computed once per trace. */
record Profile(Member member, Set<Long> shingles, Set<String> words, Set<String> keys, List<Attribution> attributions,
               Map<String, Integer> languagesNamed) {
    /** Words this short are mostly function words in the languages we read; they say nothing about copying. */
    static final int MIN_CONTENT_WORD = 4;

    static Profile of(Member m, Attributions finder) {
        Analysis a = m.analysis();
        Set<String> words = new HashSet<>();
        for (Token t : a.tokens()) {
            if (t.type() == Token.Type.WORD && t.norm().length() >= MIN_CONTENT_WORD) {
                words.add(t.stem());
            }
        }
        return new Profile(m, Shingles.of(a), words, new HashSet<>(Linker.keys(a)), finder.find(a.text()), Locality.languagesNamed(a));
    }

    List<Attribution> cites() {
        return attributions.stream().filter(x -> x.kind() == Attribution.Kind.CITES_PUBLICATION).toList();
    }

    List<Attribution> firstHand() {
        return attributions.stream().filter(x -> x.kind() == Attribution.Kind.FIRST_HAND).toList();
    }

    String language() {
        return member.analysis().language();
    }
}
