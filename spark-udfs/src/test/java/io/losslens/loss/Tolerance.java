package io.losslens.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The tolerance of the kernel value tests: {@code |actual - expected| <= max(1e-12 |expected|,
 * 1e-15)}. Expected values are the doubles nearest to 50-digit results, so 1e-12 leaves room for
 * a few thousand ulps of honest rounding while any formula or clip mistake shows up many orders
 * of magnitude above it; the 1e-15 floor is for results at or near 0. A non-finite expected
 * value (the js gradient where q = 0 < p) must be matched exactly.
 */
final class Tolerance {
  static final double RELATIVE = 1e-12;
  static final double ABSOLUTE = 1e-15;

  private Tolerance() {}

  static void assertClose(double actual, double expected) {
    assertWithin(actual, expected, Math.max(RELATIVE * Math.abs(expected), ABSOLUTE), "");
  }

  /** Entry by entry, and the lengths must agree (the kernel wrote every entry it owns). */
  static void assertClose(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertWithin(actual[i], expected[i],
          Math.max(RELATIVE * Math.abs(expected[i]), ABSOLUTE), "entry " + i + ": ");
    }
  }

  /**
   * Purely relative, no absolute floor: for tiny results whose whole point is full relative
   * precision (e.g. {@code -ln(1 - 1e-10)}), which the 1e-15 floor would not check at all.
   */
  static void assertRelativelyClose(double actual, double expected) {
    assertWithin(actual, expected, RELATIVE * Math.abs(expected), "");
  }

  private static void assertWithin(double actual, double expected, double tolerance,
      String where) {
    if (!Double.isFinite(expected)) {
      assertThat(actual).as(where + "non-finite expected value").isEqualTo(expected);
      return;
    }
    // written so that a NaN actual fails
    if (!(Math.abs(actual - expected) <= tolerance)) {
      fail("%sexpected %s but was %s (difference %s, tolerance %s)", where, expected, actual,
          Math.abs(actual - expected), tolerance);
    }
  }
}
