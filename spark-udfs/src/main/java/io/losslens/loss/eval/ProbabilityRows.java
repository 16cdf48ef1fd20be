package io.losslens.loss.eval;

import io.losslens.loss.Check;
import io.losslens.loss.Predictions;
import io.losslens.loss.Unchecked;
import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.eval.LossKind.Prediction;
import java.io.Serializable;

/**
 * The road of the commonest per-class breakdown (the report's): a multi-class probability vector
 * and a class label, read by cross-entropy and the multi-class focal loss (one {@code eps}
 * between them) and by the multi-class hinge and squared hinge loss, each at most once and the
 * first one reading probabilities. One pass over the vector tests every entry against
 * {@code [0, 1]} and finds the argmax and the strongest rival; {@code p~[y]}, {@code 1 - p~[y]}
 * and {@code ln p~[y]} are computed once; each loss is then its formula of those parts
 * ({@link LossSpec#lossOfLabelParts}, {@link LossSpec#lossOfHingeMargin}), without the general
 * road's loop over the losses.
 *
 * <p>It takes only rows it can certify as valid by the general road's rules, and computes
 * the same values to the bit; any other row (an entry outside {@code [0, 1]} or {@code -0.0}, a
 * label that is no class index, a vector of another length than {@code alphas}, an empty one,
 * or one entry where a hinge loss needs two) is left to the general road, which decides and
 * says why.
 */
final class ProbabilityRows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Each loss and its place in the evaluator's outputs; null and -1 where absent. */
  private final LossSpec crossEntropy;
  private final int crossEntropyAt;
  private final LossSpec focal;
  private final int focalAt;
  private final LossSpec hinge;
  private final int hingeAt;
  private final LossSpec squaredHinge;
  private final int squaredHingeAt;
  private final double eps;
  /** Whether a hinge loss reads the margin over the strongest rival. */
  private final boolean readsMargin;
  /** Entries a vector needs: two where a hinge loss reads it, as its rules require. */
  private final int minLength;
  /** The focal loss's {@code alphas}: their number, which must be the vector's; 0 without. */
  private final int alphaCount;

  private ProbabilityRows(LossSpec[] losses) {
    crossEntropyAt = indexOf(losses, LossKind.CROSS_ENTROPY);
    focalAt = indexOf(losses, LossKind.MULTICLASS_FOCAL_LOSS);
    hingeAt = indexOf(losses, LossKind.MULTICLASS_HINGE_LOSS);
    squaredHingeAt = indexOf(losses, LossKind.MULTICLASS_SQUARED_HINGE_LOSS);
    crossEntropy = crossEntropyAt < 0 ? null : losses[crossEntropyAt];
    focal = focalAt < 0 ? null : losses[focalAt];
    hinge = hingeAt < 0 ? null : losses[hingeAt];
    squaredHinge = squaredHingeAt < 0 ? null : losses[squaredHingeAt];
    eps = (crossEntropy != null ? crossEntropy : focal).labelLogEps();
    alphaCount = focal == null ? 0 : focal.perClassParameterLength();
    readsMargin = hinge != null || squaredHinge != null;
    minLength = readsMargin ? 2 : 1;
  }

  /** The road for these losses (checked complete and fit together), or null where it cannot go. */
  static ProbabilityRows of(LossSpec[] losses) {
    LossKind first = losses[0].kind();
    if (first != LossKind.CROSS_ENTROPY && first != LossKind.MULTICLASS_FOCAL_LOSS) {
      return null;
    }
    double eps = losses[0].labelLogEps();
    for (int l = 0; l < losses.length; l++) {
      LossSpec loss = losses[l];
      if (!(loss.followsLabelLog() || loss.followsHingeMargin())
          || indexOf(losses, loss.kind()) != l
          || (loss.followsLabelLog() && loss.labelLogEps() != eps)) {
        return null;
      }
    }
    // what the general road's rules for these losses come to, checked in evaluate
    assert first.label() == Label.CLASS && first.prediction() == Prediction.PROBABILITIES;
    return new ProbabilityRows(losses);
  }

  private static int indexOf(LossSpec[] losses, LossKind kind) {
    for (int l = 0; l < losses.length; l++) {
      if (losses[l].kind() == kind) {
        return l;
      }
    }
    return -1;
  }

  /**
   * Evaluates a row of label {@code y} and probabilities {@code x} (not null) if it is
   * certainly valid: writes each loss's value and gradient magnitude (and, for the hinge
   * losses, the vector's top two entries into {@code topTwo}), and returns the argmax. Returns
   * -1 for a row it leaves to the general road, having written nothing that road relies on.
   */
  int evaluate(double y, double[] x, double[] topTwo, double[] lossValues,
      double[] gradientMagnitudes) {
    if (x.length < minLength || (alphaCount != 0 && alphaCount != x.length)) {
      return -1;
    }
    // the rival only where a hinge loss needs it: the argmax alone is less work an entry
    int top = readsMargin ? Predictions.topTwoInUnitInterval(x, topTwo)
        : Predictions.argmaxInUnitInterval(x);
    if (top < 0 || !Check.isClassIndex(y, x.length)) {
      return -1;
    }
    int c = (int) y;
    double labelLog = Unchecked.labelLog(c, x, eps);
    double clipped = Unchecked.clippedLabelProbability(c, x, eps);
    double missed = Unchecked.missedLabelProbability(c, x, eps);
    if (crossEntropy != null) {
      lossValues[crossEntropyAt] = crossEntropy.lossOfLabelParts(c, missed, labelLog);
      gradientMagnitudes[crossEntropyAt] =
          crossEntropy.gradientMagnitudeOfLabelParts(c, missed, clipped, labelLog);
    }
    if (focal != null) {
      lossValues[focalAt] = focal.lossOfLabelParts(c, missed, labelLog);
      gradientMagnitudes[focalAt] =
          focal.gradientMagnitudeOfLabelParts(c, missed, clipped, labelLog);
    }
    if (readsMargin) {
      double margin = Unchecked.multiclassHingeOfRival(topTwo[top == c ? 1 : 0], x[c]);
      if (hinge != null) {
        lossValues[hingeAt] = hinge.lossOfHingeMargin(margin);
        gradientMagnitudes[hingeAt] = hinge.gradientMagnitudeOfHingeMargin(margin);
      }
      if (squaredHinge != null) {
        lossValues[squaredHingeAt] = squaredHinge.lossOfHingeMargin(margin);
        gradientMagnitudes[squaredHingeAt] = squaredHinge.gradientMagnitudeOfHingeMargin(margin);
      }
    }
    return top;
  }
}
