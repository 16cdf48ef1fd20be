package io.losslens.loss;

import java.util.Arrays;

/**
 * Multi-class cross-entropy over a vector of class probabilities or logits, and its soft-label,
 * multi-label and class-weighted forms. Labels are 0-based class indices; probability vectors
 * are validated entry by entry but never rescaled.
 */
public final class CrossEntropy {
  private CrossEntropy() {}

  /** {@code -ln p~[y]}. */
  public static double loss(double label, double[] probs, double eps) {
    return uncheckedLoss(checkProbs("cross_entropy", label, probs, eps), probs, eps);
  }

  static double uncheckedLoss(int y, double[] probs, double eps) {
    return ofLabelProbability(probs[y], eps);
  }

  /**
   * {@code -ln p~[y]} from {@code p[y]} alone, unchecked: for callers that have checked the
   * whole vector as {@link #loss} does (an adapter reading Spark's array in place).
   */
  public static double ofLabelProbability(double labelProbability, double eps) {
    return ofLabelLog(labelLog(labelProbability, eps));
  }

  /** {@code ln p~[y]} from {@code p[y]}: the log that cross-entropy and focal loss share. */
  static double labelLog(double labelProbability, double eps) {
    return Clip.log(labelProbability, eps);
  }

  /** {@code -ln p~[y]} given {@code labelLog = ln p~[y]}. */
  static double ofLabelLog(double labelLog) {
    return -labelLog;
  }

  /** Writes {@code -1/p~[y]} at the label and {@code 0} elsewhere into {@code out}. */
  public static void gradient(double label, double[] probs, double eps, double[] out) {
    uncheckedGradient(checkProbs("cross_entropy_grad", label, probs, eps), probs, eps, out);
  }

  static void uncheckedGradient(int y, double[] probs, double eps, double[] out) {
    Arrays.fill(out, 0, probs.length, 0.0);
    out[y] = uncheckedLabelGradient(y, probs, eps);
  }

  /** The gradient's one nonzero entry, at the label. */
  static double uncheckedLabelGradient(int y, double[] probs, double eps) {
    return labelGradientOfClipped(Clip.of(probs[y], eps));
  }

  /** {@link #uncheckedLabelGradient} given {@code clipped = p~[y]} ({@link Clip#of}). */
  static double labelGradientOfClipped(double clipped) {
    return -1 / clipped;
  }

  /**
   * {@code logsumexp(z) - z[y]}, shifted by {@code max(z)} and written as
   * {@code log1p(sum of the other shifted exponentials) + (max - z[y])}, so a confident correct
   * prediction keeps full relative precision and logits of any finite size do not overflow.
   */
  public static double lossFromLogits(double label, double[] logits) {
    int y = checkLogits("cross_entropy_logits", label, logits);
    int top = Predictions.argmax(logits);
    double max = logits[top];
    double others = 0;
    for (int i = 0; i < logits.length; i++) {
      if (i != top) {
        others += Math.exp(logits[i] - max);
      }
    }
    return Math.log1p(others) + (max - logits[y]);
  }

  /**
   * Writes {@code softmax(z) - onehot(y)} into {@code out}; the label's entry is computed as
   * {@code -(sum of the other classes' mass)}, without the cancellation of {@code p_y - 1}.
   */
  public static void gradientFromLogits(double label, double[] logits, double[] out) {
    int y = checkLogits("cross_entropy_logits_grad", label, logits);
    double max = logits[Predictions.argmax(logits)];
    double sum = 0;
    double othersThanLabel = 0;
    for (int i = 0; i < logits.length; i++) {
      double e = Math.exp(logits[i] - max);
      out[i] = e;
      sum += e;
      if (i != y) {
        othersThanLabel += e;
      }
    }
    for (int i = 0; i < logits.length; i++) {
      out[i] /= sum;
    }
    out[y] = -othersThanLabel / sum;
  }

  /**
   * {@code -sum_i target[i] ln p~[i]}, where terms with {@code target[i] = 0} are 0. Validates
   * both vectors entry by entry in {@code [0, 1]} and of equal length.
   */
  public static double softLoss(double[] target, double[] probs, double eps) {
    checkPair("soft_cross_entropy", "target", target, probs, eps);
    double sum = 0;
    for (int i = 0; i < probs.length; i++) {
      if (target[i] != 0) {
        sum -= target[i] * Clip.log(probs[i], eps);
      }
    }
    return sum;
  }

