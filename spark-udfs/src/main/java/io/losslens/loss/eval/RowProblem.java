package io.losslens.loss.eval;

import io.losslens.loss.stats.InvalidReason;
import java.util.Objects;

/** Why one row cannot be evaluated: the reason it is counted under, and the offending values. */
public final class RowProblem {
  private final InvalidReason reason;
  private final String detail;

  RowProblem(InvalidReason reason, String detail) {
    this.reason = Objects.requireNonNull(reason);
    this.detail = Objects.requireNonNull(detail);
  }

  public InvalidReason reason() {
    return reason;
  }

  /** The offending values and the rule, for example {@code prediction[2] is 1.5, outside [0, 1]}. */
  public String detail() {
    return detail;
  }

  /** The earlier of two problems in {@link InvalidReason} order; either may be null. */
  static RowProblem first(RowProblem a, RowProblem b) {
    if (a == null) {
      return b;
    }
    return b == null || a.reason.compareTo(b.reason) <= 0 ? a : b;
  }

  @Override
  public String toString() {
    return reason.key() + ": " + detail;
  }
}
