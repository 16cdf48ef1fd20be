package io.losslens.loss.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An independent reference for the {@link ExactSum} tests: the exact sum with {@link BigDecimal}
 * ({@code new BigDecimal(double)} is exact) and a hand-written round-to-nearest, ties-to-even, to
 * double that does not trust {@link BigDecimal#doubleValue()}. Also seeded data generators.
 */
final class ExactSumReference {
  private ExactSumReference() {}

  /** 2^1024: the IEEE rounding rule treats it as the value one ulp above Double.MAX_VALUE. */
  static final BigDecimal TWO_POW_1024 = new BigDecimal(BigInteger.ONE.shiftLeft(1024));

  /** 2^1024 - 2^970: halfway between MAX_VALUE = 2^1024 - 2^971 and 2^1024; at or above: overflow. */
  static final BigDecimal OVERFLOW_THRESHOLD =
      new BigDecimal(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)));

  /** The exact sum of the finite values (non-finite ones are skipped). */
  static BigDecimal exactSum(double... values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sum = sum.add(new BigDecimal(v));
      }
    }
    return sum;
  }

  static BigDecimal exactSum(List<Double> values) {
    return exactSum(toArray(values));
  }

  /**
   * The double nearest to {@code exact}, ties to the even significand; overflow to infinity from
   * 2^1024 - 2^970 on; exact zero gives +0.0.
   */
  static double round(BigDecimal exact) {
    int sign = exact.signum();
    if (sign == 0) {
      return 0.0;
    }
    double magnitude = roundMagnitude(exact.abs());
    return sign < 0 ? -magnitude : magnitude;
  }

  private static double roundMagnitude(BigDecimal a) {
    if (a.compareTo(TWO_POW_1024) >= 0) {
      return Double.POSITIVE_INFINITY;
    }
    // a first guess, then walk to lo = the largest double <= a (the guess may be off)
    double lo = a.doubleValue();
    if (lo > Double.MAX_VALUE) {
      lo = Double.MAX_VALUE;
    }
    while (new BigDecimal(lo).compareTo(a) > 0) {
      lo = Math.nextDown(lo);
    }
    while (lo < Double.MAX_VALUE && new BigDecimal(Math.nextUp(lo)).compareTo(a) <= 0) {
      lo = Math.nextUp(lo);
    }
    BigDecimal loExact = new BigDecimal(lo);
    if (loExact.compareTo(a) == 0) {
      return lo;
    }
    double hi = lo == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : Math.nextUp(lo);
    BigDecimal hiExact = lo == Double.MAX_VALUE ? TWO_POW_1024 : new BigDecimal(hi);
    int cmp = a.subtract(loExact).compareTo(hiExact.subtract(a));
    if (cmp < 0) {
      return lo;
    }
    if (cmp > 0) {
      return hi;
    }
    // a tie: the even significand (for lo = MAX_VALUE, significand 2^53 - 1 is odd: 2^1024 wins)
    return (Double.doubleToRawLongBits(lo) & 1) == 0 ? lo : hi;
  }

  /** What the contract says value() must be, computed without ExactSum. */
  static double expectedValue(double... values) {
    boolean nan = false;
    boolean plus = false;
    boolean minus = false;
    for (double v : values) {
      if (Double.isNaN(v)) {
        nan = true;
      } else if (v == Double.POSITIVE_INFINITY) {
        plus = true;
      } else if (v == Double.NEGATIVE_INFINITY) {
        minus = true;
      }
    }
    if (nan || (plus && minus)) {
      return Double.NaN;
    }
    if (plus) {
      return Double.POSITIVE_INFINITY;
    }
    if (minus) {
      return Double.NEGATIVE_INFINITY;
    }
    return round(exactSum(values));
  }

  static ExactSum sumOf(double... values) {
    ExactSum sum = new ExactSum();
    for (double v : values) {
      sum.add(v);
    }
    return sum;
  }

  static ExactSum sumOf(List<Double> values) {
    ExactSum sum = new ExactSum();
    for (double v : values) {
      sum.add(v);
    }
    return sum;
  }

  static double[] toArray(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  static String describe(double d) {
    return d + " (" + Double.toHexString(d) + ", bits 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
  }

  /** Bit-for-bit equality (all NaNs are one value, as Double.doubleToLongBits makes them). */
  static void assertSameBits(double actual, double expected, String what) {
    assertThat(Double.doubleToLongBits(actual))
        .as("%s: expected %s but was %s", what, describe(expected), describe(actual))
        .isEqualTo(Double.doubleToLongBits(expected));
  }

  /** value() is the reference rounding bit for bit, and finitePart() is the exact sum. */
  static void assertExact(ExactSum sum, double[] values, String what) {
    assertSameBits(sum.value(), expectedValue(values), what + ": value()");
    assertThat(sum.finitePart()).as(what + ": finitePart()").isEqualByComparingTo(exactSum(values));
  }

  /** Equal sums: same value bits, same bytes, equal both ways, same hash. */
  static void assertSameSum(ExactSum actual, ExactSum expected, String what) {
    assertSameBits(actual.value(), expected.value(), what + ": value()");
    assertThat(actual.toByteArray()).as(what + ": toByteArray()").isEqualTo(expected.toByteArray());
    assertThat(actual).as(what + ": equals").isEqualTo(expected);
    assertThat(expected).as(what + ": equals (reversed)").isEqualTo(actual);
    assertThat(actual.hashCode()).as(what + ": hashCode").isEqualTo(expected.hashCode());
  }

  // ---- seeded data ----

  /** Notable values: zeros, subnormal edges, tie makers near 1, the top of the range. */
  static final double[] SPECIALS = {
    0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
    Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE),
    0x1p970, -0x1p970, 1.0, -1.0, 0x1p-53, -0x1p-53, 0x1p-54, 0x1p-105, 0x1.8p-52, 1e300, -1e300,
    1e-300, -1e-300, 1e308, -1e308, 1e-320, 0x1p53, 3.0, 0.1, 0.2, 0.3
  };

  /** Magnitudes from 1e-300 to 1e300, both signs. */
  static double wideRange(Random r) {
    double v = (1 + r.nextDouble()) * Math.pow(10, r.nextInt(601) - 300);
    return r.nextBoolean() ? v : -v;
  }

  /** Any finite double, uniform over bit patterns (so uniform over exponents). */
  static double anyFinite(Random r) {
    while (true) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (Double.isFinite(v)) {
        return v;
      }
    }
  }

  /** A subnormal (or zero), both signs. */
  static double subnormal(Random r) {
    double v = Double.longBitsToDouble(r.nextLong() & 0x000F_FFFF_FFFF_FFFFL);
    return r.nextBoolean() ? v : -v;
  }

  /** 1 or a small multiple of 2^-53..2^-60: sums that land on or next to rounding ties. */
  static double nearTie(Random r) {
    if (r.nextInt(4) == 0) {
      return r.nextBoolean() ? 1.0 : -1.0;
    }
    double v = Math.scalb((double) (1 + r.nextInt(7)), -53 - r.nextInt(8));
    return r.nextBoolean() ? v : -v;
  }

  /** Huge values whose partial sums overflow unless they cancel. */
  static double huge(Random r) {
    double v = Double.MAX_VALUE / (1 + r.nextInt(4));
    return r.nextBoolean() ? v : -v;
  }

  static double special(Random r) {
    return SPECIALS[r.nextInt(SPECIALS.length)];
  }

  /** One value from a mix of all the generators above. */
  static double adversarial(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return wideRange(r);
      case 1:
        return anyFinite(r);
      case 2:
        return subnormal(r);
      case 3:
        return nearTie(r);
      case 4:
        return r.nextInt(8) == 0 ? huge(r) : wideRange(r);
      default:
        return special(r);
    }
  }

  /** n finite values, some followed later by their exact negations (massive cancellation), shuffled. */
  static double[] adversarialMix(Random r, int n) {
    List<Double> out = new ArrayList<>();
    while (out.size() < n) {
      double v = adversarial(r);
      out.add(v);
      if (out.size() < n && r.nextInt(3) == 0) {
        out.add(-v);
      }
    }
    double[] values = toArray(out);
    shuffle(values, r);
    return values;
  }

  static void shuffle(double[] values, Random r) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }
}
