package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertExact;
import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.exactSum;
import static io.losslens.loss.stats.ExactSumReference.expectedValue;
import static io.losslens.loss.stats.ExactSumReference.round;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** value() is the exact sum rounded once (nearest, ties to even); finitePart() is the exact sum. */
class ExactSumExactnessTest {

  private static final double MAX = Double.MAX_VALUE;
  private static final double MIN = Double.MIN_VALUE;

  private static Arguments row(String name, double expected, double... values) {
    return Arguments.of(name, expected, values);
  }

  /** Hand-derived cases; each expected value is also checked against the BigDecimal reference. */
  static Stream<Arguments> handDerived() {
    return Stream.of(
        // by hand: the two 1e300 cancel exactly, leaving 1
        row("1e300 + 1 - 1e300", 1.0, 1e300, 1.0, -1e300),
        // by hand: the 1e308 pairs cancel exactly (the partial sum 2e308 overflows a double), leaving
        // the subnormal double 1e-320 itself
        row("1e308 + 1e308 - 1e308 - 1e308 + 1e-320", 1e-320, 1e308, 1e308, -1e308, -1e308, 1e-320),
        // by hand: 1 + 2^-53 is halfway between 1 (significand 2^52, even) and 1 + 2^-52: 1
        row("1 + 2^-53 ties to even", 1.0, 1.0, 0x1p-53),
        // by hand: 2^-105 puts the exact sum above the halfway point: 1 + 2^-52
        row("1 + 2^-53 + 2^-105 rounds up", 0x1.0000000000001p0, 1.0, 0x1p-53, 0x1p-105),
        // by hand: 1 + 3 * 2^-53 = 1 + 2^-52 + 2^-53 is halfway between 1 + 2^-52 (odd) and 1 + 2^-51
        // (even): 1 + 2^-51
        row("1 + 3 * 2^-53 ties to even (up)", 0x1.0000000000002p0, 1.0, 0x1.8p-52),
        // by hand: 1 + 4 * 2^-54 = 1 + 2^-52 exactly (naive left-to-right addition gives 1)
        row("1 + 4 * 2^-54", 0x1.0000000000001p0, 1.0, 0x1p-54, 0x1p-54, 0x1p-54, 0x1p-54),
        // by hand: 1 + 2 * 2^-54 = 1 + 2^-53: the tie, to 1
        row("1 + 2 * 2^-54", 1.0, 1.0, 0x1p-54, 0x1p-54),
        // by hand: 1 + 3 * 2^-54 = 1 + 2^-53 + 2^-54: above the tie, 1 + 2^-52
        row("1 + 3 * 2^-54", 0x1.0000000000001p0, 1.0, 0x1p-54, 0x1p-54, 0x1p-54),
        // by hand: mirror images of the two ties above
        row("-1 - 2^-53", -1.0, -1.0, -0x1p-53),
        row("-1 - 3 * 2^-53", -0x1.0000000000002p0, -1.0, -0x1.8p-52),
        // by hand: 1 - 2^-54 is halfway between 1 - 2^-53 (significand 2^53 - 1, odd) and 1 (even): 1
        row("1 - 2^-54 ties to 1", 1.0, 1.0, -0x1p-54),
        // by hand: slightly below that tie: 1 - 2^-53
        row("1 - 2^-54 - 2^-100", 0x1.fffffffffffffp-1, 1.0, -0x1p-54, -0x1p-100),
        // by hand: 2^53 + 1 ties between 2^53 (even) and 2^53 + 2: 2^53
        row("2^53 + 1", 0x1p53, 0x1p53, 1.0),
        // by hand: 2^53 + 3 ties between 2^53 + 2 (odd significand) and 2^53 + 4 (even): 2^53 + 4
        row("2^53 + 3", 0x1p53 + 4, 0x1p53, 3.0),
        // by hand: 1000 * 2^-1074 is a subnormal with bits 1000, exact
        row("1000 * MIN_VALUE", Double.longBitsToDouble(1000), repeat(MIN, 1000)),
        // by hand: 1 cancels, leaving the smallest subnormal
        row("1 + MIN_VALUE - 1", MIN, 1.0, MIN, -1.0),
        // by hand: 2^-1022 - 2^-1074 is the largest subnormal, bits 0x000fffffffffffff
        row("MIN_NORMAL - MIN_VALUE", Double.longBitsToDouble(0x000F_FFFF_FFFF_FFFFL), Double.MIN_NORMAL, -MIN),
        // by hand: the largest subnormal plus 2^-1074 is exactly 2^-1022
        row("largest subnormal + MIN_VALUE", Double.MIN_NORMAL,
            Double.longBitsToDouble(0x000F_FFFF_FFFF_FFFFL), MIN),
        // by hand: ulp(2^-1021) = 2^-1073, so 2^-1021 + 2^-1074 is a tie; 2^-1021 is even
        row("2^-1021 + MIN_VALUE", 0x1p-1021, 0x1p-1021, MIN),
        // by hand: 2^-1021 + 3 * 2^-1074 = 2^-1021 + 2^-1073 + 2^-1074, halfway between
        // 2^-1021 + 2^-1073 (odd) and 2^-1021 + 2^-1072 (even)
        row("2^-1021 + 3 MIN_VALUE", 0x1.0000000000002p-1021, 0x1p-1021, MIN, MIN, MIN),
        // by hand: MIN - MIN + MIN
        row("MIN - MIN + MIN", MIN, MIN, -MIN, MIN),
        // by hand: the exact sum is 0, rounded to +0.0 (see zerosAddNothing for the sign of zero)
        row("1 - 1", 0.0, 1.0, -1.0),
        row("0.0 + -0.0", 0.0, 0.0, -0.0),
        row("empty", 0.0),
        // by hand: 2 MAX = 2^1025 - 2^972 >= 2^1024 - 2^970: overflows to +Infinity
        row("MAX + MAX", Double.POSITIVE_INFINITY, MAX, MAX),
        row("-MAX - MAX", Double.NEGATIVE_INFINITY, -MAX, -MAX),
        // by hand: MAX + ulp(MAX)/2 = 2^1024 - 2^970, halfway between MAX (significand 2^53 - 1, odd)
        // and 2^1024 (even): rounds to 2^1024, i.e. +Infinity
        row("MAX + ulp(MAX)/2 ties to infinity", Double.POSITIVE_INFINITY, MAX, 0x1p970),
        row("-MAX - ulp(MAX)/2 ties to -infinity", Double.NEGATIVE_INFINITY, -MAX, -0x1p970),
        // by hand: a hair below that tie rounds down to MAX
        row("MAX + ulp(MAX)/2 - MIN_VALUE", MAX, MAX, 0x1p970, -MIN),
        // by hand: a quarter ulp above MAX rounds down to MAX
        row("MAX + ulp(MAX)/4", MAX, MAX, 0x1p969),
        // by hand: MAX + 2^970 + 2^970 = 2^1024 exactly: infinity
        row("MAX + ulp(MAX)", Double.POSITIVE_INFINITY, MAX, 0x1p970, 0x1p970),
        // by hand: ... and taking ulp(MAX) away again gives MAX back
        row("MAX + ulp(MAX) - ulp(MAX)", MAX, MAX, 0x1p970, 0x1p970, -0x1p971),
        // by hand: MAX + MAX - MAX = MAX; with ulp/2 more it is the tie above: infinity
        row("MAX + MAX - MAX", MAX, MAX, MAX, -MAX),
        row("MAX + MAX - MAX + ulp/2", Double.POSITIVE_INFINITY, MAX, MAX, -MAX, 0x1p970),
        // by hand: overflowing intermediates that cancel: 1
        row("MAX + MAX - MAX - MAX + 1", 1.0, MAX, MAX, -MAX, -MAX, 1.0),
        row("MAX + MAX + 1 - MAX - MAX", 1.0, MAX, MAX, 1.0, -MAX, -MAX),
        row("-MAX - MAX + 1e-300 + MAX + MAX", 1e-300, -MAX, -MAX, 1e-300, MAX, MAX),
        // by hand: 3 MAX - 2 MAX = MAX
        row("3 MAX - 2 MAX", MAX, MAX, MAX, MAX, -MAX, -MAX));
  }

