package io.losslens.loss;

/**
 * Focal loss (Lin et al. 2017): cross-entropy scaled by {@code (1 - p_t)^gamma}, which shrinks
 * the loss of well-classified examples, and by a class weight {@code alpha_t}.
 */
public final class FocalLoss {
  private FocalLoss() {}

  /**
   * {@code alpha_t (1 - p_t)^gamma BCE(y, p, eps)} with {@code p_t = p~ y + (1 - p~)(1 - y)},
   * {@code alpha_t = alpha y + (1 - alpha)(1 - y)}, or {@code 1} when {@code alpha < 0}.
   * Both {@code p~} and {@code 1 - p~} are the contract's exact clips of {@code p} and
   * {@code 1 - p}. Validates {@code y, p} in {@code [0, 1]}, {@code alpha <= 1},
   * {@code gamma >= 0} and {@code 0 < eps < 0.5}.
   */
  public static double loss(double label, double p, double alpha, double gamma, double eps) {
    check("focal_loss", label, p, alpha, gamma, eps);
    double y = label;
    return alphaT(alpha, y) * power(missed(y, p, eps), gamma)
        * BinaryCrossEntropy.unchecked(y, p, eps);
  }

  /** {@code d focal_loss / d p}, the derivative of the unclipped formula at the clipped values. */
  public static double gradient(double label, double p, double alpha, double gamma, double eps) {
    check("focal_loss_grad", label, p, alpha, gamma, eps);
    double y = label;
    double missed = missed(y, p, eps);
    double bce = BinaryCrossEntropy.unchecked(y, p, eps);
    double bceGradient = BinaryCrossEntropy.uncheckedGradient(y, p, eps);
    // missed >= eps > 0, so missed^(gamma - 1) is finite; d missed / d p = 1 - 2y
    double modulationGradient = gamma == 0 ? 0 : gamma * power(missed, gamma - 1) * (1 - 2 * y);
    return alphaT(alpha, y) * (modulationGradient * bce + power(missed, gamma) * bceGradient);
  }

  /**
   * Focal loss of {@code p = sigmoid(z)} with the cross-entropy term computed as
   * {@code binary_cross_entropy_logits(y, z)}: exact for any finite logit, no clipping.
   */
  public static double lossFromLogit(double label, double z, double alpha, double gamma) {
    checkLogit("focal_loss_logits", label, z, alpha, gamma);
    double y = label;
    double missed = missedFromLogit(y, Sigmoid.of(z), Sigmoid.of(-z));
    return alphaT(alpha, y) * power(missed, gamma) * BinaryCrossEntropy.uncheckedFromLogit(y, z);
  }

  /** {@code d focal_loss_logits / d z}. */
  public static double gradientFromLogit(double label, double z, double alpha, double gamma) {
    checkLogit("focal_loss_logits_grad", label, z, alpha, gamma);
    double y = label;
    double p = Sigmoid.of(z);
    double q = Sigmoid.of(-z);
    double missed = missedFromLogit(y, p, q);
    double weight = power(missed, gamma);
    // d missed / d z = (1 - 2y) p q, and missed^(gamma-1) p q = missed^gamma * (p q / missed);
    // for hard labels p q / missed is p or q exactly, which stays finite where missed underflows
    double pqOverMissed = y == 1 ? p : y == 0 ? q : missed > 0 ? p * q / missed : 0;
    double modulation = gamma * (1 - 2 * y) * weight * pqOverMissed;
    return alphaT(alpha, y)
        * (modulation * BinaryCrossEntropy.uncheckedFromLogit(y, z) + weight * Sigmoid.minus(z, y));
  }

  /**
   * Multi-class focal loss {@code -alpha_y (1 - p~[y])^gamma ln p~[y]}; {@code alphas} may be
   * {@code null} (every class weighs 1). Validates every entry of {@code probs} in
   * {@code [0, 1]}, {@code alphas >= 0} of the same length, {@code gamma >= 0},
   * {@code 0 < eps < 0.5} and the label as a class index.
   */
  public static double multiclassLoss(double label, double[] probs, double gamma, double[] alphas,
      double eps) {
    int y = checkMulticlass("multiclass_focal_loss", label, probs, gamma, alphas, eps);
    return uncheckedMulticlassLoss(y, probs, gamma, alphas, eps);
  }

  static double uncheckedMulticlassLoss(int y, double[] probs, double gamma, double[] alphas,
      double eps) {
    return multiclassLossOfLabelLog(y, probs, gamma, alphas, eps, Clip.log(probs[y], eps));
  }

  /** {@link #uncheckedMulticlassLoss} given {@code labelLog = ln p~[y]}. */
  static double multiclassLossOfLabelLog(int y, double[] probs, double gamma, double[] alphas,
      double eps, double labelLog) {
    return multiclassLossOfParts(y, alphas, gamma, Clip.complement(probs[y], eps), labelLog);
  }

  /**
   * {@link #multiclassLossOfLabelLog} given also {@code missed = 1 - p~[y]}
   * ({@link Clip#complement}).
   */
  static double multiclassLossOfParts(int y, double[] alphas, double gamma, double missed,
      double labelLog) {
    return -classAlpha(alphas, y) * power(missed, gamma) * labelLog;
  }

