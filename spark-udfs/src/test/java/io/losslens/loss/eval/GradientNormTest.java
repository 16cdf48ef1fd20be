package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LossSpec#norm}: the Euclidean norm of a gradient, without overflow. */
class GradientNormTest {
  @ParameterizedTest
  @ValueSource(doubles = {1.0, -2.5, 4.9e-324, -1e308, Double.MAX_VALUE, 1e-300,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void aVectorWithOneNonzeroEntryHasThatEntrysMagnitude(double x) {
    // a one-hot vector's norm is |x| exactly, at any index and beside -0.0 entries
    for (int at = 0; at < 4; at++) {
      double[] v = {0.0, -0.0, 0.0, -0.0};
      v[at] = x;
      assertThat(LossSpec.norm(v, 4)).isEqualTo(Math.abs(x));
    }
  }

  @Test
  void zerosNanAndSeveralEntries() {
    assertThat(LossSpec.norm(new double[] {0.0, -0.0}, 2)).isEqualTo(0.0);
    assertThat(LossSpec.norm(new double[] {Double.NaN, 0.0}, 2)).isNaN();
    assertThat(LossSpec.norm(new double[] {1.0, Double.NaN}, 2)).isNaN();
    assertThat(LossSpec.norm(new double[] {3.0, 0.0, -4.0}, 3)).isEqualTo(5.0); // 3-4-5
    // sqrt(2) * the double 1e300, without overflow: 1.41421356237309512305...e300 (Python's
    // decimal at 50 digits), 1.4142135623730952e300 rounded; the scaled sum is within an ulp
    assertThat(LossSpec.norm(new double[] {1e300, -1e300}, 2))
        .isCloseTo(1.4142135623730952e300, Offset.offset(Math.ulp(1.4142135623730952e300)));
    assertThat(LossSpec.norm(new double[] {Double.POSITIVE_INFINITY, 1.0}, 2))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(LossSpec.norm(new double[] {7.0, 9.0}, 1)).as("only the first n entries")
        .isEqualTo(7.0);
  }
}
