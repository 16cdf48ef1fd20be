package io.losslens.jobs.report;

import io.losslens.loss.eval.LossKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A loss as {@code --losses} names it, whatever the prediction: the report picks the contract
 * function for the prediction kind, the stable formula where there is one (cross-entropy on
 * logits uses {@code cross_entropy_logits}; hinge on a vector is the multi-class hinge).
 */
public enum GenericLoss {
  // the contract function per prediction kind, in PredictionKind order; null: not defined there
  CROSS_ENTROPY(LossKind.CROSS_ENTROPY, LossKind.CROSS_ENTROPY_LOGITS,
      LossKind.BINARY_CROSS_ENTROPY, LossKind.BINARY_CROSS_ENTROPY_LOGITS, null),
  FOCAL_LOSS(LossKind.MULTICLASS_FOCAL_LOSS, null, LossKind.FOCAL_LOSS,
      LossKind.FOCAL_LOSS_LOGITS, null),
  // a vector of probabilities or logits is read as class scores
  HINGE_LOSS(LossKind.MULTICLASS_HINGE_LOSS, LossKind.MULTICLASS_HINGE_LOSS, null,
      LossKind.HINGE_LOSS, LossKind.HINGE_LOSS),
  SQUARED_HINGE_LOSS(LossKind.MULTICLASS_SQUARED_HINGE_LOSS,
      LossKind.MULTICLASS_SQUARED_HINGE_LOSS, null, LossKind.SQUARED_HINGE_LOSS,
      LossKind.SQUARED_HINGE_LOSS);

  private final LossKind probabilities;
  private final LossKind logits;
  private final LossKind probability;
  private final LossKind logit;
  private final LossKind score;

  GenericLoss(LossKind probabilities, LossKind logits, LossKind probability, LossKind logit,
      LossKind score) {
    this.probabilities = probabilities;
    this.logits = logits;
    this.probability = probability;
    this.logit = logit;
    this.score = score;
  }

  /** The loss named {@code name} (case-insensitive); the error lists the names. */
  public static GenericLoss parse(String name) {
    for (GenericLoss loss : values()) {
      if (loss.optionName().equalsIgnoreCase(name.trim())) {
        return loss;
      }
    }
    throw new IllegalArgumentException("unknown loss '" + name + "'; the losses are "
        + Arrays.stream(values()).map(GenericLoss::optionName).collect(Collectors.joining(", ")));
  }

  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The contract loss for predictions of {@code kind}; an error says why there is none. */
  public LossKind on(PredictionKind kind) {
    LossKind chosen;
    switch (kind) {
      case PROBABILITIES: chosen = probabilities; break;
      case LOGITS: chosen = logits; break;
      case PROBABILITY: chosen = probability; break;
      case LOGIT: chosen = logit; break;
      default: chosen = score;
    }
    if (chosen == null) {
      throw new IllegalArgumentException(optionName() + " is not defined on prediction kind "
          + kind.optionValue() + "; " + remedy(kind));
    }
    return chosen;
  }

  private String remedy(PredictionKind kind) {
    switch (this) {
      case FOCAL_LOSS:
        return kind == PredictionKind.LOGITS
            ? "the contract's multi-class focal loss takes probabilities: use the probability "
                + "column with --prediction-kind probabilities"
            : "it needs a probability or a logit";
      case CROSS_ENTROPY: return "it needs probabilities or logits";
      default: return "a hinge loss needs a score or logit (a margin around 0), not a probability";
    }
  }
}
