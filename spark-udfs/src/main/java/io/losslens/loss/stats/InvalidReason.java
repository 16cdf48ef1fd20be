package io.losslens.loss.stats;

/**
 * Why an input row was not evaluated. Every row of an aggregation is counted either as valid
 * or under exactly one of these reasons (the first that applies, in this order).
 */
public enum InvalidReason {
  NULL_LABEL("the label is NULL"),
  NULL_PREDICTION("the prediction is NULL or has a NULL element"),
  NULL_WEIGHT("the weight is NULL"),
  NON_FINITE_PREDICTION("the prediction is NaN or infinite"),
  EMPTY_PREDICTION("the prediction vector is empty"),
  VECTOR_LENGTH_MISMATCH("the prediction vector does not have one entry per class"),
  PROBABILITY_OUT_OF_RANGE("a probability is outside [0, 1]"),
  LABEL_OUT_OF_RANGE("the label is not a valid label for the loss"),
  NON_FINITE_WEIGHT("the weight is NaN or infinite"),
  NEGATIVE_WEIGHT("the weight is negative");

  private final String rule;

  InvalidReason(String rule) {
    this.rule = rule;
  }

  /** What is wrong with such a row, as a report states it. */
  public String rule() {
    return rule;
  }

  /** The name a report uses: {@code null_label}, {@code negative_weight}, ... */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
