package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.assertSameSum;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NaN and infinities are counted apart: any NaN or both infinities give NaN, one kind gives it. */
class ExactSumNonFiniteTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double NAN = Double.NaN;
  private static final double MAX = Double.MAX_VALUE;
  /** A NaN with another payload and the sign bit set. */
  private static final double ODD_NAN = Double.longBitsToDouble(0xFFF0_0000_0000_0001L);

  private static Arguments row(String name, double expected, double... values) {
    return Arguments.of(name, expected, values);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // by hand, from the contract: any NaN gives NaN
        row("NaN", NAN, NAN),
        row("1 + NaN + 2", NAN, 1.0, NAN, 2.0),
        row("odd NaN payload", NAN, ODD_NAN),
        row("NaN + Inf", NAN, INF, NAN),
        row("NaN + -Inf", NAN, NAN, -INF),
        // by hand: both infinities give NaN
        row("Inf + -Inf", NAN, INF, -INF),
        row("Inf + 1 + -Inf", NAN, INF, 1.0, -INF),
        // by hand: only +Inf added: +Inf, whatever the finite part
        row("Inf", INF, INF),
        row("Inf + Inf + 5", INF, INF, INF, 5.0),
        row("Inf - MAX - MAX", INF, INF, -MAX, -MAX),
        // by hand: only -Inf added: -Inf
        row("-Inf", -INF, -INF),
        row("-Inf + MAX", -INF, -INF, MAX),
        // by hand: the finite part overflows to +Inf, but only -Inf was added: -Inf (not NaN as
        // left-to-right IEEE addition would give)
        row("MAX + MAX + -Inf", -INF, MAX, MAX, -INF));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void nonFiniteRules(String name, double expected, double[] values) {
    assertSameBits(ExactSumReference.expectedValue(values), expected, name + ": reference vs hand");
    ExactSum sum = sumOf(values);
    assertSameBits(sum.value(), expected, name);
    // finitePart ignores the non-finite values
    assertThat(sum.finitePart()).as(name).isEqualByComparingTo(ExactSumReference.exactSum(values));
    assertThat(sum.isZero()).as(name + ": isZero").isFalse();

    // each value in its own partial sum, merged right to left
    ExactSum merged = new ExactSum();
    for (int i = values.length - 1; i >= 0; i--) {
      merged.merge(sumOf(values[i]));
    }
    assertSameSum(merged, sum, name + ": merged singletons");
    ExactSum decoded = ExactSum.fromByteArray(sum.toByteArray());
    assertSameSum(decoded, sum, name + ": byte round trip");
    assertSameBits(decoded.value(), expected, name + ": decoded value");
  }

  @Test
  void finitePartIgnoresNonFinite() {
    ExactSum sum = sumOf(1.0, INF, NAN, 2.0, -INF, 0.5);
    // by hand: 1 + 2 + 0.5
    assertThat(sum.finitePart()).isEqualByComparingTo(new BigDecimal("3.5"));
    assertThat(sumOf(INF).finitePart()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void nonFiniteSurvivesMerge() {
    ExactSum plus = sumOf(1.0, INF);
    ExactSum minus = sumOf(-INF, 2.0);
    ExactSum finite = sumOf(3.0);
    ExactSum a = plus.copy();
    a.merge(finite);
    assertSameBits(a.value(), INF, "+Inf merged with finite"); // by hand: only +Inf
    ExactSum b = finite.copy();
    b.merge(minus);
    assertSameBits(b.value(), -INF, "finite merged with -Inf"); // by hand: only -Inf
    ExactSum c = plus.copy();
    c.merge(minus);
    assertSameBits(c.value(), NAN, "+Inf merged with -Inf"); // by hand: both infinities
    ExactSum d = finite.copy();
    d.merge(sumOf(NAN));
    assertSameBits(d.value(), NAN, "finite merged with NaN"); // by hand: a NaN
    ExactSum e = new ExactSum();
    e.merge(d);
    assertSameBits(e.value(), NAN, "empty merged with NaN-bearing"); // by hand: a NaN
    // by hand: c holds {1, +Inf, -Inf, 2}: finite part 1 + 2 = 3
    assertThat(c.finitePart()).isEqualByComparingTo(BigDecimal.valueOf(3));
    // non-finite through bytes, then merged
    ExactSum viaBytes = ExactSum.fromByteArray(plus.toByteArray());
    viaBytes.merge(ExactSum.fromByteArray(minus.toByteArray()));
    assertSameSum(viaBytes, c, "via bytes");
  }
}
