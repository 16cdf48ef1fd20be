package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.stats.InvalidReason;
import io.losslens.loss.stats.RowAccounting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row is checked once for its prediction's entries (by the first loss) and by every loss for
 * the rest of its rules: a row only a later loss rejects is still counted, under that loss's
 * reason.
 */
class SecondaryLossRulesTest {
  private static RowAccounting accounting(List<LossSpec> losses, double label, double[] x) {
    PerClassAccumulator sums = new PerClassAccumulator(losses,
        AggregationOptions.defaults("per_class_loss").withMode(Mode.DROPMALFORMED));
    sums.add(label, null, x, 1.0);
    sums.add(0.0, null, new double[] {0.5, 0.25, 0.25}, 1.0);
    return sums.summary().accounting();
  }

  @Test
  void aRowOnlyALaterLossRejectsIsCountedUnderItsReason() {
    RowAccounting classWeights = accounting(List.of(LossSpec.of("cross_entropy"),
        LossSpec.weightedCrossEntropy(1, 2, 3)), 0, new double[] {0.5, 0.25, 0.125, 0.125});
    assertThat(classWeights.invalid(InvalidReason.VECTOR_LENGTH_MISMATCH)).isEqualTo(1);
    assertThat(classWeights.valid()).isEqualTo(1);

    RowAccounting alphas = accounting(List.of(LossSpec.of("cross_entropy"),
        LossSpec.multiclassFocal(2, 1, 1, 1)), 1, new double[] {0.5, 0.5});
    assertThat(alphas.invalid(InvalidReason.VECTOR_LENGTH_MISMATCH)).isEqualTo(1);
    assertThat(alphas.valid()).isEqualTo(1);

    // a score loss needs two classes; the probability loss before it takes one
    RowAccounting scores = accounting(List.of(LossSpec.of("cross_entropy"),
        LossSpec.of("multiclass_hinge_loss")), 0, new double[] {1.0});
    assertThat(scores.invalid(InvalidReason.VECTOR_LENGTH_MISMATCH)).isEqualTo(1);
    assertThat(scores.valid()).isEqualTo(1);
  }
}
