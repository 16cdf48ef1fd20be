package io.losslens.loss.eval;

import static io.losslens.loss.stats.InvalidReason.LABEL_OUT_OF_RANGE;
import static io.losslens.loss.stats.InvalidReason.NON_FINITE_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.NULL_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.VECTOR_LENGTH_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.LossInputException;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.stats.InvalidReason;
import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.PerClassSummary;
import io.losslens.loss.stats.PerClassSummary.ClassRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-class breakdown of rows: hand-worked multi-class, binary, hinge and logit examples
 * checking every summary field, how the number of classes is found, which labels and losses a
 * breakdown refuses, and the monoid laws of merge.
 *
 * <p>Expected values: src/test/provenance/per_class_accumulator_example.py (mpmath, 50 digits,
 * gradients cross-checked with mpmath.diff); its output is appended to the script as a comment
 * and each value below is copied from it, with the closed form where one is short. The
 * per-row values are computed in double and summed exactly, so 1e-12 relative leaves room for
 * a few ulps per row while any wrong weight, class or formula is far outside it.
 */
class PerClassAccumulatorTest {
  private static final String SEED = "20261124";
  private static final String FN = "per_class_loss";
  private static final double TOLERANCE = 1e-12;
  private static final double NaN = Double.NaN;
  private static final String NO_ROWS = "no rows of this class";
  private static final String NOT_PREDICTED = "no rows are predicted as this class";

