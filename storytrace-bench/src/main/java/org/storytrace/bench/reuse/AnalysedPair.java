package org.storytrace.bench.reuse;

import java.util.List;
import java.util.Objects;
import org.storytrace.analyse.Analyser;
import org.storytrace.analyse.Analysis;
import org.storytrace.provenance.ReuseClassifier;

/** A pair with both texts analysed as ingest does and its reuse features, computed once for fitting and scoring. */
record AnalysedPair(CounterPair pair, Analysis source, Analysis derived, double[] features) {
    AnalysedPair {
        Objects.requireNonNull(pair, "pair");
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** Analyses every pair, in parallel since analysis and tiling dominate; the order of {@code pairs} is kept. */
    static List<AnalysedPair> of(List<CounterPair> pairs) {
        Analyser analyser = new Analyser();
        return pairs.parallelStream().map(p -> {
            Analysis s = analyser.analyse(p.source().text(), p.source().lang());
            Analysis d = analyser.analyse(p.derived().text(), p.derived().lang());
            return new AnalysedPair(p, s, d, ReuseClassifier.features(d, s));
        }).toList();
    }
}