  /** {@link #multiclassLoss(double, double[], double, double[], double)} without class alphas. */
  public static double multiclassLoss(double label, double[] probs, double gamma, double eps) {
    return multiclassLoss(label, probs, gamma, null, eps);
  }

  /**
   * Writes {@code d multiclass_focal_loss / d probs} into {@code out}: nonzero only at the
   * label, {@code alpha_y (gamma (1 - p~)^(gamma - 1) ln p~ - (1 - p~)^gamma / p~)}.
   */
  public static void multiclassGradient(double label, double[] probs, double gamma,
      double[] alphas, double eps, double[] out) {
    int y = checkMulticlass("multiclass_focal_loss_grad", label, probs, gamma, alphas, eps);
    uncheckedMulticlassGradient(y, probs, gamma, alphas, eps, out);
  }

  static void uncheckedMulticlassGradient(int y, double[] probs, double gamma, double[] alphas,
      double eps, double[] out) {
    java.util.Arrays.fill(out, 0, probs.length, 0.0);
    out[y] = uncheckedMulticlassLabelGradient(y, probs, gamma, alphas, eps);
  }

  /** The multi-class gradient's one nonzero entry, at the label. */
  static double uncheckedMulticlassLabelGradient(int y, double[] probs, double gamma,
      double[] alphas, double eps) {
    return multiclassLabelGradientOfLabelLog(y, probs, gamma, alphas, eps,
        Clip.log(probs[y], eps));
  }

  /** {@link #uncheckedMulticlassLabelGradient} given {@code labelLog = ln p~[y]}. */
  static double multiclassLabelGradientOfLabelLog(int y, double[] probs, double gamma,
      double[] alphas, double eps, double labelLog) {
    double py = probs[y];
    return multiclassLabelGradientOfParts(y, alphas, gamma, Clip.complement(py, eps),
        Clip.of(py, eps), labelLog);
  }

  /**
   * {@link #multiclassLabelGradientOfLabelLog} given also {@code missed = 1 - p~[y]} and
   * {@code clipped = p~[y]} ({@link Clip#complement}, {@link Clip#of}).
   */
  static double multiclassLabelGradientOfParts(int y, double[] alphas, double gamma,
      double missed, double clipped, double labelLog) {
    double modulationGradient = gamma == 0 ? 0 : gamma * power(missed, gamma - 1);
    return classAlpha(alphas, y) * (modulationGradient * labelLog
        - power(missed, gamma) / clipped);
  }

  /**
   * {@code Math.pow(x, exponent)}, without pow's costly general path at the usual gamma = 2 (and
   * gamma - 1 = 1) when the exponent is a variable: {@code Math.pow(x, 1)} is {@code x} by its
   * contract, and HotSpot computes {@code Math.pow(x, 2)} as {@code x * x} (fdlibm's own special
   * case), which is correctly rounded, so the bits are the same.
   */
  private static double power(double x, double exponent) {
    if (exponent == 2) {
      return x * x;
    }
    return exponent == 1 ? x : Math.pow(x, exponent);
  }

  /**
   * {@code 1 - p_t = (1 - p~) y + p~ (1 - y)}, with both clips taken exactly, so it is at least
   * {@code eps}.
   */
  private static double missed(double y, double p, double eps) {
    return Clip.complement(p, eps) * y + Clip.of(p, eps) * (1 - y);
  }

  /** {@code 1 - p_t} for {@code p = sigmoid(z)}, given {@code sigmoid(z)} and {@code sigmoid(-z)}. */
  private static double missedFromLogit(double y, double sigmoid, double sigmoidOfMinus) {
    return sigmoidOfMinus * y + sigmoid * (1 - y);
  }

  private static double alphaT(double alpha, double y) {
    return alpha < 0 ? 1 : alpha * y + (1 - alpha) * (1 - y);
  }

  private static double classAlpha(double[] alphas, int y) {
    return alphas == null ? 1 : alphas[y];
  }

  private static void check(String fn, double label, double p, double alpha, double gamma,
      double eps) {
    BinaryCrossEntropy.check(fn, label, p, eps);
    Check.focalAlpha(fn, alpha);
    Check.gamma(fn, gamma);
  }

  private static void checkLogit(String fn, double label, double z, double alpha, double gamma) {
    Check.unitInterval(fn, "label", label);
    Check.finite(fn, "z", z);
    Check.focalAlpha(fn, alpha);
    Check.gamma(fn, gamma);
  }

  private static int checkMulticlass(String fn, double label, double[] probs, double gamma,
      double[] alphas, double eps) {
    Check.eps(fn, eps);
    Check.gamma(fn, gamma);
    Check.unitIntervalEntries(fn, "probs", probs);
    if (alphas != null) {
      Check.nonNegativeEntries(fn, "alphas", alphas);
      Check.sameLength(fn, "probs", probs, "alphas", alphas);
    }
    return Check.classIndex(fn, label, probs.length);
  }
}
