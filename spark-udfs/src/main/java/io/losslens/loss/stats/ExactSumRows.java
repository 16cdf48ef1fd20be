package io.losslens.loss.stats;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A fixed number of {@link ExactSum}s that take one value each per row, as a per-class breakdown
 * fills the sums of a class. The sums are {@code ExactSum}'s, with its buckets for positive
 * values, but the buckets of all of them are one array and the budget of additions between
 * folds is counted once per row, not per value: the common addition is one integer update, with
 * no object to reach and no counter to keep, which is most of what an exact sum costs per row.
 *
 * <p>Sum {@code k}'s window of {@value ExactSum#WINDOW} exponents is placed by its first positive
 * value, as {@code ExactSum} places its own; values outside it go to the sum itself. Reads,
 * merges and serialization fold the buckets first. A commutative monoid under {@link #merge} for
 * blocks of the same size. Not thread-safe.
 */
public final class ExactSumRows implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int WINDOW = ExactSum.WINDOW;
  /** A sum's bucket base before its first positive value: every slot lies outside the window. */
  private static final int NO_WINDOW = 1 << 12;

  private final ExactSum[] sums;
  /**
   * Sum {@code k}'s bucket of biased exponent {@code bases[k] + s} is {@code [k * WINDOW + s]};
   * empty until a first window opens (a merged or deserialized block needs none).
   */
  private transient long[] buckets;
  private transient int[] bases;
  /** Rows added since the buckets were last folded: each bucket took at most one value per row. */
  private transient int rows;

  public ExactSumRows(int size) {
    sums = new ExactSum[size];
    for (int k = 0; k < size; k++) {
      sums[k] = new ExactSum();
    }
    emptyBuckets();
  }

  public int size() {
    return sums.length;
  }

  /**
   * Adds a row: {@code weight * values[k]} to sum {@code k}, for each of the {@link #size}
   * sums, each product rounded as a double (exact for weight 1) and then added exactly.
   */
  public void addRow(double[] values, double weight) {
    if (values.length != sums.length) {
      throw new IllegalArgumentException("a row of " + sums.length + " sums needs "
          + sums.length + " values, but had " + values.length);
    }
    // the arrays as locals: with the call below in the loop, the JIT would reload both fields
    // (and their lengths, for the range checks) for every value
    long[] b = buckets;
    int[] base = bases;
    for (int k = 0; k < values.length; k++) {
      double x = weight * values[k];
      long bits = Double.doubleToRawLongBits(x);
      // as in ExactSum.add: negative values, zeros, subnormals and non-finite values, and every
      // value of a sum without a window, land outside [0, WINDOW), which one mask tests
      int slot = (int) (bits >>> 52) - base[k];
      if ((slot & -WINDOW) == 0) {
        b[k * WINDOW + slot] += ExactSum.significand(bits);
      } else {
        addOffTheBuckets(k, x);
        b = buckets; // the call may have allocated them
      }
    }
    if (++rows == ExactSum.BUCKET_ADDS) {
      fold();
    }
  }

  /** A value sum {@code k}'s buckets do not take: it places the window, or goes to the sum. */
  private void addOffTheBuckets(int k, double x) {
    long bits = Double.doubleToRawLongBits(x);
    if (bases[k] == NO_WINDOW && ExactSum.opensWindow(x)) {
      if (buckets.length == 0) {
        buckets = new long[sums.length * WINDOW];
      }
      bases[k] = ExactSum.windowBase((int) (bits >>> 52));
      buckets[k * WINDOW + (int) (bits >>> 52) - bases[k]] += ExactSum.significand(bits);
    } else {
      sums[k].add(x);
    }
  }

  /** Sum {@code k}, with every value added (a copy). */
  public ExactSum sum(int k) {
    fold();
    return sums[k].copy();
  }

  /** Adds the sums of {@code other}, of the same size; {@code other} keeps its value. */
  public void merge(ExactSumRows other) {
    if (other.sums.length != sums.length) {
      throw new IllegalArgumentException("cannot merge rows of " + other.sums.length
          + " sums into rows of " + sums.length);
    }
    other.fold();
    for (int k = 0; k < sums.length; k++) {
      sums[k].merge(other.sums[k]);
    }
  }

  /** Moves the buckets' values into the sums; the windows stay. */
  private void fold() {
    rows = 0;
    for (int k = 0; k < sums.length; k++) {
      if (bases[k] == NO_WINDOW) {
        continue;
      }
      for (int s = 0, i = k * WINDOW; s < WINDOW; s++, i++) {
        if (buckets[i] != 0) {
          sums[k].addSignificandSum(buckets[i], bases[k] + s);
          buckets[i] = 0;
        }
      }
    }
  }

  private void emptyBuckets() {
    buckets = new long[0];
    bases = new int[sums.length];
    Arrays.fill(bases, NO_WINDOW);
    rows = 0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExactSumRows)) {
      return false;
    }
    ExactSumRows other = (ExactSumRows) o;
    fold();
    other.fold();
    return Arrays.equals(sums, other.sums);
  }

  @Override
  public int hashCode() {
    fold();
    return Arrays.hashCode(sums);
  }

  @Override
  public String toString() {
    fold();
    return "ExactSumRows" + Arrays.toString(sums);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    fold();
    out.defaultWriteObject();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    emptyBuckets();
  }
}
