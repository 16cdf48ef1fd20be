package io.losslens.loss;

/**
 * The multi-class kernels without their argument checks, for callers that have already checked
 * the row by the same rules (the aggregations check each row once, without throwing, through
 * {@code LossSpec.problem}). The formulas are the kernels' own: each checked kernel is its check
 * followed by the method delegated to here. On an unchecked row the results are undefined.
 *
 * <p>{@code y} is the label as a class index in {@code [0, probs.length)}; probabilities are in
 * {@code [0, 1]}, scores finite and at least two, per-class vectors (alphas, class weights) as
 * long as the prediction, constants ({@code eps}, {@code gamma}) valid.
 */
public final class Unchecked {
  private Unchecked() {}

  /** {@link CrossEntropy#loss}. */
  public static double crossEntropy(int y, double[] probs, double eps) {
    return CrossEntropy.uncheckedLoss(y, probs, eps);
  }

  /**
   * The Euclidean norm of {@link CrossEntropy#gradient}, nonzero at the label alone: the
   * magnitude of that entry, without writing the vector.
   */
  public static double crossEntropyGradientMagnitude(int y, double[] probs, double eps) {
    return Math.abs(CrossEntropy.uncheckedLabelGradient(y, probs, eps));
  }

  /**
   * {@code ln p~[y]}, which {@link #crossEntropyOfLabelLog} and the multi-class focal loss
   * ({@link #multiclassFocalOfParts}, {@link #multiclassFocalGradientMagnitudeOfParts})
   * of one row and one {@code eps} share.
   */
  public static double labelLog(int y, double[] probs, double eps) {
    return CrossEntropy.labelLog(probs[y], eps);
  }

  /**
   * {@code p~[y]}: the label's probability clipped to {@code [eps, 1 - eps]}, which the
   * gradients of cross-entropy and the multi-class focal loss of one row share.
   */
  public static double clippedLabelProbability(int y, double[] probs, double eps) {
    return Clip.of(probs[y], eps);
  }

  /** {@code 1 - p~[y]}, taken exactly, which the multi-class focal losses of a row share. */
  public static double missedLabelProbability(int y, double[] probs, double eps) {
    return Clip.complement(probs[y], eps);
  }

  /** {@link #crossEntropyGradientMagnitude} given {@link #clippedLabelProbability}. */
  public static double crossEntropyGradientMagnitudeOfClipped(double clipped) {
    return Math.abs(CrossEntropy.labelGradientOfClipped(clipped));
  }

  /** {@link #crossEntropy} given {@code labelLog = ln p~[y]}. */
  public static double crossEntropyOfLabelLog(double labelLog) {
    return CrossEntropy.ofLabelLog(labelLog);
  }

  /** {@link CrossEntropy#weightedLoss}. */
  public static double weightedCrossEntropy(int y, double[] probs, double[] classWeights,
      double eps) {
    return CrossEntropy.uncheckedWeightedLoss(y, probs, classWeights, eps);
  }

  /** The norm of {@link CrossEntropy#weightedGradient}, nonzero at the label alone. */
  public static double weightedCrossEntropyGradientMagnitude(int y, double[] probs,
      double[] classWeights, double eps) {
    return Math.abs(CrossEntropy.uncheckedWeightedLabelGradient(y, probs, classWeights, eps));
  }

  /** {@link FocalLoss#multiclassLoss(double, double[], double, double[], double)}. */
  public static double multiclassFocal(int y, double[] probs, double gamma, double[] alphas,
      double eps) {
    return FocalLoss.uncheckedMulticlassLoss(y, probs, gamma, alphas, eps);
  }

  /**
   * {@link #multiclassFocal} given the parts a row's losses share, each computed once:
   * {@code labelLog = ln p~[y]} ({@link #labelLog}) and {@link #missedLabelProbability}.
   */
  public static double multiclassFocalOfParts(int y, double[] alphas, double gamma,
      double missed, double labelLog) {
    return FocalLoss.multiclassLossOfParts(y, alphas, gamma, missed, labelLog);
  }

  /**
   * {@link #multiclassFocalGradientMagnitude} given the parts of {@link #multiclassFocalOfParts}
   * and {@link #clippedLabelProbability}.
   */
  public static double multiclassFocalGradientMagnitudeOfParts(int y, double[] alphas,
      double gamma, double missed, double clipped, double labelLog) {
    return Math.abs(FocalLoss.multiclassLabelGradientOfParts(y, alphas, gamma, missed, clipped,
        labelLog));
  }

  /** The norm of {@link FocalLoss#multiclassGradient}, nonzero at the label alone. */
  public static double multiclassFocalGradientMagnitude(int y, double[] probs, double gamma,
      double[] alphas, double eps) {
    return Math.abs(FocalLoss.uncheckedMulticlassLabelGradient(y, probs, gamma, alphas, eps));
  }

  /**
   * {@link HingeLoss#multiclassLoss}: the margin {@code max(0, 1 + s[rival] - s[y])}, from which
   * the squared loss and both gradient magnitudes follow without another scan for the rival.
   */
  public static double multiclassHinge(int y, double[] scores) {
    return HingeLoss.multiclassMargin(scores, y);
  }

  /**
   * {@link #multiclassHinge} given the strongest rival's score (the largest score of the classes
   * other than the label), as {@link Predictions#topTwo} finds it with the argmax.
   */
  public static double multiclassHingeOfRival(double rivalScore, double labelScore) {
    return HingeLoss.marginOfRival(rivalScore, labelScore);
  }

  /** {@link HingeLoss#multiclassSquaredLoss} of a row whose hinge loss is {@code margin}. */
  public static double multiclassSquaredHinge(double margin) {
    return HingeLoss.square(margin);
  }

  /**
   * The norm of {@link HingeLoss#multiclassGradient} ({@code squared}: of
   * {@link HingeLoss#multiclassSquaredGradient}) of a row whose hinge loss is {@code margin},
   * without writing the vector.
   */
  public static double multiclassHingeGradientMagnitude(double margin, boolean squared) {
    return HingeLoss.multiclassGradientNorm(margin, squared);
  }
}
