package io.losslens.loss.stats;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of rows seen: valid, and invalid by {@link InvalidReason}. {@code valid + invalid ==
 * total} always. Merging adds counts: the empty accounting is the identity, merge is commutative
 * and associative.
 */
public final class RowAccounting implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final InvalidReason[] REASONS = InvalidReason.values();

  private long valid;
  private final long[] invalid = new long[REASONS.length];

  public void recordValid() {
    valid++;
  }

  public void recordInvalid(InvalidReason reason) {
    invalid[reason.ordinal()]++;
  }

  public void merge(RowAccounting other) {
    valid += other.valid;
    for (int i = 0; i < invalid.length; i++) {
      invalid[i] += other.invalid[i];
    }
  }

  public long valid() {
    return valid;
  }

  public long invalid(InvalidReason reason) {
    return invalid[reason.ordinal()];
  }

  public long invalidTotal() {
    long sum = 0;
    for (long n : invalid) {
      sum += n;
    }
    return sum;
  }

  public long total() {
    return valid + invalidTotal();
  }

  /** The nonzero invalid counts, in reason order. */
  public Map<InvalidReason, Long> invalidByReason() {
    Map<InvalidReason, Long> byReason = new EnumMap<>(InvalidReason.class);
    for (InvalidReason r : REASONS) {
      if (invalid[r.ordinal()] > 0) {
        byReason.put(r, invalid[r.ordinal()]);
      }
    }
    return byReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowAccounting && valid == ((RowAccounting) o).valid
        && Arrays.equals(invalid, ((RowAccounting) o).invalid);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(valid) + Arrays.hashCode(invalid);
  }

  @Override
  public String toString() {
    return "RowAccounting(valid=" + valid + ", invalid=" + invalidByReason() + ")";
  }
}
