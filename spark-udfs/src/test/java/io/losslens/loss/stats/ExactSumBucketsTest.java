package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.exactSum;
import static io.losslens.loss.stats.ExactSumReference.round;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The buckets of positive values (ExactSum's fast road): folded at their budget, before every read,
 * merge and serialization; values outside the window, wherever the first value put it, go to the
 * digits. Expected sums are BigDecimal sums of the same doubles (ExactSumReference).
 */
class ExactSumBucketsTest {
  /** The largest significand at three exponents, one per bucket. */
  private static final double[] FULL_SIGNIFICANDS =
      {0x1.fffffffffffffp0, 0x1.fffffffffffffp-30, 0x1.fffffffffffffp30};

  /**
   * One bucket takes the most it can hold: runs of the largest significand around the fold budget
   * (2^10 additions) and beyond what 64 bits hold unfolded (2^11 of them exceed 2^63, 2^12 exceed
   * 2^64), so a budget set too high makes these fail.
   */
  @ParameterizedTest
  @ValueSource(ints = {1023, 1024, 1025, 2047, 2048, 2049, 4096, 4097, 10_000})
  void foldsAroundTheBucketBudget(int adds) {
    for (double x : FULL_SIGNIFICANDS) {
      ExactSum sum = new ExactSum();
      for (int i = 0; i < adds; i++) {
        sum.add(x);
      }
      BigDecimal exact = new BigDecimal(x).multiply(BigDecimal.valueOf(adds));
      assertThat(sum.finitePart()).as("%d x %s", adds, x).isEqualByComparingTo(exact);
      assertSameBits(sum.value(), round(exact), adds + " x " + x);
    }
  }

  /** Every bucket at once, each near its limit: the fold's carries between digits. */
  @Test
  void foldsEveryBucketOfTheWindowAtOnce() {
    ExactSum sum = new ExactSum();
    List<Double> values = new ArrayList<>();
    sum.add(1.0); // places the window: exponents 2^-40 .. 2^23 have buckets
    values.add(1.0);
    for (int round = 0; round < 1500; round++) {
      for (int e = -45; e < 30; e++) {
        double x = Math.scalb(0x1.fffffffffffffp0, e);
        sum.add(x);
        values.add(x);
      }
    }
    assertThat(sum.finitePart()).isEqualByComparingTo(exactSum(values));
  }

  /**
   * The first positive value places the window; values just inside and outside either edge,
   * negatives, zeros, subnormals and huge values are exact wherever it was placed, including the
   * clamped windows of the smallest normal and the largest finite double.
   */
  @Test
  void valuesOnBothSidesOfTheWindowAreExact() {
    double[] firsts = {1.0, Double.MIN_NORMAL, Double.MAX_VALUE, 0x1p-1000, 0x1p1000, 3e-5};
    for (double first : firsts) {
      int e = Math.getExponent(first);
      List<Double> values = new ArrayList<>(List.of(first));
      for (int offset : new int[] {-41, -40, -39, 0, 22, 23, 24, 25}) {
        int exponent = e + offset;
        if (exponent >= Double.MIN_EXPONENT && exponent <= Double.MAX_EXPONENT) {
          values.add(Math.scalb(1.5, exponent));
          values.add(-Math.scalb(1.25, exponent));
        }
      }
      values.addAll(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310,
          Double.MAX_VALUE / 4, 1.0, 0x1p-60, 0x1p60));
      ExactSum sum = sumOf(values);
      assertThat(sum.finitePart()).as("first %s", first).isEqualByComparingTo(exactSum(values));
      assertSameBits(sum.value(), round(exactSum(values)), "first " + first);
    }
  }

  /** Random positive values over many exponents, in and out of the window, with a few negatives. */
  @Test
  void randomValuesAcrossTheWindowMatchTheReference() {
    Random r = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      List<Double> values = new ArrayList<>();
      int n = 1 + r.nextInt(5000);
      for (int i = 0; i < n; i++) {
        double x = Math.scalb(1 + r.nextDouble(), r.nextInt(160) - 100);
        values.add(r.nextInt(20) == 0 ? -x : x);
      }
      ExactSum sum = sumOf(values);
      assertSameBits(sum.value(), round(exactSum(values)), "trial " + trial);
    }
  }

  /** Unfolded buckets survive Java serialization (how Spark ships aggregation buffers). */
  @Test
  void javaSerializationKeepsUnfoldedBuckets() throws Exception {
    ExactSum sum = sumOf(0.25, 0.5, 3.0, 1e-9); // far below the fold budget
    ExactSum copy = JavaSerialization.roundTrip(sum);
    assertThat(copy.finitePart()).isEqualByComparingTo(exactSum(0.25, 0.5, 3.0, 1e-9));
    // both keep adding (the copy with buckets of its own) and still agree
    for (int i = 0; i < 3000; i++) {
      double x = 0.1 * (i % 7) + 1e-3;
      sum.add(x);
      copy.add(x);
    }
    assertThat(copy).isEqualTo(sum);
    assertThat(copy.toByteArray()).isEqualTo(sum.toByteArray());
  }

  /** Merging reads the other's buckets and leaves its value alone; equality sees the buckets. */
  @Test
  void mergeAndEqualityReadUnfoldedBuckets() {
    ExactSum a = sumOf(1.0, 2.0, 0.125);
    ExactSum b = sumOf(0.5, 4.0);
    ExactSum merged = sumOf(1.0, 2.0, 0.125);
    merged.merge(b);
    assertThat(b.finitePart()).isEqualByComparingTo(exactSum(0.5, 4.0));
    assertThat(merged.finitePart()).isEqualByComparingTo(exactSum(1.0, 2.0, 0.125, 0.5, 4.0));
    assertThat(merged).isEqualTo(sumOf(0.5, 4.0, 1.0, 2.0, 0.125)).isNotEqualTo(a);
    assertThat(merged.hashCode()).isEqualTo(sumOf(4.0, 0.125, 2.0, 1.0, 0.5).hashCode());
    ExactSum cancelled = sumOf(1.5, -1.5);
    assertThat(cancelled.isZero()).isTrue();
  }
}