  /** Writes {@code -target[i] / p~[i]} (0 where {@code target[i] = 0}) into {@code out}. */
  public static void softGradient(double[] target, double[] probs, double eps, double[] out) {
    checkPair("soft_cross_entropy_grad", "target", target, probs, eps);
    for (int i = 0; i < probs.length; i++) {
      out[i] = target[i] == 0 ? 0 : -target[i] / Clip.of(probs[i], eps);
    }
  }

  /** {@code -class_weights[y] ln p~[y]}; class weights are {@code >= 0}, one per class. */
  public static double weightedLoss(double label, double[] probs, double[] classWeights,
      double eps) {
    int y = checkWeighted("weighted_cross_entropy", label, probs, classWeights, eps);
    return uncheckedWeightedLoss(y, probs, classWeights, eps);
  }

  static double uncheckedWeightedLoss(int y, double[] probs, double[] classWeights, double eps) {
    return classWeights[y] == 0 ? 0 : -classWeights[y] * Clip.log(probs[y], eps);
  }

  /** Writes {@code -class_weights[y] / p~[y]} at the label and {@code 0} elsewhere. */
  public static void weightedGradient(double label, double[] probs, double[] classWeights,
      double eps, double[] out) {
    int y = checkWeighted("weighted_cross_entropy_grad", label, probs, classWeights, eps);
    uncheckedWeightedGradient(y, probs, classWeights, eps, out);
  }

  static void uncheckedWeightedGradient(int y, double[] probs, double[] classWeights, double eps,
      double[] out) {
    Arrays.fill(out, 0, probs.length, 0.0);
    out[y] = uncheckedWeightedLabelGradient(y, probs, classWeights, eps);
  }

  /** The weighted gradient's one nonzero entry, at the label. */
  static double uncheckedWeightedLabelGradient(int y, double[] probs, double[] classWeights,
      double eps) {
    return classWeights[y] == 0 ? 0 : -classWeights[y] / Clip.of(probs[y], eps);
  }

  /**
   * {@code sum_i binary_cross_entropy(labels[i], probs[i], eps)}: a sum over the labels, not
   * a mean. Labels may be soft.
   */
  public static double multilabelLoss(double[] labels, double[] probs, double eps) {
    checkPair("multilabel_cross_entropy", "labels", labels, probs, eps);
    double sum = 0;
    for (int i = 0; i < probs.length; i++) {
      sum += BinaryCrossEntropy.unchecked(labels[i], probs[i], eps);
    }
    return sum;
  }

  /** Writes {@code binary_cross_entropy_grad(labels[i], probs[i], eps)} into {@code out[i]}. */
  public static void multilabelGradient(double[] labels, double[] probs, double eps,
      double[] out) {
    checkPair("multilabel_cross_entropy_grad", "labels", labels, probs, eps);
    for (int i = 0; i < probs.length; i++) {
      out[i] = BinaryCrossEntropy.uncheckedGradient(labels[i], probs[i], eps);
    }
  }

  private static int checkProbs(String fn, double label, double[] probs, double eps) {
    Check.eps(fn, eps);
    Check.unitIntervalEntries(fn, "probs", probs);
    return Check.classIndex(fn, label, probs.length);
  }

  private static int checkLogits(String fn, double label, double[] logits) {
    Check.finiteEntries(fn, "logits", logits);
    return Check.classIndex(fn, label, logits.length);
  }

  private static int checkWeighted(String fn, double label, double[] probs,
      double[] classWeights, double eps) {
    int y = checkProbs(fn, label, probs, eps);
    Check.nonNegativeEntries(fn, "class_weights", classWeights);
    Check.sameLength(fn, "probs", probs, "class_weights", classWeights);
    return y;
  }

  private static void checkPair(String fn, String targetName, double[] target, double[] probs,
      double eps) {
    Check.eps(fn, eps);
    Check.unitIntervalEntries(fn, targetName, target);
    Check.unitIntervalEntries(fn, "probs", probs);
    Check.sameLength(fn, targetName, target, "probs", probs);
  }
}