  private static final AggregationOptions DEFAULTS = AggregationOptions.defaults(FN);
  private static final AggregationOptions DROP = DEFAULTS.withMode(Mode.DROPMALFORMED);
  private static final LossSpec CE = LossSpec.of(LossKind.CROSS_ENTROPY);
  private static final LossSpec FOCAL_1 = LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS).withGamma(1);

  private static double[] v(double... xs) {
    return xs;
  }

  private static void assertClose(Metric actual, double expected) {
    assertThat(actual.isPresent()).as("present: %s", actual).isTrue();
    assertThat(actual.value()).isCloseTo(expected, within(TOLERANCE * Math.abs(expected)));
  }

  private static void assertMissing(Metric actual, String reason) {
    assertThat(actual.isPresent()).as("missing: %s", actual).isFalse();
    assertThat(actual.missingReason()).isEqualTo(reason);
  }

  // ------------------------------------------------------------------ hand-worked examples

  /**
   * Example A: cross_entropy and multiclass_focal_loss(gamma=1), 3 classes inferred from the
   * vectors, class 2 without rows (but predicted once), two invalid rows seen first.
   * <pre>
   * (y, probs, w)                       predicted  p(y)   ce = -ln p  |ce'| = 1/p
   * (0, [0.5, 0.25, 0.25], 1)           0          0.5    ln 2        2
   * (0, [0.25, 0.5, 0.25], 3)           1          0.25   ln 4        4
   * (0, [0.2, 0.2, 0.6], 2)             2          0.2    ln 5        5
   * (1, [0.125, 0.75, 0.125], 2)        1          0.75   ln 4/3      4/3
   * focal(gamma=1) = -(1 - p) ln p, |d/dp| = (1 - p)/p - ln p
   * </pre>
   */
  private static PerClassAccumulator exampleA(AggregationOptions options) {
    PerClassAccumulator acc = new PerClassAccumulator(List.of(CE, FOCAL_1), options);
    acc.add(3.0, null, v(0.2, 0.3, 0.5), 1.0); // label_out_of_range
    acc.add(1.0, null, null, 1.0);             // null_prediction
    acc.add(0.0, null, v(0.5, 0.25, 0.25), 1.0);
    acc.add(0.0, null, v(0.25, 0.5, 0.25), 3.0);
    acc.add(0.0, null, v(0.2, 0.2, 0.6), 2.0);
    acc.add(1.0, null, v(0.125, 0.75, 0.125), 2.0);
    return acc;
  }

  @Test
  void exampleAEveryFieldOfEveryClass() {
    PerClassSummary s = exampleA(DROP).summary();
    assertThat(s.classes()).hasSize(3);
    // python3 per_class_accumulator_example.py, section A:
    ClassRow c0 = s.classes().get(0);
    assertThat(c0.classIndex()).isEqualTo(0);
    assertThat(c0.rows()).isEqualTo(3);
    assertThat(c0.weightSum()).isEqualTo(6.0);
    assertClose(c0.supportShare(), 0.75);                    // 6 / 8
    assertClose(c0.lossMean(0), 1.3451510147979697);         // (7 ln 2 + 2 ln 5) / 6
    assertClose(c0.lossMean(1), 1.006806093782381);
    assertClose(c0.lossShare(0), 0.9334552206497576);
    assertClose(c0.lossShare(1), 0.9767423549691572);
    assertClose(c0.meanGradientMagnitude(0), 4.0);           // (2 + 3*4 + 2*5) / 6
    assertClose(c0.meanGradientMagnitude(1), 4.3451510147979695);
    assertClose(c0.meanTrueProbability(), 0.275);            // (0.5 + 0.75 + 0.4) / 6
    assertClose(c0.recall(), 0.16666666666666666);           // 1 / 6
    assertClose(c0.precision(), 1.0);                        // 1 / 1
    assertClose(c0.balancedWeight(), 0.4444444444444444);    // 4 / (3 * 3)
    assertClose(c0.effectiveNumberWeight(), 0.500375156273416);

    ClassRow c1 = s.classes().get(1);
    assertThat(c1.rows()).isEqualTo(1);
    assertThat(c1.weightSum()).isEqualTo(2.0);
    assertClose(c1.supportShare(), 0.25);
    assertClose(c1.lossMean(0), 0.2876820724517809);         // ln(4/3)
    assertClose(c1.lossMean(1), 0.07192051811294523);        // 0.25 ln(4/3)
    assertClose(c1.lossShare(0), 0.06654477935024242);
    assertClose(c1.lossShare(1), 0.02325764503084277);
    assertClose(c1.meanGradientMagnitude(0), 1.3333333333333333);
    assertClose(c1.meanGradientMagnitude(1), 0.6210154057851143);
    assertClose(c1.meanTrueProbability(), 0.75);
    assertClose(c1.recall(), 1.0);
    assertClose(c1.precision(), 0.4);                        // 2 / (3 + 2)
    assertClose(c1.balancedWeight(), 1.3333333333333333);    // 4 / (3 * 1)
    assertClose(c1.effectiveNumberWeight(), 1.499624843726584);

    ClassRow c2 = s.classes().get(2);
    assertThat(c2.rows()).isZero();
    assertThat(c2.weightSum()).isZero();
    // no weight and no loss: shares of 0 of the totals, which are not 0
    for (Metric m : List.of(c2.supportShare(), c2.lossShare(0), c2.lossShare(1))) {
      assertThat(m).isEqualTo(Metric.of(0.0));
    }
    for (Metric m : List.of(c2.lossMean(0), c2.lossMean(1), c2.meanGradientMagnitude(0),
        c2.meanGradientMagnitude(1),
        c2.meanTrueProbability(), c2.recall(), c2.balancedWeight(),
        c2.effectiveNumberWeight())) {
      assertMissing(m, NO_ROWS);
    }
    assertThat(c2.precision()).isEqualTo(Metric.of(0.0)); // predicted once (w 2), never right

    assertThat(s.rows()).isEqualTo(4);
    assertThat(s.weightSum()).isEqualTo(8.0);
    assertClose(s.lossMean(0), 1.0807837792114225);
    assertClose(s.macroLossMean(0), 0.8164165436248753);
    assertClose(s.lossMean(1), 0.7730846998650222);
    assertClose(s.macroLossMean(1), 0.5393633059476632);
    assertThat(s.accounting().valid()).isEqualTo(4);
    assertThat(s.accounting().invalidByReason())
        .isEqualTo(Map.of(NULL_PREDICTION, 1L, LABEL_OUT_OF_RANGE, 1L));
    assertThat(s.accounting().total()).isEqualTo(6);
  }

  @Test
  void effectiveNumberWeightsFollowBeta() {
    // beta 0.5: (1 - b)/(1 - b^n) is 0.5/0.875 = 4/7 for n = 3 and 1 for n = 1; normalized to
    // sum to 2 (the classes with rows): 2 (4/7) / (11/7) = 8/11 and 2 / (11/7) = 14/11
    PerClassSummary s = exampleA(DROP.withBeta(0.5)).summary();
    assertClose(s.classes().get(0).effectiveNumberWeight(), 8.0 / 11);
    assertClose(s.classes().get(1).effectiveNumberWeight(), 14.0 / 11);
    // beta 0: every class with rows weighs 1
    PerClassSummary flat = exampleA(DROP.withBeta(0)).summary();
    assertClose(flat.classes().get(0).effectiveNumberWeight(), 1.0);
    assertClose(flat.classes().get(1).effectiveNumberWeight(), 1.0);
  }

  @Test
  void classWeightsMultiplyTheSampleWeights() {
    PerClassAccumulator acc =
        new PerClassAccumulator(List.of(CE), DEFAULTS.withClassWeights(2, 1, 1));
    acc.add(0.0, null, v(0.5, 0.25, 0.25), 1.5); // row weight 1.5 * 2 = 3, ln 2
    acc.add(1.0, null, v(0.25, 0.5, 0.25), 1.0); // row weight 1, ln 2
    PerClassSummary s = acc.summary();
    assertThat(s.classes().get(0).weightSum()).isEqualTo(3.0);
    assertThat(s.classes().get(1).weightSum()).isEqualTo(1.0);
    assertClose(s.classes().get(0).supportShare(), 0.75);
    // ln 2 to 17 digits (a standard constant); both classes have the mean ln 2
    assertClose(s.lossMean(0), 0.6931471805599453);
  }

  /**
   * Example B: focal_loss(alpha=0.25, gamma=2) on (negative, positive) 2-vectors, entry 1 read.
   * <pre>
   * (y, vector, w)        predicted (p > 0.5)   p(y)
   * (1, [0.2, 0.8], 1)    1                     0.8
   * (0, [0.7, 0.3], 1)    0                     1 - 0.3 = 0.7
   * (1, [0.6, 0.4], 2)    0                     0.4
   * </pre>
   */
  @Test
  void binaryFocalLossOnTwoVectors() {
    PerClassAccumulator acc =
        new PerClassAccumulator(List.of(LossSpec.of(LossKind.FOCAL_LOSS)), DEFAULTS);
    acc.add(1.0, null, v(0.2, 0.8), 1.0);
    acc.add(0.0, null, v(0.7, 0.3), 1.0);
    acc.add(1.0, null, v(0.6, 0.4), 2.0);
    PerClassSummary s = acc.summary();
    assertThat(s.classes()).hasSize(2);
    // python3 per_class_accumulator_example.py, section B:
    ClassRow c0 = s.classes().get(0);
    assertThat(c0.rows()).isEqualTo(1);
    assertThat(c0.weightSum()).isEqualTo(1.0);
    assertClose(c0.supportShare(), 0.25);
    assertClose(c0.lossMean(0), 0.024075558715864434);      // 0.75 * 0.3^2 * -ln 0.7
    assertClose(c0.lossShare(0), 0.1258923006249256);
    assertClose(c0.meanGradientMagnitude(0), 0.256932296201001);
    assertClose(c0.meanTrueProbability(), 0.7);
    assertClose(c0.recall(), 1.0);
    assertClose(c0.precision(), 0.3333333333333333);        // 1 / (1 + 2)
    assertClose(c0.balancedWeight(), 1.5);                  // 3 / (2 * 1)
    assertClose(c0.effectiveNumberWeight(), 1.3331110370123374);
    ClassRow c1 = s.classes().get(1);
    assertThat(c1.rows()).isEqualTo(2);
    assertThat(c1.weightSum()).isEqualTo(3.0);
    assertClose(c1.supportShare(), 0.75);
    assertClose(c1.lossMean(0), 0.05572125575016333);
    assertClose(c1.lossShare(0), 0.8741076993750744);
    assertClose(c1.meanGradientMagnitude(0), 0.34486293141863794);
    assertClose(c1.meanTrueProbability(), 0.5333333333333333); // (0.8 + 2 * 0.4) / 3
    assertClose(c1.recall(), 0.3333333333333333);
    assertClose(c1.precision(), 1.0);
    assertClose(c1.balancedWeight(), 0.75);                  // 3 / (2 * 2)
    assertClose(c1.effectiveNumberWeight(), 0.6668889629876625);
    assertClose(s.lossMean(0), 0.04780983149158861);
    assertClose(s.macroLossMean(0), 0.03989840723301388);
  }

  /** Hinge scores: losses and gradients are exact by hand; scores are not probabilities. */
  @Test
  void hingeLossHasNoTrueClassProbability() {
    PerClassAccumulator acc =
        new PerClassAccumulator(List.of(LossSpec.of(LossKind.HINGE_LOSS)), DEFAULTS);
    acc.add(1.0, null, v(0.5), 1.0);   // loss 1 - 0.5 = 0.5, |grad| 1, predicted 1
    acc.add(-1.0, null, v(-2.0), 1.0); // loss max(0, 1 - 2) = 0, |grad| 0, predicted 0
    acc.add(0.0, null, v(0.25), 2.0);  // loss 1 + 0.25 = 1.25, |grad| 1, predicted 1
    PerClassSummary s = acc.summary();
    ClassRow c0 = s.classes().get(0);
    ClassRow c1 = s.classes().get(1);
    assertThat(c0.rows()).isEqualTo(2);
    assertThat(c0.weightSum()).isEqualTo(3.0);
    assertClose(c0.lossMean(0), 2.5 / 3);            // (0 + 2 * 1.25) / 3
    assertClose(c0.lossShare(0), 2.5 / 3);           // 2.5 / (2.5 + 0.5)
    assertClose(c0.meanGradientMagnitude(0), 2.0 / 3);
    assertClose(c0.recall(), 1.0 / 3);
    assertClose(c0.precision(), 1.0);
    assertClose(c1.lossMean(0), 0.5);
    assertClose(c1.meanGradientMagnitude(0), 1.0);
    assertClose(c1.recall(), 1.0);
    assertClose(c1.precision(), 1.0 / 3);            // 1 / (1 + 2)
    assertClose(s.lossMean(0), 0.75);                // 3 / 4
    for (ClassRow c : s.classes()) {
      assertMissing(c.meanTrueProbability(), "hinge_loss predictions are scores, not probabilities");
    }
  }

  /**
   * Example C: cross_entropy_logits, the true-class probability is the softmax. By hand:
   * softmax(0, ln 2, ln 5) = (1, 2, 5)/8 and softmax(ln 3, 0, 0) = (3, 1, 1)/5; the gradient
   * norms |softmax - onehot| are sqrt(14)/8, sqrt(62)/8 and sqrt(6)/5.
   */
  @Test
  void crossEntropyLogitsTrueProbabilityIsTheSoftmax() {
    PerClassAccumulator acc = new PerClassAccumulator(
        List.of(LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS)), DEFAULTS);
    double[] z = v(0, Math.log(2), Math.log(5));
    acc.add(2.0, null, z, 1.0);
    acc.add(1.0, null, z, 1.0);
    acc.add(0.0, null, v(Math.log(3), 0, 0), 2.0);
    PerClassSummary s = acc.summary();
    // python3 per_class_accumulator_example.py, section C:
    assertClose(s.classes().get(0).meanTrueProbability(), 0.6);
    assertClose(s.classes().get(1).meanTrueProbability(), 0.25);
    assertClose(s.classes().get(2).meanTrueProbability(), 0.625);
    assertClose(s.classes().get(0).lossMean(0), 0.5108256237659906);   // ln(5/3)
    assertClose(s.classes().get(1).lossMean(0), 1.3862943611198906);   // ln 4
    assertClose(s.classes().get(2).lossMean(0), 0.4700036292457356);   // ln(8/5)
    assertClose(s.classes().get(0).meanGradientMagnitude(0), Math.sqrt(6) / 5);
    assertClose(s.classes().get(1).meanGradientMagnitude(0), Math.sqrt(62) / 8);
    assertClose(s.classes().get(2).meanGradientMagnitude(0), Math.sqrt(14) / 8);
    assertClose(s.classes().get(1).recall(), 0.0);
    assertMissing(s.classes().get(1).precision(), NOT_PREDICTED);
    assertClose(s.classes().get(2).precision(), 0.5);
    assertClose(s.lossMean(0), 0.7194873094744019);
    assertClose(s.macroLossMean(0), 0.789041204710539);
  }

  @Test
  void noValidRowsGiveMissingMeansAndTheAccounting() {
    PerClassAccumulator inferred = new PerClassAccumulator(List.of(CE), DROP);
    inferred.add(null, null, v(0.5, 0.5), 1.0);
    inferred.add(0.0, null, v(NaN, 0.5), 1.0);
    PerClassSummary s = inferred.summary();
    assertThat(s.classes()).isEmpty(); // the number of classes was never seen
    assertThat(s.rows()).isZero();
    assertMissing(s.lossMean(0), "no valid rows");
    assertMissing(s.macroLossMean(0), "no valid rows");
    assertThat(s.accounting().total()).isEqualTo(2);
    assertThat(s.accounting().invalid(NON_FINITE_PREDICTION)).isEqualTo(1);

    PerClassSummary binary =
        new PerClassAccumulator(List.of(LossSpec.of(LossKind.FOCAL_LOSS)), DROP).summary();
    assertThat(binary.classes()).extracting(ClassRow::rows).containsExactly(0L, 0L);
    assertMissing(binary.classes().get(1).precision(), NOT_PREDICTED);
    assertMissing(binary.lossMean(0), "no valid rows");
  }

  // ------------------------------------------------------------------ number of classes

  @Test
  void predictionsOfDifferentLengthsFailTheSummaryWhateverTheOrder() {
    String message = "per_class_loss: the prediction vectors have 3 to 4 entries; set "
        + "num_classes to the number of classes (rows of another length are then counted as "
        + "vector_length_mismatch)";
    for (boolean longFirst : new boolean[] {false, true}) {
      PerClassAccumulator acc = new PerClassAccumulator(List.of(CE), DROP);
      double[][] rows = longFirst ? new double[][] {v(0.1, 0.2, 0.3, 0.4), v(0.2, 0.3, 0.5)}
          : new double[][] {v(0.2, 0.3, 0.5), v(0.1, 0.2, 0.3, 0.4)};
      for (double[] x : rows) {
        acc.add(0.0, null, x, 1.0);
      }
      assertThatThrownBy(acc::summary).isInstanceOf(LossInputException.class).hasMessage(message);
    }
    PerClassAccumulator three = new PerClassAccumulator(List.of(CE), DROP);
    three.add(0.0, null, v(0.2, 0.3, 0.5), 1.0);
    PerClassAccumulator four = new PerClassAccumulator(List.of(CE), DROP);
    four.add(0.0, null, v(0.1, 0.2, 0.3, 0.4), 1.0);
    PerClassAccumulator a = new PerClassAccumulator(List.of(CE), DROP);
    a.merge(three);
    a.merge(four);
    PerClassAccumulator b = new PerClassAccumulator(List.of(CE), DROP);
    b.merge(four);
    b.merge(three);
    assertThatThrownBy(a::summary).hasMessage(message);
    assertThatThrownBy(b::summary).hasMessage(message);
  }

  @Test
  void invalidRowsOfAnotherLengthDoNotDisagree() {
    PerClassAccumulator acc = new PerClassAccumulator(List.of(CE), DROP);
    acc.add(0.0, null, v(0.1, 0.2, NaN, 0.4), 1.0); // invalid anyway
    acc.add(0.0, null, v(0.2, 0.3, 0.5), 1.0);
    acc.add(5.0, null, v(0.1, 0.2, 0.3, 0.2, 0.2), 1.0);
    PerClassSummary s = acc.summary();
    assertThat(s.classes()).hasSize(3);
    assertThat(s.accounting().valid()).isEqualTo(1);
    assertThat(s.accounting().invalidTotal()).isEqualTo(2);
  }

  @Test
  void withNumClassesOtherLengthsAreVectorLengthMismatches() {
    PerClassAccumulator acc = new PerClassAccumulator(List.of(CE), DROP.withNumClasses(3));
    acc.add(0.0, null, v(0.1, 0.2, 0.3, 0.4), 1.0);
    acc.add(0.0, null, v(0.2, 0.3, 0.5), 1.0);
    acc.add(1.0, null, v(0.5, 0.5), 1.0);
    PerClassSummary s = acc.summary();
    assertThat(s.classes()).hasSize(3);
    assertThat(s.accounting().valid()).isEqualTo(1);
    assertThat(s.accounting().invalidByReason()).isEqualTo(Map.of(VECTOR_LENGTH_MISMATCH, 2L));
    PerClassAccumulator failFast = new PerClassAccumulator(List.of(CE), DEFAULTS.withNumClasses(3));
    assertThatThrownBy(() -> failFast.add(0.0, null, v(0.1, 0.2, 0.3, 0.4), 1.0))
        .hasMessageContaining("(vector_length_mismatch): the prediction has 4 entries, but "
            + "num_classes is 3");
    // num_classes larger than any vector: classes without rows are reported
    PerClassAccumulator five = new PerClassAccumulator(List.of(CE), DROP.withNumClasses(5));
    five.add(0.0, null, v(0.5, 0.2, 0.1, 0.1, 0.1), 1.0);
    assertThat(five.summary().classes()).extracting(ClassRow::rows)
        .containsExactly(1L, 0L, 0L, 0L, 0L);
  }

  // ------------------------------------------------------------------ refused labels, losses

  @Test
  void softBinaryLabelsHaveNoClass() {
    LossSpec focal = LossSpec.of(LossKind.FOCAL_LOSS);
    PerClassAccumulator drop = new PerClassAccumulator(List.of(focal), DROP);
    drop.add(0.3, null, v(0.6), 1.0);
    drop.add(1.0, null, v(0.6), 1.0);
    assertThat(drop.summary().accounting().invalidByReason())
        .isEqualTo(Map.of(LABEL_OUT_OF_RANGE, 1L));
    assertThat(drop.summary().rows()).isEqualTo(1);
    PerClassAccumulator failFast = new PerClassAccumulator(List.of(focal), DEFAULTS);
    assertThatThrownBy(() -> failFast.add(0.3, null, v(0.6), 1.0))
        .isInstanceOf(LossInputException.class)
        .hasMessageStartingWith("per_class_loss: invalid row (label_out_of_range): ")
        .hasMessageContaining("label 0.3 is not 0 or 1; a per-class breakdown needs a hard label");
  }

  static Stream<Arguments> refusedConfigurations() {
    LossSpec focal = LossSpec.of(LossKind.FOCAL_LOSS);
    return Stream.of(
        Arguments.of(List.of(LossSpec.of(LossKind.KL_DIVERGENCE)), DEFAULTS,
            "per_class_loss: kl_divergence has no class label, so it has no per-class breakdown"),
        Arguments.of(List.of(LossSpec.of(LossKind.SOFT_CROSS_ENTROPY)), DEFAULTS,
            "per_class_loss: soft_cross_entropy has no class label, so it has no per-class "
                + "breakdown"),
        Arguments.of(List.of(), DEFAULTS, "per_class_loss: needs at least one loss"),
        Arguments.of(List.of(focal, focal.withGamma(1)), DEFAULTS,
            "per_class_loss: the losses must be distinct, but were "
                + "[focal_loss(alpha=0.25, gamma=2.0, eps=1.0E-15), "
                + "focal_loss(alpha=0.25, gamma=1.0, eps=1.0E-15)]"),
        Arguments.of(List.of(CE, focal), DEFAULTS,
            "per_class_loss: the losses cross_entropy and focal_loss take different kinds of "
                + "labels or predictions; evaluate them separately"),
        // probabilities and logits cannot both be read from one prediction column
        Arguments.of(List.of(CE, LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS)), DEFAULTS,
            "per_class_loss: the losses cross_entropy and cross_entropy_logits take different "
                + "kinds of labels or predictions; evaluate them separately"),
        Arguments.of(List.of(focal), DEFAULTS.withNumClasses(3),
            "per_class_loss: num_classes must be 2 for binary losses, but was 3"),
        Arguments.of(List.of(LossSpec.of(LossKind.WEIGHTED_CROSS_ENTROPY)), DEFAULTS,
            "weighted_cross_entropy: class_weights is required (a weight >= 0 per class)"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void refusedConfigurations(List<LossSpec> losses, AggregationOptions options, String message) {
    assertThatThrownBy(() -> new PerClassAccumulator(losses, options))
        .isInstanceOf(LossInputException.class).hasMessage(message);
  }

  @Test
  void mergingDifferentConfigurationsFails() {
    PerClassAccumulator ce = new PerClassAccumulator(List.of(CE), DROP);
    assertThatThrownBy(() -> ce.merge(new PerClassAccumulator(List.of(CE, FOCAL_1), DROP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("per_class_loss: cannot merge a breakdown of ");
    assertThatThrownBy(() -> ce.merge(new PerClassAccumulator(List.of(CE), DROP.withBeta(0.5))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ce.merge(new PerClassAccumulator(List.of(CE), DROP.withNumClasses(3))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ laws

  /** A row of the law tests; any part may be invalid or NULL. */
  static final class Row {
    final Double label;
    final double[] x;
    final Double weight;

    Row(Double label, double[] x, Double weight) {
      this.label = label;
      this.x = x;
      this.weight = weight;
    }

    @Override
    public String toString() {
      return "(" + label + ", " + Arrays.toString(x) + ", " + weight + ")";
    }
  }

  /** A breakdown configuration with rows that suit it. */
  enum Config {
    /** 3 classes inferred from the vectors; every row of another length is invalid anyway. */
    INFERRED(List.of(CE, FOCAL_1), DROP),
    /** num_classes 3 and vectors of 2 to 4 entries (the others are length mismatches). */
    FIXED(List.of(CE), DROP.withNumClasses(3).withClassWeights(1, 2, 0.5)),
    /** Binary losses on 1- and 2-vectors, soft and out-of-range labels. */
    BINARY(List.of(LossSpec.of(LossKind.FOCAL_LOSS), LossSpec.of(LossKind.BINARY_CROSS_ENTROPY)),
        DROP.withBeta(0.9));

    final List<LossSpec> losses;
    final AggregationOptions options;

    Config(List<LossSpec> losses, AggregationOptions options) {
      this.losses = losses;
      this.options = options;
    }

    PerClassAccumulator empty() {
      return new PerClassAccumulator(losses, options);
    }

    PerClassAccumulator accumulate(List<Row> rows) {
      PerClassAccumulator acc = empty();
      rows.forEach(r -> acc.add(r.label, null, r.x, r.weight));
      return acc;
    }
  }

  /** Rows and their configuration. */
  static final class Case {
    final Config config;
    final List<Row> rows;

    Case(Config config, List<Row> rows) {
      this.config = config;
      this.rows = rows;
    }

    @Override
    public String toString() {
      return config + " " + rows;
    }
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return Arbitraries.frequencyOf(Tuple.of(24, values), Tuple.of(1, Arbitraries.just(null)));
  }

  private static Arbitrary<double[]> probabilities(int n) {
    Arbitrary<Double> entry = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.doubles().between(0, 1)),
        Tuple.of(2, Arbitraries.of(0.0, 1.0, 0.5)),
        Tuple.of(1, Arbitraries.of(1.5, -0.25, NaN)));
    return entry.list().ofSize(n).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Arbitrary<double[]> predictions(Config config) {
    switch (config) {
      case INFERRED:
        // other lengths always invalid: empty, a NaN appended, or a 2-vector with 1.5
        return Arbitraries.frequencyOf(Tuple.of(30, probabilities(3)),
            Tuple.of(1, Arbitraries.just(new double[0])),
            Tuple.of(1, probabilities(3).map(p -> appendNaN(p))),
            Tuple.of(1, probabilities(1).map(p -> v(p[0], 1.5))));
      case FIXED:
        return Arbitraries.frequencyOf(Tuple.of(20, probabilities(3)),
            Tuple.of(2, probabilities(2)), Tuple.of(2, probabilities(4)));
      default:
        return Arbitraries.frequencyOf(Tuple.of(10, probabilities(1)),
            Tuple.of(10, probabilities(2)), Tuple.of(1, probabilities(3)));
    }
  }

  private static double[] appendNaN(double[] p) {
    double[] out = Arrays.copyOf(p, p.length + 1);
    out[p.length] = NaN;
    return out;
  }

  private static Arbitrary<List<Row>> rowsFor(Config config) {
    Arbitrary<Double> labels = config == Config.BINARY
        ? Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.of(0.0, 1.0)),
            Tuple.of(2, Arbitraries.of(0.3, 2.0, NaN)))
        : Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.of(0.0, 1.0, 2.0)),
            Tuple.of(1, Arbitraries.of(3.0, 1.5, -1.0)));
    Arbitrary<Double> weights = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.doubles().between(0, 10)),
        Tuple.of(3, Arbitraries.of(0.0, 1.0, 1e-300, 1e10, 3e-5)),
        Tuple.of(1, Arbitraries.of(-1.0, NaN, Double.POSITIVE_INFINITY)));
    return Combinators.combine(orNull(labels), orNull(predictions(config)), orNull(weights))
        .as(Row::new).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(Config.class).flatMap(c -> rowsFor(c).map(rows -> new Case(c, rows)));
  }

  @Provide
  Arbitrary<List<Row>> inferredRows() {
    return rowsFor(Config.INFERRED);
  }

  @Provide
  Arbitrary<Case[]> caseTriples() {
    return Arbitraries.of(Config.class).flatMap(c -> rowsFor(c).list().ofSize(3)
        .map(l -> new Case[] {new Case(c, l.get(0)), new Case(c, l.get(1)),
            new Case(c, l.get(2))}));
  }

  private static PerClassAccumulator merged(Config config, PerClassAccumulator... parts) {
    PerClassAccumulator m = config.empty();
    for (PerClassAccumulator p : parts) {
      m.merge(p);
    }
    return m;
  }

  /** Every number of a summary, for bit-for-bit comparison (Double and Metric equality). */
  private static List<Object> fingerprint(PerClassSummary s, int losses) {
    List<Object> out = new ArrayList<>(List.of(s.rows(), s.weightSum(), s.accounting()));
    for (int l = 0; l < losses; l++) {
      out.add(s.lossMean(l));
      out.add(s.macroLossMean(l));
    }
    for (ClassRow c : s.classes()) {
      out.addAll(List.of(c.classIndex(), c.rows(), c.weightSum(), c.supportShare(),
          c.meanTrueProbability(), c.recall(), c.precision(), c.balancedWeight(),
          c.effectiveNumberWeight()));
      for (int l = 0; l < losses; l++) {
        out.addAll(List.of(c.lossMean(l), c.lossShare(l), c.meanGradientMagnitude(l)));
      }
    }
    return out;
  }

  private static void assertSameResults(Config config, PerClassAccumulator a,
      PerClassAccumulator b) {
    assertThat(a).isEqualTo(b);
    assertThat(fingerprint(a.summary(), config.losses.size()))
        .isEqualTo(fingerprint(b.summary(), config.losses.size()));
  }

  @Property(tries = 200, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void emptyIsTheIdentityAndMergeIsCommutativeAndAssociative(
      @ForAll("caseTriples") Case[] abc) {
    Config config = abc[0].config;
    PerClassAccumulator x = config.accumulate(abc[0].rows);
    PerClassAccumulator y = config.accumulate(abc[1].rows);
    PerClassAccumulator z = config.accumulate(abc[2].rows);
    assertSameResults(config, merged(config, x, config.empty()), x);
    assertSameResults(config, merged(config, config.empty(), x), x);
    assertSameResults(config, merged(config, x, y), merged(config, y, x));
    assertSameResults(config, merged(config, merged(config, x, y), z),
        merged(config, x, merged(config, y, z)));
  }

  /**
   * Split into contiguous parts at random points (a part may hold only invalid rows, so an
   * inferred breakdown starts without a number of classes), merge in a random order: the same
   * bits as one pass; a permutation of the rows too. Valid + invalid = every row.
   */
  @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void splitThenMergeAndPermutationsEqualTheWhole(@ForAll("cases") Case c, @ForAll long seed) {
    PerClassAccumulator whole = c.config.accumulate(c.rows);
    Random random = new Random(seed);
    List<Integer> cuts = new ArrayList<>(List.of(0, c.rows.size()));
    for (int k = random.nextInt(6); k > 0; k--) {
      cuts.add(random.nextInt(c.rows.size() + 1));
    }
    Collections.sort(cuts);
    List<PerClassAccumulator> parts = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      parts.add(c.config.accumulate(c.rows.subList(cuts.get(i), cuts.get(i + 1))));
    }
    Collections.shuffle(parts, random);
    PerClassAccumulator together = c.config.empty();
    parts.forEach(together::merge);
    assertSameResults(c.config, together, whole);

    List<Row> shuffled = new ArrayList<>(c.rows);
    Collections.shuffle(shuffled, random);
    assertSameResults(c.config, c.config.accumulate(shuffled), whole);
    assertThat(whole.summary().accounting().total()).isEqualTo(c.rows.size());
    assertThat(whole.summary().accounting().valid()).isEqualTo(whole.summary().rows());
  }

  /**
   * The unboxed road (the SQL aggregates' rows with a label and a weight) counts and sums every
   * row as the boxed one does, invalid rows by the same reasons.
   */
  @Property(tries = 200, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void unboxedRowsAreAddedAsBoxedOnes(@ForAll("cases") Case c) {
    PerClassAccumulator unboxed = c.config.empty();
    for (Row r : c.rows) {
      if (r.label != null && r.weight != null) {
        unboxed.addUnboxed(r.label, null, r.x, r.weight);
      } else {
        unboxed.add(r.label, null, r.x, r.weight);
      }
    }
    assertSameResults(c.config, unboxed, c.config.accumulate(c.rows));
  }

  /** With the number of classes inferred, disagreeing lengths fail however rows are split. */
  @Property(tries = 200, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void disagreeingLengthsFailHoweverSplitAndOrdered(@ForAll("inferredRows") List<Row> given,
      @ForAll long seed) {
    List<Row> rows = new ArrayList<>(given);
    rows.add(new Row(0.0, v(0.25, 0.25, 0.25, 0.25), 1.0));
    rows.add(new Row(1.0, v(0.2, 0.3, 0.5), 1.0));
    Random random = new Random(seed);
    Collections.shuffle(rows, random);
    List<PerClassAccumulator> parts = new ArrayList<>();
    for (int p = 1 + random.nextInt(4); p > 0; p--) {
      parts.add(Config.INFERRED.empty());
    }
    rows.forEach(r -> parts.get(random.nextInt(parts.size())).add(r.label, null, r.x, r.weight));
    PerClassAccumulator together = Config.INFERRED.empty();
    parts.forEach(together::merge);
    assertThatThrownBy(together::summary).isInstanceOf(LossInputException.class)
        .hasMessageContaining("set num_classes");
  }
}
