package org.storytrace.bench.reuse;

import java.util.ArrayList;
import java.util.List;
import org.storytrace.provenance.ReuseClass;
import org.storytrace.provenance.ReuseClassifier;

/**
 * k-fold cross-validation by item: pairs in item order are dealt to folds in turn, each fold is predicted by a model
 * fitted on the others. The figures say how the fitting generalises to pairs it has not seen, as the hidden split is.
 */
final class CrossValidation {
    /** Five folds: 320 training pairs each on counter-urdu dev, enough for the few dozen weights. */
    static final int FOLDS = 5;

    private CrossValidation() {
    }

    /** The class each pair gets from the model fitted without its fold; {@code pairs} must be in item order. */
    static List<ReuseClass> predict(List<AnalysedPair> pairs) {
        List<ReuseClass> out = new ArrayList<>(pairs.size());
        List<ReuseClassifier> models = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<double[]> xs = new ArrayList<>();
            List<ReuseClass> ys = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (i % FOLDS != f) {
                    xs.add(pairs.get(i).features());
                    ys.add(pairs.get(i).pair().label());
                }
            }
            models.add(ReuseFit.fit(xs, ys, "fold " + f));
        }
        for (int i = 0; i < pairs.size(); i++) {
            out.add(models.get(i % FOLDS).classify(pairs.get(i).features()).reuseClass());
        }
        return out;
    }
}
