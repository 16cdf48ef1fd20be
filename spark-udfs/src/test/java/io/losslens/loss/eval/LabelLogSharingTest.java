package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.CrossEntropy;
import io.losslens.loss.FocalLoss;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Cross-entropy and the multi-class focal loss of one row share {@code ln p~[y]} when their
 * {@code eps} agree: each loss and gradient magnitude equals the checked kernel's, whatever the
 * order of the losses, with class alphas, other gammas, and clips that differ.
 */
class LabelLogSharingTest {
  /** Ordinary, clipped at both ends (0 and 1), and an exact half. */
  private static final double[][] ROWS = {{0.2, 0.5, 0.3}, {0.0, 1.0, 0.0}, {0.5, 0.25, 0.25},
      {1e-17, 0.7, 0.3 - 1e-17}};

  private static final LossSpec CE = LossSpec.of("cross_entropy");
  private static final LossSpec FOCAL = LossSpec.multiclassFocal(2);

  @Test
  void eachLossOfARowIsTheCheckedKernelsValue() {
    check(List.of(CE, FOCAL));
    check(List.of(FOCAL, CE));
    check(List.of(FOCAL.withAlphas(0.25, 0.5, 2.0), CE.withEps(1e-3)));
    check(List.of(CE.withEps(1e-3), LossSpec.multiclassFocal(0.5).withEps(1e-3),
        LossSpec.of("multiclass_hinge_loss")));
    check(List.of(LossSpec.multiclassFocal(0), CE, LossSpec.multiclassFocal(3).withEps(0.01)));
  }

  private static void check(List<LossSpec> losses) {
    RowEvaluator evaluator = new RowEvaluator(losses,
        AggregationOptions.defaults("per_class_loss"), true);
    double[] gradient = new double[3];
    for (double[] x : ROWS) {
      for (int y = 0; y < x.length; y++) {
        assertThat(evaluator.evaluate((double) y, null, x, 1.0)).isTrue();
        for (int l = 0; l < losses.size(); l++) {
          LossSpec loss = losses.get(l);
          String what = loss + " at label " + y + " of " + java.util.Arrays.toString(x);
          assertThat(evaluator.lossValues[l]).as(what).isEqualTo(loss.loss(y, null, x));
          assertThat(evaluator.gradientMagnitudes[l]).as(what)
              .isEqualTo(loss.gradientMagnitude(y, null, x, gradient));
        }
      }
    }
  }

  @Test
  void theSharedLogGivesTheClosedForms() {
    RowEvaluator evaluator = new RowEvaluator(List.of(FOCAL, CE),
        AggregationOptions.defaults("per_class_loss"), true);
    evaluator.evaluate(0.0, null, new double[] {0.25, 0.5, 0.25}, 1.0);
    // by hand, p = 1/4, gamma 2: cross-entropy ln 4 (its gradient -4, norm 4); focal
    // (3/4)^2 ln 4 = (9/16) ln 4, its gradient 2 (3/4) ln(1/4) - (3/4)^2 / (1/4) = -1.5 ln 4 - 9/4
    double ln4 = 1.3862943611198906; // ln 4, mpmath to 17 digits
    Offset<Double> ulps = Offset.offset(4e-16);
    assertThat(evaluator.lossValues[1]).isCloseTo(ln4, ulps);
    assertThat(evaluator.gradientMagnitudes[1]).isEqualTo(4.0);
    assertThat(evaluator.lossValues[0]).isCloseTo(9.0 / 16 * ln4, ulps);
    assertThat(evaluator.gradientMagnitudes[0]).isCloseTo(1.5 * ln4 + 2.25, Offset.offset(1e-15));
    // the kernels agree with the shared path, here and at gamma = 2 where pow(x, 1) is skipped
    double[] g = new double[3];
    FocalLoss.multiclassGradient(0, new double[] {0.25, 0.5, 0.25}, 2, null, 1e-15, g);
    assertThat(Math.abs(g[0])).isEqualTo(evaluator.gradientMagnitudes[0]);
    assertThat(CrossEntropy.loss(0, new double[] {0.25, 0.5, 0.25}, 1e-15))
        .isEqualTo(evaluator.lossValues[1]);
  }
}
