package io.losslens.loss.stats;

import java.io.Serializable;
import java.util.Objects;

/**
 * A computed number, or the reason it could not be computed (a mean over no rows, a weight sum
 * of 0): reports show the reason instead of a bare NaN or a missing value.
 */
public final class Metric implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double value;
  private final String missingReason;

  private Metric(double value, String missingReason) {
    this.value = value;
    this.missingReason = missingReason;
  }

  public static Metric of(double value) {
    return new Metric(value, null);
  }

  public static Metric missing(String reason) {
    return new Metric(Double.NaN, Objects.requireNonNull(reason));
  }

  /** {@code numerator / denominator}, or missing with {@code reasonIfZero} when the denominator is 0. */
  public static Metric ratio(double numerator, double denominator, String reasonIfZero) {
    return denominator == 0 ? missing(reasonIfZero) : of(numerator / denominator);
  }

  public boolean isPresent() {
    return missingReason == null;
  }

  /** The value; NaN when missing. */
  public double value() {
    return value;
  }

  /** Why the value is missing, or {@code null}. */
  public String missingReason() {
    return missingReason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Metric)) {
      return false;
    }
    Metric m = (Metric) o;
    return Double.doubleToLongBits(value) == Double.doubleToLongBits(m.value)
        && Objects.equals(missingReason, m.missingReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, missingReason);
  }

  @Override
  public String toString() {
    return isPresent() ? Double.toString(value) : "missing(" + missingReason + ")";
  }
}
