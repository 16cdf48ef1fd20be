package io.losslens.loss.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A hand-worked breakdown. Rows (true, predicted, weight, loss, p(true), |gradient|):
 * (0, 0, 1, 0.5, 0.6, 1.0), (0, 1, 3, 2.0, 0.2, 4.0), (1, 1, 2, 1.0, 0.5, 2.0); class 2 has
 * none. Expected values: src/test/provenance/per_class_example.py (exact fractions, mpmath).
 */
class PerClassSummaryTest {
  private static final double TOLERANCE = 1e-12;

  private static PerClassSummary example() {
    PerClassState state = new PerClassState(3, 1);
    state.add(0, 0, 1, new double[] {0.5}, 0.6, new double[] {1.0});
    state.add(0, 1, 3, new double[] {2.0}, 0.2, new double[] {4.0});
    state.add(1, 1, 2, new double[] {1.0}, 0.5, new double[] {2.0});
    state.addInvalid(InvalidReason.NULL_LABEL);
    return PerClassSummary.of(state, 0.999);
  }

  private static void assertClose(Metric actual, double expected) {
    assertThat(actual.isPresent()).as("present: %s", actual).isTrue();
    assertThat(actual.value()).isCloseTo(expected, within(TOLERANCE * Math.abs(expected)));
  }

  @Test
  void perClassValues() {
    PerClassSummary.ClassRow c0 = example().classes().get(0);
    assertThat(c0.rows()).isEqualTo(2);
    assertThat(c0.weightSum()).isEqualTo(4.0);
    assertClose(c0.lossMean(0), 1.625);                 // (0.5 + 6) / 4
    assertClose(c0.lossShare(0), 0.7647058823529411);   // 6.5 / 8.5
    assertClose(c0.supportShare(), 0.6666666666666666); // 4 / 6
    assertClose(c0.meanTrueProbability(), 0.3);         // (0.6 + 0.6) / 4
    assertClose(c0.recall(), 0.25);                     // 1 / 4
    assertClose(c0.precision(), 1.0);                   // 1 / 1
    assertClose(c0.meanGradientMagnitude(0), 3.25);     // (1 + 12) / 4
    PerClassSummary.ClassRow c1 = example().classes().get(1);
    assertClose(c1.lossShare(0), 0.23529411764705882);  // 2 / 8.5
    assertClose(c1.precision(), 0.4);                   // 2 / (3 + 2)
    assertClose(c1.recall(), 1.0);
  }

  @Test
  void overallMacroAndAccounting() {
    PerClassSummary s = example();
    assertClose(s.lossMean(0), 1.4166666666666667);      // 8.5 / 6
    assertClose(s.macroLossMean(0), 1.3125);             // (1.625 + 1) / 2, classes with rows
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.accounting().total()).isEqualTo(4);
    assertThat(s.accounting().invalid(InvalidReason.NULL_LABEL)).isEqualTo(1);
  }

  @Test
  void classWeightSuggestions() {
    PerClassSummary s = example();
    assertClose(s.classes().get(0).balancedWeight(), 0.5); // 3 / (3 * 2)
    assertClose(s.classes().get(1).balancedWeight(), 1.0); // 3 / (3 * 1)
    assertClose(s.classes().get(0).effectiveNumberWeight(), 0.6668889629876625);
    assertClose(s.classes().get(1).effectiveNumberWeight(), 1.3331110370123374);
  }

  @Test
  void aClassWithoutRowsIsReportedWithReasons() {
    PerClassSummary.ClassRow c2 = example().classes().get(2);
    assertThat(c2.rows()).isZero();
    assertThat(c2.lossMean(0).missingReason()).isEqualTo("no rows of this class");
    // no weight and no loss: shares of 0 of the totals, which are not 0
    assertThat(c2.supportShare()).isEqualTo(Metric.of(0.0));
    assertThat(c2.lossShare(0)).isEqualTo(Metric.of(0.0));
    assertThat(c2.balancedWeight().missingReason()).isEqualTo("no rows of this class");
    assertThat(c2.precision().missingReason()).isEqualTo("no rows are predicted as this class");
  }

  @Test
  void emptyStateHasDefinedResults() {
    PerClassSummary s = PerClassSummary.of(new PerClassState(2, 1), 0.999);
    assertThat(s.lossMean(0).missingReason()).isEqualTo("no valid rows");
    assertThat(s.macroLossMean(0).missingReason()).isEqualTo("no valid rows");
    assertThat(s.classes()).hasSize(2);
  }

  @Test
  void zeroWeightClassSaysSo() {
    PerClassState state = new PerClassState(1, 1);
    state.add(0, 0, 0.0, new double[] {0.7}, 0.5, new double[] {1.0});
    assertThat(PerClassSummary.of(state, 0.5).classes().get(0).lossMean(0).missingReason())
        .isEqualTo("the rows of this class weigh 0");
  }

  @Test
  void betaOutsideItsRangeIsRejected() {
    assertThatThrownBy(() -> PerClassSummary.of(new PerClassState(2, 1), 1.0))
        .hasMessage("beta must be in [0, 1), but was 1.0");
  }
}
