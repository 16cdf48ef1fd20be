package io.losslens.loss.eval;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The losses of the SQL contract, each with what its label and prediction are and which
 * constant parameters it takes (in the contract's argument order). The aggregations evaluate
 * rows through {@link LossSpec}, which calls the same kernels as the SQL functions.
 */
public enum LossKind {
  BINARY_CROSS_ENTROPY(Label.BINARY, Prediction.PROBABILITY, LossParam.EPS),
  BINARY_CROSS_ENTROPY_LOGITS(Label.BINARY, Prediction.LOGIT),
  HINGE_LOSS(Label.HINGE, Prediction.SCORE),
  SQUARED_HINGE_LOSS(Label.HINGE, Prediction.SCORE),
  FOCAL_LOSS(Label.BINARY, Prediction.PROBABILITY, LossParam.ALPHA, LossParam.GAMMA,
      LossParam.EPS),
  FOCAL_LOSS_LOGITS(Label.BINARY, Prediction.LOGIT, LossParam.ALPHA, LossParam.GAMMA),
  CROSS_ENTROPY(Label.CLASS, Prediction.PROBABILITIES, LossParam.EPS),
  CROSS_ENTROPY_LOGITS(Label.CLASS, Prediction.LOGITS),
  SOFT_CROSS_ENTROPY(Label.DISTRIBUTION, Prediction.PROBABILITIES, LossParam.EPS),
  WEIGHTED_CROSS_ENTROPY(Label.CLASS, Prediction.PROBABILITIES, LossParam.CLASS_WEIGHTS,
      LossParam.EPS),
  MULTILABEL_CROSS_ENTROPY(Label.DISTRIBUTION, Prediction.PROBABILITIES, LossParam.EPS),
  MULTICLASS_HINGE_LOSS(Label.CLASS, Prediction.SCORES),
  MULTICLASS_SQUARED_HINGE_LOSS(Label.CLASS, Prediction.SCORES),
  MULTICLASS_FOCAL_LOSS(Label.CLASS, Prediction.PROBABILITIES, LossParam.GAMMA, LossParam.ALPHAS,
      LossParam.EPS),
  KL_DIVERGENCE(Label.DISTRIBUTION, Prediction.PROBABILITIES, LossParam.EPS),
  JS_DIVERGENCE(Label.DISTRIBUTION, Prediction.PROBABILITIES);

  /** What the label of a row is. */
  public enum Label {
    /** A binary label in {@code [0, 1]} (soft labels allowed); class 1 is positive. */
    BINARY,
    /** 1 for the positive class, 0 or -1 for the negative one. */
    HINGE,
    /** A 0-based class index, a whole number in {@code [0, C)}. */
    CLASS,
    /** A vector of entries in {@code [0, 1]} as long as the prediction (target, labels, p). */
    DISTRIBUTION
  }

  /**
   * What the prediction of a row is. A scalar prediction may also come as a 2-vector of
   * (negative, positive) entries, like the {@code probability} and {@code rawPrediction}
   * columns of Spark ML binary classifiers; entry 1 is then the prediction.
   */
  public enum Prediction {
    PROBABILITY, LOGIT, SCORE, PROBABILITIES, LOGITS, SCORES;

    public boolean isVector() {
      return this == PROBABILITIES || this == LOGITS || this == SCORES;
    }

    /** Probabilities must lie in {@code [0, 1]}; logits and scores are any finite number. */
    public boolean isProbability() {
      return this == PROBABILITY || this == PROBABILITIES;
    }
  }

  private final Label label;
  private final Prediction prediction;
  private final List<LossParam> params;

  LossKind(Label label, Prediction prediction, LossParam... params) {
    this.label = label;
    this.prediction = prediction;
    this.params = List.of(params);
  }

  /** The loss of the SQL name {@code name} (case-insensitive). */
  public static LossKind of(String name) {
    for (LossKind kind : values()) {
      if (kind.sqlName().equalsIgnoreCase(name.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown loss '" + name + "'; the losses are "
        + Arrays.stream(values()).map(LossKind::sqlName).collect(Collectors.joining(", ")));
  }

  /** The SQL function name: {@code cross_entropy}, {@code focal_loss}, ... */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Label label() {
    return label;
  }

  public Prediction prediction() {
    return prediction;
  }

  /** The constant parameters, in the SQL function's argument order. */
  public List<LossParam> params() {
    return params;
  }

  public boolean takes(LossParam param) {
    return params.contains(param);
  }

  /** Every loss that takes {@code param}. */
  static Set<LossKind> taking(LossParam param) {
    Set<LossKind> kinds = EnumSet.noneOf(LossKind.class);
    for (LossKind kind : values()) {
      if (kind.takes(param)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }
}
