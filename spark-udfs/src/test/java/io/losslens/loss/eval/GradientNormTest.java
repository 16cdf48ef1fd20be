package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.HingeLoss;
import io.losslens.loss.Unchecked;
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

  /**
   * The multi-class hinge gradients are nonzero at two entries of equal magnitude: their closed
   * form norm has the bits of the written gradient's norm, at margins of every size (subnormal,
   * 0, a tie between rivals, one overflowing to infinity when squared).
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0, 1e-300, 4.9e-324, 0.999999999999, 1e200, 1e308,
      -1e308, -0.5, -1.0, -3.0})
  void hingeGradientNormsInClosedFormHaveTheWrittenGradientsBits(double rivalScore) {
    double[][] rows = {{0.0, rivalScore, rivalScore - 1}, {rivalScore, 0.0, rivalScore},
        {1.0, rivalScore, 0.5}, {-Double.MAX_VALUE, rivalScore, Double.MAX_VALUE}};
    for (double[] scores : rows) {
      for (int y = 0; y < scores.length; y++) {
        double[] gradient = new double[scores.length];
        HingeLoss.multiclassGradient(y, scores, gradient);
        double margin = Unchecked.multiclassHinge(y, scores);
        assertThat(Unchecked.multiclassHingeGradientMagnitude(margin, false))
            .isEqualTo(LossSpec.norm(gradient, gradient.length));
        HingeLoss.multiclassSquaredGradient(y, scores, gradient);
        assertThat(Unchecked.multiclassHingeGradientMagnitude(margin, true))
            .isEqualTo(LossSpec.norm(gradient, gradient.length));
      }
    }
    // margin 1 + 1 = 2: slopes 1 and 4 at two entries, norms sqrt(2) and 4 sqrt(2)
    double[] scratch = new double[2];
    assertThat(LossSpec.of("multiclass_hinge_loss")
        .validGradientMagnitude(0, null, new double[] {0.0, 1.0}, scratch))
        .isEqualTo(Math.sqrt(2));
    assertThat(LossSpec.of("multiclass_squared_hinge_loss")
        .validGradientMagnitude(0, null, new double[] {0.0, 1.0}, scratch))
        .isEqualTo(4 * Math.sqrt(2));
  }
}
