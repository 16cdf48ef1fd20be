package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.OVERFLOW_THRESHOLD;
import static io.losslens.loss.stats.ExactSumReference.TWO_POW_1024;
import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.round;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the test oracle itself, so that a failure elsewhere points at ExactSum, not the reference. */
class ExactSumReferenceTest {

  /** IEEE a + b is correctly rounded (ties to even, overflow included): the reference must agree. */
  @Test
  void referenceRoundingAgreesWithHardwareAdditionOfTwoDoubles() {
    Random r = new Random(20240611L);
    for (int i = 0; i < 20_000; i++) {
      double a = ExactSumReference.adversarial(r);
      double b;
      switch (r.nextInt(3)) {
        case 0:
          b = ExactSumReference.adversarial(r);
          break;
        case 1: // same binade or a little below: every rounding case, ties included
          b = Math.scalb((double) (r.nextLong() >>> 11), Math.getExponent(a) - 52 - r.nextInt(60));
          break;
        default:
          b = Math.scalb(a, -r.nextInt(60)) * (r.nextBoolean() ? 1 : -1);
          break;
      }
      double ieee = a + b;
      if (ieee == 0) {
        continue; // the sign of an exact zero is a convention, not rounding
      }
      BigDecimal exact = new BigDecimal(a).add(new BigDecimal(b));
      assertSameBits(round(exact), ieee, a + " + " + b);
    }
  }

  @Test
  void referenceRoundingAtTheEdges() {
    BigDecimal max = new BigDecimal(Double.MAX_VALUE);
    BigDecimal tiny = new BigDecimal(Double.MIN_VALUE);
    // by hand: 2^1024 - 2^970 is the tie between MAX_VALUE (odd significand) and 2^1024: infinity
    assertSameBits(round(OVERFLOW_THRESHOLD), Double.POSITIVE_INFINITY, "2^1024 - 2^970");
    assertSameBits(round(OVERFLOW_THRESHOLD.negate()), Double.NEGATIVE_INFINITY, "-(2^1024 - 2^970)");
    // by hand: anything below the tie rounds down to MAX_VALUE
    assertSameBits(round(OVERFLOW_THRESHOLD.subtract(tiny)), Double.MAX_VALUE, "just below the tie");
    assertSameBits(round(max), Double.MAX_VALUE, "MAX_VALUE");
    assertSameBits(round(TWO_POW_1024.multiply(BigDecimal.TEN)), Double.POSITIVE_INFINITY, "2^1024 * 10");
    // by hand: 1 + 2^-53 ties to 1 (even); 1 + 3 * 2^-53 ties to 1 + 2^-51 (even)
    assertSameBits(round(new BigDecimal(1.0).add(new BigDecimal(0x1p-53))), 1.0, "1 + 2^-53");
    assertSameBits(round(new BigDecimal(1.0).add(new BigDecimal(0x1.8p-52))), 0x1.0000000000002p0,
        "1 + 3 * 2^-53");
    // by hand: 3 * 2^-1075 is the tie between 2^-1074 (odd) and 2^-1073 (even)
    assertSameBits(round(tiny.multiply(new BigDecimal("1.5"))), 2 * Double.MIN_VALUE, "1.5 MIN_VALUE");
    // by hand: 2^-1075 ties between 0 (even) and MIN_VALUE
    assertSameBits(round(tiny.divide(BigDecimal.valueOf(2))), 0.0, "MIN_VALUE / 2");
    assertSameBits(round(BigDecimal.ZERO), 0.0, "0");
    // by hand: 0.1 + 0.2 in binary64 is 0.30000000000000004 (well-known; the reference must agree)
    assertSameBits(round(new BigDecimal(0.1).add(new BigDecimal(0.2))), 0.30000000000000004, "0.1 + 0.2");
  }
}