  private static double[] repeat(double v, int n) {
    double[] out = new double[n];
    Arrays.fill(out, v);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handDerived")
  void handDerivedSums(String name, double expected, double[] values) {
    // the hand derivation and the independent reference must agree, or the test itself is wrong
    assertSameBits(expectedValue(values), expected, name + ": reference vs hand derivation");
    assertExact(sumOf(values), values, name);
    // reversed order too
    double[] reversed = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      reversed[i] = values[values.length - 1 - i];
    }
    assertExact(sumOf(reversed), values, name + " (reversed)");
  }

  @Test
  void zerosAddNothing() {
    ExactSum negativeZeros = sumOf(-0.0, -0.0);
    // by hand: adding -0.0 adds exactly nothing, so the sum equals the empty sum (canonical form),
    // whose exact value 0 rounds to +0.0; the sum keeps no sign for an exact zero
    assertThat(negativeZeros.isZero()).isTrue();
    assertThat(negativeZeros).isEqualTo(new ExactSum());
    assertThat(negativeZeros.toByteArray()).isEqualTo(new ExactSum().toByteArray());
    assertThat(negativeZeros.value()).isEqualTo(0.0); // numerically zero, whatever the sign
    assertSameBits(negativeZeros.value(), 0.0, "-0.0 + -0.0");
    assertThat(negativeZeros.finitePart()).isEqualByComparingTo(BigDecimal.ZERO);
    // by hand: 1 - 1 is an exact zero too, indistinguishable from the empty sum
    assertThat(sumOf(1.0, -1.0)).isEqualTo(new ExactSum());
    assertThat(sumOf(1.0, -1.0).isZero()).isTrue();
    assertThat(sumOf(1.0).isZero()).isFalse();
    assertThat(sumOf(Double.MIN_VALUE).isZero()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void randomWideRangeSumsAreExact(long seed) {
    Random r = new Random(seed);
    for (int list = 0; list < 40; list++) {
      double[] values = new double[1 + r.nextInt(300)];
      for (int i = 0; i < values.length; i++) {
        values[i] = ExactSumReference.wideRange(r); // 1e-300 .. 1e300, both signs
      }
      assertExact(sumOf(values), values, "seed " + seed + " list " + list);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L})
  void randomAdversarialSumsAreExact(long seed) {
    Random r = new Random(seed);
    for (int list = 0; list < 60; list++) {
      double[] values = ExactSumReference.adversarialMix(r, 1 + r.nextInt(200));
      assertExact(sumOf(values), values, "seed " + seed + " list " + list + " " + Arrays.toString(values));
    }
  }

  /** A big value, a residue far below it, and the big value's exact negation, in random orders. */
  @Test
  void residuesSurviveMassiveCancellation() {
    Random r = new Random(99);
    for (int i = 0; i < 2000; i++) {
      double big = r.nextBoolean() ? ExactSumReference.huge(r) : ExactSumReference.anyFinite(r);
      double residue1 = r.nextBoolean() ? ExactSumReference.subnormal(r) : ExactSumReference.wideRange(r);
      double residue2 = ExactSumReference.nearTie(r);
      double[] values = {big, big, residue1, residue2, -big, -big};
      ExactSumReference.shuffle(values, r);
      assertExact(sumOf(values), values, Arrays.toString(values));
    }
  }

  /**
   * One million adds. The values come from a pool of 20,000 distinct adversarial doubles, so the
   * BigDecimal reference is sum(count * value) over the pool: fast and still exact.
   */
  @Test
  void oneMillionAddsAreExact() {
    Random r = new Random(1_000_000);
    double[] pool = ExactSumReference.adversarialMix(r, 20_000);
    long[] counts = new long[pool.length];
    ExactSum sum = new ExactSum();
    for (int i = 0; i < 1_000_000; i++) {
      int k = r.nextInt(pool.length);
      counts[k]++;
      sum.add(pool[k]);
    }
    BigDecimal exact = BigDecimal.ZERO;
    for (int k = 0; k < pool.length; k++) {
      exact = exact.add(new BigDecimal(pool[k]).multiply(BigDecimal.valueOf(counts[k])));
    }
    assertThat(sum.finitePart()).isEqualByComparingTo(exact);
    assertSameBits(sum.value(), round(exact), "1e6 adds");
  }

  /** Long runs of one large value grow a digit by almost 2^53 per add: carries must be exact. */
  @Test
  void longRunsOfLargeValues() {
    double x = Double.MAX_VALUE / 0x1p20; // significand 2^53 - 1: every bit set
    BigDecimal bx = new BigDecimal(x);
    int n = 3_000_000;
    ExactSum sum = new ExactSum();
    for (int i = 0; i < n; i++) {
      sum.add(x);
    }
    // reference: n * x exactly; ~2.86 MAX, so value() overflows
    BigDecimal exact = bx.multiply(BigDecimal.valueOf(n));
    assertThat(sum.finitePart()).isEqualByComparingTo(exact);
    assertSameBits(sum.value(), round(exact), "3e6 x");
    assertThat(sum.value()).isEqualTo(Double.POSITIVE_INFINITY); // by hand: 3e6 / 2^20 > 2

    ExactSum down = sum.copy();
    for (int i = 0; i < n; i++) {
      down.add(-x);
    }
    down.add(1e-300);
    // by hand: the runs cancel exactly, leaving 1e-300
    assertSameBits(down.value(), 1e-300, "3e6 x - 3e6 x + 1e-300");
    assertThat(down.finitePart()).isEqualByComparingTo(new BigDecimal(1e-300));

    // 10^6 x = 0.954 MAX: in range, needs rounding; reference rounding
    ExactSum inRange = new ExactSum();
    for (int i = 0; i < 1_000_000; i++) {
      inRange.add(x);
    }
    BigDecimal million = bx.multiply(BigDecimal.valueOf(1_000_000));
    assertThat(inRange.finitePart()).isEqualByComparingTo(million);
    assertSameBits(inRange.value(), round(million), "1e6 x");
    assertThat(inRange.value()).isLessThan(Double.POSITIVE_INFINITY);

    // negative runs
    ExactSum negative = new ExactSum();
    for (int i = 0; i < 1_000_000; i++) {
      negative.add(-x);
    }
    assertSameBits(negative.value(), round(million.negate()), "-1e6 x");
  }

  /**
   * Merges just before, at and after the carry budget: two sums of as many full-significand
   * values as a digit absorbs between carries (give or take one), at the alignments that load
   * the upper digit most (shift 31) and least (shift 0), of both signs.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 511, 512, 513, 1023, 1024, 1025})
  void mergesAroundTheCarryBudget(int adds) {
    for (int shift : new int[] {0, 31}) {
      // significand 2^53 - 1 with its lowest bit at bit 32 k + shift of the 2^-1074 units
      double x = Math.scalb((double) ((1L << 53) - 1), 32 * 20 + shift - 1074);
      for (double sign : new double[] {1, -1}) {
        ExactSum a = new ExactSum();
        ExactSum b = new ExactSum();
        for (int i = 0; i < adds; i++) {
          a.add(sign * x);
          b.add(sign * x);
        }
        a.merge(b);
        BigDecimal exact = new BigDecimal(sign * x).multiply(BigDecimal.valueOf(2L * adds));
        assertThat(a.finitePart()).as("%d adds at shift %d", adds, shift)
            .isEqualByComparingTo(exact);
        assertSameBits(a.value(), round(exact), adds + " adds at shift " + shift);
      }
    }
  }

  /** Every bit alignment within a digit (32 shifts), each with a run of full-significand values. */
  @Test
  void longRunsAtEveryShift() {
    ExactSum sum = new ExactSum();
    BigDecimal exact = BigDecimal.ZERO;
    int perShift = 100_000;
    for (int k = 0; k < 32; k++) {
      double x = Math.scalb(Double.MAX_VALUE, -40 - k) * (k % 3 == 0 ? -1 : 1);
      for (int i = 0; i < perShift; i++) {
        sum.add(x);
      }
      exact = exact.add(new BigDecimal(x).multiply(BigDecimal.valueOf(perShift)));
    }
    assertThat(sum.finitePart()).isEqualByComparingTo(exact);
    assertSameBits(sum.value(), round(exact), "runs at 32 shifts");
  }

  /**
   * Carries through merges: a partial sum of 10^6 adds (digits far from normalized) doubled by
   * merging with a copy of itself 40 times, i.e. ~2^60 values in total.
   */
  @Test
  void mergingLargePartialSumsDoublingFortyTimes() {
    double x = Double.MAX_VALUE / 0x1p20;
    ExactSum positive = new ExactSum();
    ExactSum negative = new ExactSum();
    for (int i = 0; i < 1_000_000; i++) {
      positive.add(x);
      negative.add(-x);
    }
    negative.add(1.0);
    BigDecimal exactPositive = new BigDecimal(x).multiply(BigDecimal.valueOf(1_000_000));
    BigDecimal exactNegative = exactPositive.negate().add(BigDecimal.ONE);
    for (int k = 1; k <= 40; k++) {
      positive.merge(positive.copy());
      negative.merge(negative.copy());
      exactPositive = exactPositive.multiply(BigDecimal.valueOf(2));
      exactNegative = exactNegative.multiply(BigDecimal.valueOf(2));
      assertThat(positive.finitePart()).as("doubling %d", k).isEqualByComparingTo(exactPositive);
      assertThat(negative.finitePart()).as("doubling %d", k).isEqualByComparingTo(exactNegative);
      assertSameBits(positive.value(), round(exactPositive), "positive after doubling " + k);
      assertSameBits(negative.value(), round(exactNegative), "negative after doubling " + k);
    }
    positive.merge(negative);
    // by hand: 2^40 (x * 10^6 - x * 10^6 + 1) = 2^40
    assertSameBits(positive.value(), 0x1p40, "2^40 (n x - n x + 1)");
    assertThat(positive.finitePart()).isEqualByComparingTo(new BigDecimal(0x1p40));
    // still usable after the huge merges
    positive.add(-0x1p40);
    positive.add(Double.MIN_VALUE);
    // by hand: 2^40 - 2^40 + MIN_VALUE
    assertSameBits(positive.value(), Double.MIN_VALUE, "after more adds");
  }

  /** 64 unnormalized partial sums of 50,000 large values each, merged in a random tree. */
  @Test
  void mergingManyLargeUnnormalizedPartials() {
    Random r = new Random(64);
    List<ExactSum> parts = new ArrayList<>();
    BigDecimal exact = BigDecimal.ZERO;
    for (int p = 0; p < 64; p++) {
      double x = Math.scalb(Double.MAX_VALUE, -20 - r.nextInt(40)) * (r.nextInt(3) == 0 ? -1 : 1);
      double y = ExactSumReference.wideRange(r);
      ExactSum part = new ExactSum();
      for (int i = 0; i < 50_000; i++) {
        part.add(x);
      }
      part.add(y);
      parts.add(part);
      exact = exact.add(new BigDecimal(x).multiply(BigDecimal.valueOf(50_000))).add(new BigDecimal(y));
    }
    while (parts.size() > 1) {
      int i = r.nextInt(parts.size());
      int j = r.nextInt(parts.size() - 1);
      if (j >= i) {
        j++;
      }
      parts.get(i).merge(parts.get(j));
      parts.remove(j);
    }
    assertThat(parts.get(0).finitePart()).isEqualByComparingTo(exact);
    assertSameBits(parts.get(0).value(), round(exact), "64 merged partials");
  }

  /**
   * finitePart() as the first call after adds (no value(), toByteArray() or equals() before it, so
   * the digits have not been normalized yet).
   */
  @Test
  void finitePartOnAFreshSum() {
    // by hand: 1 + 2 = 3
    assertThat(sumOf(1.0, 2.0).finitePart()).isEqualByComparingTo(BigDecimal.valueOf(3));
    // by hand: a single value is its own exact sum
    assertThat(sumOf(1.0).finitePart()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(sumOf(0x1p-1000).finitePart()).isEqualByComparingTo(new BigDecimal(0x1p-1000));
    Random r = new Random(5);
    for (int list = 0; list < 500; list++) {
      double[] values = ExactSumReference.adversarialMix(r, 1 + r.nextInt(50));
      assertThat(sumOf(values).finitePart())
          .as("fresh finitePart of %s", Arrays.toString(values))
          .isEqualByComparingTo(exactSum(values));
    }
  }

  @Test
  void finitePartOfEmptyAndSmallSums() {
    assertThat(new ExactSum().finitePart()).isEqualByComparingTo(BigDecimal.ZERO);
    // by hand: 0.1 + 0.2 exactly is the sum of the two binary fractions, not 0.3
    assertThat(sumOf(0.1, 0.2).finitePart()).isEqualByComparingTo(new BigDecimal(0.1).add(new BigDecimal(0.2)));
    assertThat(sumOf(Double.MIN_VALUE).finitePart()).isEqualByComparingTo(new BigDecimal(Double.MIN_VALUE));
    assertThat(sumOf(Double.MAX_VALUE, Double.MAX_VALUE).finitePart())
        .isEqualByComparingTo(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.valueOf(2)));
    assertThat(exactSum(1.0, 2.0)).isEqualByComparingTo(BigDecimal.valueOf(3));
  }
}
