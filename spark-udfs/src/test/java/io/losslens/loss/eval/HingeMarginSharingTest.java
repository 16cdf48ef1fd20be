package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.HingeLoss;
import io.losslens.loss.Predictions;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The hinge losses of one row share one scan for the strongest rival, the same pass that finds
 * the predicted class: each loss and gradient magnitude equals the checked kernel's, in either
 * order, and the predicted class is the argmax, on ties and signed zeros too.
 */
class HingeMarginSharingTest {
  private static final double[][] ROWS = {{0.2, 0.5, 0.3}, {3.0, -1.0, 2.5}, {0.0, 0.0, 0.0},
      {-4.0, 10.0, 9.5}, {1e300, -1e300, 5.0}, {0.0, -0.0, 0.0}, {-0.0, 0.0, -0.0},
      {2.0, 2.0, 1.0}, {1.0, 2.0, 2.0}, {2.0, 1.0, 2.0}, {-1.0, -3.0, -2.0}, {0.5, 0.5}};

  private static final LossSpec HINGE = LossSpec.of("multiclass_hinge_loss");
  private static final LossSpec SQUARED = LossSpec.of("multiclass_squared_hinge_loss");

  @Test
  void eachHingeLossOfARowIsTheCheckedKernelsValue() {
    check(new RowEvaluator(List.of(SQUARED, HINGE), AggregationOptions.defaults("per_class_loss"),
        true), 0, 1);
    check(new RowEvaluator(List.of(HINGE, SQUARED), AggregationOptions.defaults("per_class_loss"),
        true), 1, 0);
  }

  private static void check(RowEvaluator evaluator, int squared, int hinge) {
    for (double[] x : ROWS) {
      double[] gradient = new double[x.length];
      for (int y = 0; y < x.length; y++) {
        assertThat(evaluator.evaluate((double) y, null, x, 1.0)).isTrue();
        assertThat(evaluator.predictedClass).isEqualTo(Predictions.argmax(x));
        assertThat(evaluator.lossValues[squared]).isEqualTo(HingeLoss.multiclassSquaredLoss(y, x));
        assertThat(evaluator.lossValues[hinge]).isEqualTo(HingeLoss.multiclassLoss(y, x));
        HingeLoss.multiclassSquaredGradient(y, x, gradient);
        assertThat(evaluator.gradientMagnitudes[squared])
            .isEqualTo(LossSpec.norm(gradient, x.length));
        HingeLoss.multiclassGradient(y, x, gradient);
        assertThat(evaluator.gradientMagnitudes[hinge])
            .isEqualTo(LossSpec.norm(gradient, x.length));
      }
    }
    // by hand, label 0 of (0.2, 0.5, 0.3): margin 1 + 0.5 - 0.2 = 1.3, squared 1.69; gradient
    // norms sqrt(2) and 2 * 1.3 * sqrt(2)
    evaluator.evaluate(0.0, null, ROWS[0], 1.0);
    Offset<Double> ulps = Offset.offset(1e-15);
    assertThat(evaluator.lossValues[hinge]).isCloseTo(1.3, ulps);
    assertThat(evaluator.lossValues[squared]).isCloseTo(1.69, ulps);
    assertThat(evaluator.gradientMagnitudes[hinge]).isEqualTo(Math.sqrt(2));
    assertThat(evaluator.gradientMagnitudes[squared]).isCloseTo(2.6 * Math.sqrt(2), ulps);
  }
}
