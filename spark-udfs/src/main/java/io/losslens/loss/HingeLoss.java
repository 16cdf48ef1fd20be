package io.losslens.loss;

/**
 * Hinge and squared hinge losses: binary (label 1 is positive, 0 or -1 negative) and
 * multi-class (Crammer-Singer). Scores are raw margins and are never clipped.
 */
public final class HingeLoss {
  private HingeLoss() {}

  /** {@code max(0, 1 - t s)} with {@code t = +1} for label 1 and {@code -1} for labels 0 and -1. */
  public static double loss(double label, double score) {
    return margin("hinge_loss", label, score);
  }

  /** {@code max(0, 1 - t s)^2}. */
  public static double squaredLoss(double label, double score) {
    double m = margin("squared_hinge_loss", label, score);
    return m * m;
  }

  /** {@code -t} where {@code t s < 1}, else {@code 0} (the subgradient 0 at the kink). */
  public static double gradient(double label, double score) {
    String fn = "hinge_loss_grad";
    double t = Check.hingeSign(fn, label);
    Check.finite(fn, "score", score);
    return t * score < 1 ? -t : 0;
  }

  /** {@code -2 t max(0, 1 - t s)}. */
  public static double squaredGradient(double label, double score) {
    String fn = "squared_hinge_loss_grad";
    double t = Check.hingeSign(fn, label);
    Check.finite(fn, "score", score);
    return -2 * t * Math.max(0, 1 - t * score);
  }

  /** Crammer-Singer {@code max(0, 1 + max_{j != y} s[j] - s[y])}; needs at least 2 classes. */
  public static double multiclassLoss(double label, double[] scores) {
    String fn = "multiclass_hinge_loss";
    return multiclassMargin(scores, checkMulticlass(fn, label, scores));
  }

  /** The square of {@link #multiclassLoss}. */
  public static double multiclassSquaredLoss(double label, double[] scores) {
    String fn = "multiclass_squared_hinge_loss";
    return multiclassSquaredMargin(scores, checkMulticlass(fn, label, scores));
  }

  static double multiclassSquaredMargin(double[] scores, int y) {
    return square(multiclassMargin(scores, y));
  }

  /** The squared hinge loss of a row whose hinge loss is {@code margin}. */
  static double square(double margin) {
    return margin * margin;
  }

  /**
   * Writes the subgradient of {@link #multiclassLoss} into {@code out} (length of
   * {@code scores}): where the loss is positive, {@code +1} at the strongest rival class
   * (lowest index on ties) and {@code -1} at the label; elsewhere {@code 0}.
   */
  public static void multiclassGradient(double label, double[] scores, double[] out) {
    multiclassGradient(checkMulticlass("multiclass_hinge_loss_grad", label, scores), scores,
        false, out);
  }

  /** Writes {@code 2 * multiclass_hinge_loss * d multiclass_hinge_loss / d scores} into {@code out}. */
  public static void multiclassSquaredGradient(double label, double[] scores, double[] out) {
    multiclassGradient(checkMulticlass("multiclass_squared_hinge_loss_grad", label, scores),
        scores, true, out);
  }

  private static double margin(String fn, double label, double score) {
    double t = Check.hingeSign(fn, label);
    Check.finite(fn, "score", score);
    return Math.max(0, 1 - t * score);
  }

  private static int checkMulticlass(String fn, double label, double[] scores) {
    Check.finiteEntries(fn, "scores", scores);
    Check.atLeastTwoClasses(fn, "scores", scores);
    return Check.classIndex(fn, label, scores.length);
  }

  private static int strongestRival(double[] scores, int y) {
    int k = y == 0 ? 1 : 0;
    for (int j = k + 1; j < scores.length; j++) {
      if (j != y && scores[j] > scores[k]) {
        k = j;
      }
    }
    return k;
  }

  static double multiclassMargin(double[] scores, int y) {
    return multiclassMargin(scores, y, strongestRival(scores, y));
  }

  private static double multiclassMargin(double[] scores, int y, int rival) {
    return marginOfRival(scores[rival], scores[y]);
  }

  /** {@code max(0, 1 + rivalScore - labelScore)}: the hinge of the strongest rival's score. */
  static double marginOfRival(double rivalScore, double labelScore) {
    // the score difference first: exact when the scores are close (Sterbenz)
    return Math.max(0, 1 + (rivalScore - labelScore));
  }

  /** The subgradient of the hinge, or of its square ({@code 2 * margin} times it). */
  static void multiclassGradient(int y, double[] scores, boolean squared, double[] out) {
    int rival = strongestRival(scores, y);
    double slope = slope(multiclassMargin(scores, y, rival), squared);
    java.util.Arrays.fill(out, 0, scores.length, 0.0);
    if (slope != 0) {
      out[rival] = slope;
      out[y] = -slope;
    }
  }

  /**
   * The Euclidean norm of {@link #multiclassGradient} of a row whose hinge loss is
   * {@code margin}, without writing it: two entries of magnitude {@code slope}, so
   * {@code slope * sqrt(2)}, the bits the scaled sum of squares gives
   * ({@code slope * sqrt((slope / slope)^2 + (slope / slope)^2)}).
   */
  static double multiclassGradientNorm(double margin, boolean squared) {
    return slope(margin, squared) * Math.sqrt(2);
  }

  /** The magnitude of the subgradient's two nonzero entries; 0 where the loss is 0. */
  private static double slope(double margin, boolean squared) {
    return margin > 0 ? squared ? 2 * margin : 1 : 0;
  }
}
