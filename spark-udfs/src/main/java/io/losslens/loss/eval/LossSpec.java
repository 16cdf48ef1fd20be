package io.losslens.loss.eval;

import io.losslens.loss.BinaryCrossEntropy;
import io.losslens.loss.Check;
import io.losslens.loss.CrossEntropy;
import io.losslens.loss.Divergence;
import io.losslens.loss.FocalLoss;
import io.losslens.loss.HingeLoss;
import io.losslens.loss.LossInputException;
import io.losslens.loss.Predictions;
import io.losslens.loss.Unchecked;
import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.eval.LossKind.Prediction;
import io.losslens.loss.stats.InvalidReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A contract loss with its constant parameters, validated once when set (with the messages of
 * the SQL functions), and evaluated per row by the same kernels the SQL functions call.
 * Immutable: {@code LossSpec.of("focal_loss").withGamma(1)} is a new spec.
 *
 * <p>Rows are checked by {@link #problem}, which tests the rules in {@link InvalidReason} order
 * and throws nothing, before the kernel (which would throw on the same rows) evaluates them.
 */
public final class LossSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LossKind kind;
  private final double eps;
  private final double gamma;
  private final double alpha;
  private final double[] alphas;
  private final double[] classWeights;

  private LossSpec(LossKind kind, double eps, double gamma, double alpha, double[] alphas,
      double[] classWeights) {
    this.kind = Objects.requireNonNull(kind);
    this.eps = eps;
    this.gamma = gamma;
    this.alpha = alpha;
    this.alphas = alphas;
    this.classWeights = classWeights;
  }

  /** {@code kind} with the contract's defaults. */
  public static LossSpec of(LossKind kind) {
    return new LossSpec(kind, LossParam.EPS.defaultValue(), LossParam.GAMMA.defaultValue(),
        LossParam.ALPHA.defaultValue(), null, null);
  }

  /** The loss of the SQL name {@code name} with the contract's defaults. */
  public static LossSpec of(String name) {
    return of(LossKind.of(name));
  }

  /** Binary focal loss on probabilities. */
  public static LossSpec focal(double alpha, double gamma) {
    return of(LossKind.FOCAL_LOSS).withAlpha(alpha).withGamma(gamma);
  }

  /** Multi-class focal loss on probabilities, with a weight per class if {@code alphas} are given. */
  public static LossSpec multiclassFocal(double gamma, double... alphas) {
    LossSpec focal = of(LossKind.MULTICLASS_FOCAL_LOSS).withGamma(gamma);
    return alphas.length == 0 ? focal : focal.withAlphas(alphas);
  }

  /** Class-weighted cross-entropy {@code -class_weights[y] ln p~[y]}. */
  public static LossSpec weightedCrossEntropy(double... classWeights) {
    return of(LossKind.WEIGHTED_CROSS_ENTROPY).withClassWeights(classWeights);
  }

  public LossSpec withEps(double value) {
    require(LossParam.EPS);
    return new LossSpec(kind, Check.eps(name(), value), gamma, alpha, alphas, classWeights);
  }

  public LossSpec withGamma(double value) {
    require(LossParam.GAMMA);
    return new LossSpec(kind, eps, Check.gamma(name(), value), alpha, alphas, classWeights);
  }

  public LossSpec withAlpha(double value) {
    require(LossParam.ALPHA);
    return new LossSpec(kind, eps, gamma, Check.focalAlpha(name(), value), alphas, classWeights);
  }

  public LossSpec withAlphas(double... values) {
    require(LossParam.ALPHAS);
    Check.nonNegativeEntries(name(), "alphas", values);
    return new LossSpec(kind, eps, gamma, alpha, values.clone(), classWeights);
  }

  public LossSpec withClassWeights(double... values) {
    require(LossParam.CLASS_WEIGHTS);
    Check.nonNegativeEntries(name(), "class_weights", values);
    return new LossSpec(kind, eps, gamma, alpha, alphas, values.clone());
  }

  /**
   * This loss with {@code param} set: {@code values} is the one number of a number parameter, or
   * the list of a vector parameter ({@code alphas}, {@code class_weights}).
   */
  public LossSpec with(LossParam param, double... values) {
    if (!param.isVector() && values.length != 1) {
      throw new IllegalArgumentException(param.sqlName() + " takes one number, not "
          + values.length);
    }
    switch (param) {
      case EPS: return withEps(values[0]);
      case GAMMA: return withGamma(values[0]);
      case ALPHA: return withAlpha(values[0]);
      case ALPHAS: return withAlphas(values);
      default: return withClassWeights(values);
    }
  }

  private void require(LossParam param) {
    if (!kind.takes(param)) {
      throw Check.fail(name(), "takes no parameter " + param.sqlName() + "; its parameters are "
          + (kind.params().isEmpty() ? "none" : kind.params().toString().toLowerCase(
              java.util.Locale.ROOT)));
    }
  }

  /** Fails unless every required parameter is set (the class weights of weighted_cross_entropy). */
  public LossSpec requireComplete() {
    if (kind == LossKind.WEIGHTED_CROSS_ENTROPY && classWeights == null) {
      throw Check.fail(name(), "class_weights is required (a weight >= 0 per class)");
    }
    return this;
  }

  public LossKind kind() {
    return kind;
  }

  /** The SQL name of the loss. */
  public String name() {
    return kind.sqlName();
  }

  /** How many per-class weights ({@code alphas}, {@code class_weights}) are set; 0 without. */
  public int perClassParameterLength() {
    return perClassParameter() == null ? 0 : perClassParameter().length;
  }

  /** The per-class weights the loss itself uses ({@code alphas} or {@code class_weights}), or null. */
  double[] perClassParameter() {
    return alphas != null ? alphas : classWeights;
  }

  /** The loss of one row; throws {@link LossInputException} if the kernel rejects it. */
  public double loss(double label, double[] target, double[] x) {
    switch (kind) {
      case BINARY_CROSS_ENTROPY: return BinaryCrossEntropy.loss(label, positive(x), eps);
      case BINARY_CROSS_ENTROPY_LOGITS: return BinaryCrossEntropy.lossFromLogit(label, positive(x));
      case HINGE_LOSS: return HingeLoss.loss(label, positive(x));
      case SQUARED_HINGE_LOSS: return HingeLoss.squaredLoss(label, positive(x));
      case FOCAL_LOSS: return FocalLoss.loss(label, positive(x), alpha, gamma, eps);
      case FOCAL_LOSS_LOGITS: return FocalLoss.lossFromLogit(label, positive(x), alpha, gamma);
      case CROSS_ENTROPY: return CrossEntropy.loss(label, x, eps);
      case CROSS_ENTROPY_LOGITS: return CrossEntropy.lossFromLogits(label, x);
      case SOFT_CROSS_ENTROPY: return CrossEntropy.softLoss(target, x, eps);
      case WEIGHTED_CROSS_ENTROPY:
        return CrossEntropy.weightedLoss(label, x, requireComplete().classWeights, eps);
      case MULTILABEL_CROSS_ENTROPY: return CrossEntropy.multilabelLoss(target, x, eps);
      case MULTICLASS_HINGE_LOSS: return HingeLoss.multiclassLoss(label, x);
      case MULTICLASS_SQUARED_HINGE_LOSS: return HingeLoss.multiclassSquaredLoss(label, x);
      case MULTICLASS_FOCAL_LOSS: return FocalLoss.multiclassLoss(label, x, gamma, alphas, eps);
      case KL_DIVERGENCE: return Divergence.kl(target, x, eps);
      case JS_DIVERGENCE: return Divergence.js(target, x);
      default: throw new AssertionError(kind);
    }
  }

  /**
   * {@link #loss} of a row {@link #problem} accepted, without the kernel checking the row again
   * where an unchecked form of the kernel exists (the same formula, so the same bits).
   */
  public double validLoss(double label, double[] target, double[] x) {
    switch (kind) {
      case CROSS_ENTROPY: return Unchecked.crossEntropy((int) label, x, eps);
      case WEIGHTED_CROSS_ENTROPY:
        return Unchecked.weightedCrossEntropy((int) label, x, requireComplete().classWeights, eps);
      case MULTICLASS_FOCAL_LOSS:
        return Unchecked.multiclassFocal((int) label, x, gamma, alphas, eps);
      case MULTICLASS_HINGE_LOSS:
      case MULTICLASS_SQUARED_HINGE_LOSS:
        return lossOfHingeMargin(Unchecked.multiclassHinge((int) label, x));
      default: return loss(label, target, x);
    }
  }

  /**
   * Whether the loss and its gradient magnitude follow from the row's multi-class hinge margin
   * ({@link Unchecked#multiclassHinge}), which the hinge losses of one row can share: the scan
   * for the strongest rival is the costly part.
   */
  boolean followsHingeMargin() {
    return kind == LossKind.MULTICLASS_HINGE_LOSS || kind == LossKind.MULTICLASS_SQUARED_HINGE_LOSS;
  }

  /**
   * Whether the loss and its gradient magnitude follow from the row's {@code ln p~[y]}
   * ({@link Unchecked#labelLog}) at this loss's {@code eps}, which cross-entropy and the
   * multi-class focal loss of one row share.
   */
  boolean followsLabelLog() {
    return kind == LossKind.CROSS_ENTROPY || kind == LossKind.MULTICLASS_FOCAL_LOSS;
  }

  /** The clip of a loss that {@link #followsLabelLog}. */
  double labelLogEps() {
    return eps;
  }

  /**
   * {@link #validLoss} of a row whose {@code ln p~[y]} is {@code labelLog} and whose
   * {@code 1 - p~[y]} is {@code missed} ({@link Unchecked#missedLabelProbability}).
   */
  double lossOfLabelParts(int y, double missed, double labelLog) {
    return kind == LossKind.CROSS_ENTROPY ? Unchecked.crossEntropyOfLabelLog(labelLog)
        : Unchecked.multiclassFocalOfParts(y, alphas, gamma, missed, labelLog);
  }

  /**
   * {@link #validGradientMagnitude} of a row whose parts are as for {@link #lossOfLabelParts},
   * and whose {@code p~[y]} is {@code clipped} ({@link Unchecked#clippedLabelProbability}).
   */
  double gradientMagnitudeOfLabelParts(int y, double missed, double clipped, double labelLog) {
    // cross-entropy's gradient, -1 / p~[y], has no log
    return kind == LossKind.CROSS_ENTROPY
        ? Unchecked.crossEntropyGradientMagnitudeOfClipped(clipped)
        : Unchecked.multiclassFocalGradientMagnitudeOfParts(y, alphas, gamma, missed, clipped,
            labelLog);
  }

  /** {@link #validLoss} of a row whose multi-class hinge margin is {@code margin}. */
  double lossOfHingeMargin(double margin) {
    return kind == LossKind.MULTICLASS_SQUARED_HINGE_LOSS
        ? Unchecked.multiclassSquaredHinge(margin) : margin;
  }

  /** {@link #validGradientMagnitude} of a row whose multi-class hinge margin is {@code margin}. */
  double gradientMagnitudeOfHingeMargin(double margin) {
    return Unchecked.multiclassHingeGradientMagnitude(margin,
        kind == LossKind.MULTICLASS_SQUARED_HINGE_LOSS);
  }

  /** {@link #gradientMagnitude} of a row {@link #problem} accepted, as {@link #validLoss}. */
  public double validGradientMagnitude(double label, double[] target, double[] x,
      double[] scratch) {
    switch (kind) {
      // closed forms of the norm of gradients nonzero at one or two entries: the bits norm gives
      case CROSS_ENTROPY: return Unchecked.crossEntropyGradientMagnitude((int) label, x, eps);
      case WEIGHTED_CROSS_ENTROPY:
        return Unchecked.weightedCrossEntropyGradientMagnitude((int) label, x,
            requireComplete().classWeights, eps);
      case MULTICLASS_FOCAL_LOSS:
        return Unchecked.multiclassFocalGradientMagnitude((int) label, x, gamma, alphas, eps);
      case MULTICLASS_HINGE_LOSS:
      case MULTICLASS_SQUARED_HINGE_LOSS:
        return gradientMagnitudeOfHingeMargin(Unchecked.multiclassHinge((int) label, x));
      default: return gradientMagnitude(label, target, x, scratch);
    }
  }

  /**
   * The magnitude of the gradient of the loss with respect to the prediction: the absolute
   * value for a scalar prediction, the Euclidean norm for a vector ({@code scratch} holds at
   * least as many entries as {@code x}). Call it on rows {@link #loss} accepted.
   */
  public double gradientMagnitude(double label, double[] target, double[] x, double[] scratch) {
    switch (kind) {
      case BINARY_CROSS_ENTROPY:
        return Math.abs(BinaryCrossEntropy.gradient(label, positive(x), eps));
      case BINARY_CROSS_ENTROPY_LOGITS:
        return Math.abs(BinaryCrossEntropy.gradientFromLogit(label, positive(x)));
      case HINGE_LOSS: return Math.abs(HingeLoss.gradient(label, positive(x)));
      case SQUARED_HINGE_LOSS: return Math.abs(HingeLoss.squaredGradient(label, positive(x)));
      case FOCAL_LOSS: return Math.abs(FocalLoss.gradient(label, positive(x), alpha, gamma, eps));
      case FOCAL_LOSS_LOGITS:
        return Math.abs(FocalLoss.gradientFromLogit(label, positive(x), alpha, gamma));
      case CROSS_ENTROPY: CrossEntropy.gradient(label, x, eps, scratch); break;
      case CROSS_ENTROPY_LOGITS: CrossEntropy.gradientFromLogits(label, x, scratch); break;
      case SOFT_CROSS_ENTROPY: CrossEntropy.softGradient(target, x, eps, scratch); break;
      case WEIGHTED_CROSS_ENTROPY:
        CrossEntropy.weightedGradient(label, x, requireComplete().classWeights, eps, scratch);
        break;
      case MULTILABEL_CROSS_ENTROPY: CrossEntropy.multilabelGradient(target, x, eps, scratch); break;
      case MULTICLASS_HINGE_LOSS: HingeLoss.multiclassGradient(label, x, scratch); break;
      case MULTICLASS_SQUARED_HINGE_LOSS:
        HingeLoss.multiclassSquaredGradient(label, x, scratch);
        break;
      case MULTICLASS_FOCAL_LOSS:
        FocalLoss.multiclassGradient(label, x, gamma, alphas, eps, scratch);
        break;
      case KL_DIVERGENCE: Divergence.klGradient(target, x, eps, scratch); break;
      case JS_DIVERGENCE: Divergence.jsGradient(target, x, scratch); break;
      default: throw new AssertionError(kind);
    }
    return norm(scratch, x.length);
  }

  /**
   * The predicted probability of {@code trueClass} (0 or 1 for binary losses), unclipped: the
   * entry of a probability vector, the softmax or sigmoid of logits. NaN for scores, which are
   * not probabilities. Call it on rows {@link #loss} accepted.
   */
  public double trueProbability(int trueClass, double[] x) {
    switch (kind.prediction()) {
      case PROBABILITY: return trueClass == 1 ? positive(x) : 1 - positive(x);
      // softmax(z)[y] = exp(-cross_entropy_logits(y, z)), sigmoid likewise: no second formula
      case LOGIT: return Math.exp(-BinaryCrossEntropy.lossFromLogit(trueClass, positive(x)));
      case PROBABILITIES: return x[trueClass];
      case LOGITS: return Math.exp(-CrossEntropy.lossFromLogits(trueClass, x));
      default: return Double.NaN;
    }
  }

  /**
   * The predicted class: the argmax of a vector (lowest index on ties), or for a binary
   * prediction 1 when {@code p > 0.5} ({@code z > 0}, {@code score > 0}), as Spark ML predicts.
   */
  public int predictedClass(double[] x) {
    switch (kind.prediction()) {
      case PROBABILITY: return positive(x) > 0.5 ? 1 : 0;
      case LOGIT:
      case SCORE: return positive(x) > 0 ? 1 : 0;
      default: return Predictions.argmax(x);
    }
  }

  /** The number of classes a prediction stands for: 2 for a binary loss, else its length. */
  public int classesOf(double[] x) {
    return kind.prediction().isVector() ? x.length : 2;
  }

  /** The positive-class entry of a binary prediction given as a number or a 2-vector. */
  private double positive(double[] x) {
    if (x.length == 1) {
      return x[0];
    }
    if (x.length == 2 && validEntry(x[0])) {
      return x[1];
    }
    throw Check.fail(name(), "a binary prediction is a number or a (negative, positive) 2-vector");
  }

  private boolean validEntry(double v) {
    return kind.prediction().isProbability() ? v >= 0 && v <= 1 : Double.isFinite(v);
  }

  /**
   * Why the label and prediction of a row break this loss's rules, or null when they do not.
   * The first rule broken in {@link InvalidReason} order is reported, with the offending values.
   * (Weights are the aggregation's business.)
   */
  public RowProblem problem(Double label, double[] target, double[] x) {
    boolean vectorLabel = kind.label() == Label.DISTRIBUTION;
    if (!vectorLabel && label == null) {
      return new RowProblem(InvalidReason.NULL_LABEL, "the label is NULL");
    }
    return problemOfPresentLabel(vectorLabel ? Double.NaN : label, target, x);
  }

  /**
   * {@link #problem} of a row whose label, if the loss takes a number, is not NULL: without
   * boxing it ({@code label} is ignored for a vector label).
   */
  RowProblem problemOfPresentLabel(double label, double[] target, double[] x) {
    if (kind.label() == Label.DISTRIBUTION && target == null) {
      return new RowProblem(InvalidReason.NULL_LABEL, "the label is NULL");
    }
    if (x == null) {
      return new RowProblem(InvalidReason.NULL_PREDICTION, "the prediction is NULL");
    }
    if (x.length > 0 && entriesValid(x)) {
      // every entry passes both entry rules below: on to the rest, in the same order
      return problemBeyondEntries(label, target, x);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        return new RowProblem(InvalidReason.NON_FINITE_PREDICTION, entry("prediction", i, x)
            + "; a prediction must be finite");
      }
    }
    if (x.length == 0) {
      return new RowProblem(InvalidReason.EMPTY_PREDICTION, "the prediction vector is empty");
    }
    RowProblem length = lengthProblem(target, x);
    if (length != null) {
      return length;
    }
    if (kind.prediction().isProbability()) {
      for (int i = 0; i < x.length; i++) {
        if (x[i] < 0 || x[i] > 1) {
          return new RowProblem(InvalidReason.PROBABILITY_OUT_OF_RANGE, entry("prediction", i, x)
              + ", outside [0, 1]");
        }
      }
    }
    return labelProblem(label, target, x);
  }

  /**
   * Whether {@link #problemBeyondEntries} of {@code other} always agrees with this loss's on
   * whether a row is valid: those rules read only the kinds of label and prediction and the
   * length of the per-class parameter.
   */
  boolean sameRulesBeyondEntries(LossSpec other) {
    return kind.label() == other.kind.label() && kind.prediction() == other.kind.prediction()
        && perClassParameterLength() == other.perClassParameterLength();
  }

  /**
   * {@link #problem} of a row whose label and prediction are not NULL and whose prediction
   * entries are known to pass this loss's entry rules (finite, in {@code [0, 1]} for
   * probabilities) and are not empty: the rules that remain, in the same order.
   */
  RowProblem problemBeyondEntries(double label, double[] target, double[] x) {
    RowProblem length = lengthProblem(target, x);
    return length != null ? length : labelProblem(label, target, x);
  }

  /** One pass over the entries: finite, and in {@code [0, 1]} for probabilities. */
  private boolean entriesValid(double[] x) {
    if (kind.prediction().isProbability()) {
      return Check.allInUnitInterval(x);
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  private RowProblem lengthProblem(double[] target, double[] x) {
    String problem = null;
    if (!kind.prediction().isVector()) {
      if (x.length > 2) {
        problem = "a binary prediction is a number or a (negative, positive) 2-vector, but it has "
            + x.length + " entries";
      }
    } else if (kind.prediction() == Prediction.SCORES && x.length < 2) {
      problem = name() + " needs at least 2 class scores, but the prediction has 1";
    } else if (kind.label() == Label.DISTRIBUTION && target.length != x.length) {
      problem = "the label has " + target.length + " entries and the prediction " + x.length;
    } else if (perClassParameter() != null && perClassParameter().length != x.length) {
      problem = (alphas != null ? "alphas" : "class_weights") + " has "
          + perClassParameter().length + " entries (one per class), but the prediction has "
          + x.length;
    }
    return problem == null ? null : new RowProblem(InvalidReason.VECTOR_LENGTH_MISMATCH, problem);
  }

  private RowProblem labelProblem(double label, double[] target, double[] x) {
    String problem = null;
    switch (kind.label()) {
      case BINARY:
        if (!(label >= 0 && label <= 1)) {
          problem = "label " + label + " is not in [0, 1]";
        }
        break;
      case HINGE:
        if (!Check.isHingeLabel(label)) {
          problem = "label " + label + " is not 1 (positive) or 0 or -1 (negative)";
        }
        break;
      case CLASS:
        if (!Check.isClassIndex(label, x.length)) {
          problem = "label " + label + " is not a class index, a whole number in [0, " + x.length
              + ")";
        }
        break;
      default:
        for (int i = 0; i < target.length; i++) {
          if (!(target[i] >= 0 && target[i] <= 1)) {
            problem = entry("label", i, target) + ", outside [0, 1]";
            break;
          }
        }
    }
    return problem == null ? null : new RowProblem(InvalidReason.LABEL_OUT_OF_RANGE, problem);
  }

  private static String entry(String what, int i, double[] v) {
    return v.length == 1 ? what + " is " + v[0] : what + "[" + i + "] is " + v[i];
  }

  /** The Euclidean norm of {@code v[0..n)}, scaled so that squares cannot overflow. */
  static double norm(double[] v, int n) {
    double scale = 0;
    int nonzero = 0;
    double last = 0;
    for (int i = 0; i < n; i++) {
      if (v[i] != 0) { // NaN too
        nonzero++;
        last = v[i];
        scale = Math.max(scale, Math.abs(last));
      }
    }
    if (nonzero == 1) {
      // most gradients are nonzero at the label alone: their norm is that entry's magnitude,
      // exactly what the scaled sum below gives (|x| * sqrt((x/|x|)^2) = |x|), without it
      return Math.abs(last);
    }
    if (scale == 0 || scale == Double.POSITIVE_INFINITY) {
      return scale;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      // a zero adds +0.0: skip its division
      if (v[i] != 0) {
        double r = v[i] / scale;
        sum += r * r;
      }
    }
    return scale * Math.sqrt(sum);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LossSpec)) {
      return false;
    }
    LossSpec s = (LossSpec) o;
    return kind == s.kind && Double.compare(eps, s.eps) == 0 && Double.compare(gamma, s.gamma) == 0
        && Double.compare(alpha, s.alpha) == 0 && Arrays.equals(alphas, s.alphas)
        && Arrays.equals(classWeights, s.classWeights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, eps, gamma, alpha, Arrays.hashCode(alphas),
        Arrays.hashCode(classWeights));
  }

  /** {@code focal_loss(alpha=0.25, gamma=2.0, eps=1.0E-15)}: the loss and its parameters. */
  @Override
  public String toString() {
    List<String> params = new ArrayList<>();
    for (LossParam p : kind.params()) {
      switch (p) {
        case EPS: params.add("eps=" + eps); break;
        case GAMMA: params.add("gamma=" + gamma); break;
        case ALPHA: params.add("alpha=" + alpha); break;
        case ALPHAS: if (alphas != null) { params.add("alphas=" + Arrays.toString(alphas)); } break;
        default:
          if (classWeights != null) {
            params.add("class_weights=" + Arrays.toString(classWeights));
          }
      }
    }
    return name() + "(" + String.join(", ", params) + ")";
  }
}
