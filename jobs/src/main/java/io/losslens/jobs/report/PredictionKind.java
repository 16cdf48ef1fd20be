package io.losslens.jobs.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the prediction column of a report holds ({@code --prediction-kind}). */
public enum PredictionKind {
  /** A vector of C class probabilities, like the {@code probability} column of Spark ML. */
  PROBABILITIES(true),
  /** A vector of C raw scores (logits), like the {@code rawPrediction} column of Spark ML. */
  LOGITS(true),
  /** The probability of class 1 of a binary problem. */
  PROBABILITY(false),
  /** The logit of class 1 of a binary problem. */
  LOGIT(false),
  /** A binary margin score: positive predicts class 1. */
  SCORE(false);

  private final boolean vector;

  PredictionKind(boolean vector) {
    this.vector = vector;
  }

  /** The kind named {@code value} (case-insensitive); the error lists the kinds. */
  public static PredictionKind parse(String value) {
    for (PredictionKind kind : values()) {
      if (kind.optionValue().equalsIgnoreCase(value.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("must be one of " + Arrays.stream(values())
        .map(PredictionKind::optionValue).collect(Collectors.joining(", ")) + ", but was '"
        + value + "'");
  }

  /** How the option value is written: {@code probabilities}, {@code logit}, ... */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A vector per row (multi-class); otherwise a number per row (binary). */
  public boolean isVector() {
    return vector;
  }
}
