package io.losslens.loss.eval;

import static io.losslens.loss.stats.InvalidReason.EMPTY_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.LABEL_OUT_OF_RANGE;
import static io.losslens.loss.stats.InvalidReason.NEGATIVE_WEIGHT;
import static io.losslens.loss.stats.InvalidReason.NON_FINITE_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.NON_FINITE_WEIGHT;
import static io.losslens.loss.stats.InvalidReason.NULL_LABEL;
import static io.losslens.loss.stats.InvalidReason.NULL_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.NULL_WEIGHT;
import static io.losslens.loss.stats.InvalidReason.PROBABILITY_OUT_OF_RANGE;
import static io.losslens.loss.stats.InvalidReason.VECTOR_LENGTH_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.Divergence;
import io.losslens.loss.HingeLoss;
import io.losslens.loss.LossInputException;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.stats.InvalidReason;
import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.WeightedLossState;
import io.losslens.loss.stats.WeightedLossState.Normalization;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
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
 * The weighted mean of one loss over rows: hand-worked means under both normalizations and
 * class weights, the accounting and order of invalid rows, FAILFAST messages, exact sums on
 * adversarial weights, and the monoid laws of merge.
 */
class WeightedLossAccumulatorTest {
  private static final String SEED = "20261124";
  private static final String FN = "loss_summary";
  private static final double NAN = Double.NaN;
  /** ln 2 to 60 digits (a standard constant, e.g. OEIS A002162). */
  private static final BigDecimal LN2 =
      new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680");
  /**
   * Means of a few rows of ln 2 multiples: each per-row loss is Math.log of a power of two
   * (within an ulp), the weights are exact, the sums exact and rounded once, so the results are
   * within a few ulps of the exact value; 1e-15 relative is about 5 ulps.
   */
  private static final double LOG_TOLERANCE = 1e-15;

  private static final AggregationOptions DEFAULTS = AggregationOptions.defaults(FN);
  private static final AggregationOptions DROP = DEFAULTS.withMode(Mode.DROPMALFORMED);
  private static final LossSpec CE = LossSpec.of(LossKind.CROSS_ENTROPY);

  private static double[] v(double... xs) {
    return xs;
  }

  private static double ln2Times(String factor) {
    return LN2.multiply(new BigDecimal(factor)).doubleValue();
  }

  private static void assertMean(Metric mean, double expected) {
    assertThat(mean.isPresent()).as("present: %s", mean).isTrue();
    assertThat(mean.value()).isCloseTo(expected, within(LOG_TOLERANCE * Math.abs(expected)));
  }

  // ------------------------------------------------------------------ hand-worked means

  @Test
  void crossEntropyMeanByWeightAndByRows() {
    WeightedLossAccumulator byWeight = new WeightedLossAccumulator(CE, DEFAULTS);
    WeightedLossAccumulator byRows =
        new WeightedLossAccumulator(CE, DEFAULTS.withNormalization(Normalization.BY_ROWS));
    for (WeightedLossAccumulator acc : List.of(byWeight, byRows)) {
      acc.add(0.0, null, v(0.5, 0.25, 0.25), 1.0); // -ln 0.5  = ln 2
      acc.add(1.0, null, v(0.5, 0.25, 0.25), 2.0); // -ln 0.25 = 2 ln 2
      acc.add(2.0, null, v(0.25, 0.25, 0.5), 1.0); // ln 2
    }
    // sum w * loss = ln 2 + 4 ln 2 + ln 2 = 6 ln 2; sum w = 4; rows = 3
    assertMean(byWeight.mean(), ln2Times("1.5"));
    assertMean(byRows.mean(), ln2Times("2"));
    assertThat(byWeight.state().weightSum()).isEqualTo(4.0);
    assertThat(byWeight.state().rows()).isEqualTo(3);
    double sum = ln2Times("6");
    assertThat(byWeight.state().weightedLossSum()).isCloseTo(sum, within(LOG_TOLERANCE * sum));
  }

  @Test
  void hingeMeansAreExactRationals() {
    LossSpec hinge = LossSpec.of(LossKind.HINGE_LOSS);
    WeightedLossAccumulator byWeight = new WeightedLossAccumulator(hinge, DEFAULTS);
    WeightedLossAccumulator byRows =
        new WeightedLossAccumulator(hinge, DEFAULTS.withNormalization(Normalization.BY_ROWS));
    for (WeightedLossAccumulator acc : List.of(byWeight, byRows)) {
      acc.add(1.0, null, v(0.5), 2.0);   // max(0, 1 - 0.5) = 0.5
      acc.add(-1.0, null, v(0.5), 1.0);  // max(0, 1 + 0.5) = 1.5
      acc.add(0.0, null, v(-3.0), 1.0);  // max(0, 1 - 3) = 0
    }
    // sum w * loss = 1 + 1.5 + 0 = 2.5 (exact in binary); sum w = 4; rows = 3
    assertThat(byWeight.mean()).isEqualTo(Metric.of(0.625));
    assertThat(byRows.mean()).isEqualTo(Metric.of(2.5 / 3)); // 5/6 rounded once
  }

  /**
   * Row weight = sample weight x class weight of the true class, and the mean is
   * {@code sum(w cw[y] ce) / sum(w cw[y])}: PyTorch's {@code CrossEntropyLoss(weight=cw)} mean
   * when the sample weights are 1.
   */
  @Test
  void classWeightsWeighRowsByTheirTrueClassAsPyTorchDoes() {
    double[] cw = {1, 2, 0.5};
    WeightedLossAccumulator torch =
        new WeightedLossAccumulator(CE, DEFAULTS.withClassWeights(cw));
    torch.add(0.0, null, v(0.5, 0.25, 0.25), 1.0); // cw 1:   ln 2
    torch.add(1.0, null, v(0.5, 0.25, 0.25), 1.0); // cw 2:   2 ln 2
    torch.add(2.0, null, v(0.25, 0.25, 0.5), 1.0); // cw 0.5: ln 2
    // (ln 2 + 4 ln 2 + 0.5 ln 2) / (1 + 2 + 0.5) = (11/7) ln 2
    assertMean(torch.mean(), LN2.multiply(BigDecimal.valueOf(11))
        .divide(BigDecimal.valueOf(7), MathContext.DECIMAL128).doubleValue());
    assertThat(torch.state().weightSum()).isEqualTo(3.5);

    WeightedLossAccumulator sampled =
        new WeightedLossAccumulator(CE, DEFAULTS.withClassWeights(cw));
    sampled.add(0.0, null, v(0.5, 0.25, 0.25), 2.0); // row weight 2 x 1
    sampled.add(1.0, null, v(0.5, 0.25, 0.25), 1.0); // 1 x 2
    sampled.add(2.0, null, v(0.25, 0.25, 0.5), 4.0); // 4 x 0.5
    // (2 ln 2 + 2 * 2 ln 2 + 2 ln 2) / 6 = (4/3) ln 2
    assertMean(sampled.mean(), LN2.multiply(BigDecimal.valueOf(4))
        .divide(BigDecimal.valueOf(3), MathContext.DECIMAL128).doubleValue());
    assertThat(sampled.state().weightSum()).isEqualTo(6.0);

    // weighted_cross_entropy weights the loss, not the row: sum(cw[y] ce) / sum(w) =
    // 5.5 ln 2 / 3, PyTorch's reduction='sum' over the row count
    WeightedLossAccumulator wce =
        new WeightedLossAccumulator(LossSpec.weightedCrossEntropy(cw), DEFAULTS);
    wce.add(0.0, null, v(0.5, 0.25, 0.25), 1.0);
    wce.add(1.0, null, v(0.5, 0.25, 0.25), 1.0);
    wce.add(2.0, null, v(0.25, 0.25, 0.5), 1.0);
    assertMean(wce.mean(), LN2.multiply(new BigDecimal("5.5"))
        .divide(BigDecimal.valueOf(3), MathContext.DECIMAL128).doubleValue());
  }

  @Test
  void binaryClassWeightsUseTheHardLabel() {
    WeightedLossAccumulator bce = new WeightedLossAccumulator(
        LossSpec.of(LossKind.BINARY_CROSS_ENTROPY), DROP.withClassWeights(1, 3));
    bce.add(1.0, null, v(0.5, 0.5), 1.0);  // class 1, cw 3: -ln 0.5 = ln 2
    bce.add(0.0, null, v(0.75), 1.0);      // class 0, cw 1: -ln(1 - 0.75) = 2 ln 2
    bce.add(0.3, null, v(0.75), 1.0);      // a soft label has no class: invalid
    // (3 ln 2 + 2 ln 2) / 4 = 1.25 ln 2
    assertMean(bce.mean(), ln2Times("1.25"));
    assertThat(bce.state().accounting().invalid(LABEL_OUT_OF_RANGE)).isEqualTo(1);

    // hinge labels -1 and 0 are class 0
    WeightedLossAccumulator hinge = new WeightedLossAccumulator(
        LossSpec.of(LossKind.HINGE_LOSS), DEFAULTS.withClassWeights(2, 1));
    hinge.add(-1.0, null, v(0.5), 1.0); // cw 2: 1.5
    hinge.add(1.0, null, v(0.5), 1.0);  // cw 1: 0.5
    // (3 + 0.5) / 3 = 7/6, every step exact but the last division
    assertThat(hinge.mean()).isEqualTo(Metric.of(7.0 / 6));
  }

  @Test
  void zeroWeightRowsCountAsRowsButNotAsWeight() {
    WeightedLossAccumulator byWeight = new WeightedLossAccumulator(CE, DEFAULTS);
    WeightedLossAccumulator byRows =
        new WeightedLossAccumulator(CE, DEFAULTS.withNormalization(Normalization.BY_ROWS));
    for (WeightedLossAccumulator acc : List.of(byWeight, byRows)) {
      acc.add(0.0, null, v(0.5, 0.5), 1.0);  // ln 2
      acc.add(1.0, null, v(0.99, 0.01), 0.0); // any loss, weight 0
    }
    assertMean(byWeight.mean(), ln2Times("1"));
    assertMean(byRows.mean(), ln2Times("0.5"));
    assertThat(byWeight.state().rows()).isEqualTo(2);
    assertThat(byWeight.state().accounting().valid()).isEqualTo(2);
  }

  @Test
  void meansThatCannotBeComputedCarryTheirReason() {
    WeightedLossAccumulator zero = new WeightedLossAccumulator(CE, DEFAULTS);
    zero.add(0.0, null, v(0.5, 0.5), 0.0);
    zero.add(1.0, null, v(0.5, 0.5), 0.0);
    assertThat(zero.mean().isPresent()).isFalse();
    assertThat(zero.mean().missingReason()).isEqualTo("the weights of the valid rows sum to 0");
    WeightedLossAccumulator zeroByRows =
        new WeightedLossAccumulator(CE, DEFAULTS.withNormalization(Normalization.BY_ROWS));
    zeroByRows.add(0.0, null, v(0.5, 0.5), 0.0);
    assertThat(zeroByRows.mean()).isEqualTo(Metric.of(0.0)); // 0 / 1 row

    WeightedLossAccumulator none = new WeightedLossAccumulator(CE, DROP);
    assertThat(none.mean().missingReason()).isEqualTo("no valid rows");
    none.add(null, null, v(0.5, 0.5), 1.0);
    assertThat(none.mean().missingReason()).isEqualTo("no valid rows");
    assertThat(none.state().accounting().total()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ invalid rows

  @Test
  void dropMalformedCountsEveryReason() {
    WeightedLossAccumulator acc = new WeightedLossAccumulator(CE, DROP.withNumClasses(3));
    double[] ok = v(0.5, 0.25, 0.25);
    acc.add(0.0, null, ok, 1.0);                      // valid
    acc.add(null, null, ok, 1.0);                     // null_label
    acc.add(0.0, null, null, 1.0);                    // null_prediction
    acc.add(0.0, null, ok, null);                     // null_weight
    acc.add(0.0, null, v(0.2, NAN, 0.3), 1.0);      // non_finite_prediction
    acc.add(0.0, null, v(), 1.0);                     // empty_prediction
    acc.add(0.0, null, v(0.5, 0.5), 1.0);             // vector_length_mismatch (num_classes 3)
    acc.add(0.0, null, v(0.2, 1.5, 0.3), 1.0);        // probability_out_of_range
    acc.add(3.0, null, ok, 1.0);                      // label_out_of_range
    acc.add(0.0, null, ok, Double.NaN);               // non_finite_weight
    acc.add(0.0, null, ok, Double.POSITIVE_INFINITY); // non_finite_weight
    acc.add(0.0, null, ok, -1.0);                     // negative_weight
    acc.add(2.0, null, ok, 3.0);                      // valid
    Map<InvalidReason, Long> expected = new EnumMap<>(InvalidReason.class);
    for (InvalidReason r : InvalidReason.values()) {
      expected.put(r, 1L);
    }
    expected.put(NON_FINITE_WEIGHT, 2L);
    assertThat(acc.state().accounting().invalidByReason()).isEqualTo(expected);
    assertThat(acc.state().accounting().valid()).isEqualTo(2);
    assertThat(acc.state().accounting().total()).isEqualTo(13);
    assertThat(acc.state().rows()).isEqualTo(2);
    // ln 2 (w 1) + ln 4 (w 3) = 7 ln 2 over weight 4
    assertMean(acc.mean(), ln2Times("1.75"));
  }

  static Stream<Arguments> rowsBreakingSeveralRules() {
    AggregationOptions three = DROP.withNumClasses(3);
    return Stream.of(
        Arguments.of(three, null, v(0.2, NAN, 0.3), Double.NaN, NULL_LABEL),
        Arguments.of(three, 7.0, null, -1.0, NULL_PREDICTION),
        // NULL weight comes before every rule about values
        Arguments.of(three, 7.0, v(0.2, NAN, 0.3), null, NULL_WEIGHT),
        Arguments.of(three, 7.0, v(Double.NEGATIVE_INFINITY, 1.5), -1.0, NON_FINITE_PREDICTION),
        Arguments.of(three, 7.0, v(), -1.0, EMPTY_PREDICTION),
        Arguments.of(three, 5.0, v(0.5, 1.5), Double.NaN, VECTOR_LENGTH_MISMATCH),
        Arguments.of(DROP.withClassWeights(1, 2, 3), 5.0, v(0.5, 1.5), -1.0,
            VECTOR_LENGTH_MISMATCH),
        Arguments.of(three, 7.0, v(0.2, 1.5, 0.3), -1.0, PROBABILITY_OUT_OF_RANGE),
        Arguments.of(three, 7.0, v(0.2, 0.5, 0.3), Double.NaN, LABEL_OUT_OF_RANGE),
        Arguments.of(three, 1.0, v(0.2, 0.5, 0.3), Double.NEGATIVE_INFINITY, NON_FINITE_WEIGHT),
        Arguments.of(DROP.withClassWeights(1e300, 1, 1), 0.0, v(0.5, 0.5, 0.0), 1e10,
            NON_FINITE_WEIGHT),
        Arguments.of(DROP.withClassWeights(1e300, 1, 1), 0.0, v(0.5, 0.5, 0.0), -1e10,
            NEGATIVE_WEIGHT));
  }

  /** The first rule broken in {@link InvalidReason} order is the reason counted. */
  @ParameterizedTest(name = "{4}")
  @MethodSource
  void rowsBreakingSeveralRules(AggregationOptions options, Double label, double[] x,
      Double weight, InvalidReason reason) {
    WeightedLossAccumulator acc = new WeightedLossAccumulator(CE, options);
    acc.add(label, null, x, weight);
    assertThat(acc.state().accounting().invalidByReason()).containsExactly(Map.entry(reason, 1L));
    assertThat(acc.state().rows()).isZero();
  }

  @Test
  void failFastNamesTheFunctionTheReasonTheRuleAndTheRow() {
    WeightedLossAccumulator acc = new WeightedLossAccumulator(CE, DEFAULTS);
    acc.add(0.0, null, v(0.2, 0.5, 0.3), 2.0); // valid rows pass
    assertThatThrownBy(() -> acc.add(0.0, null, v(0.2, 1.5, 0.3), 2.0))
        .isInstanceOf(LossInputException.class)
        .hasMessage("loss_summary: invalid row (probability_out_of_range): prediction[1] is 1.5, "
            + "outside [0, 1]; row: label=0.0, prediction=[0.2, 1.5, 0.3], weight=2.0; mode "
            + "DROPMALFORMED skips such rows and counts them by reason");
    assertThatThrownBy(() -> acc.add(1.0, null, v(0.5, 0.5), -1.0))
        .isInstanceOf(LossInputException.class)
        .hasMessageStartingWith("loss_summary: ")
        .hasMessageContaining("(negative_weight)")
        .hasMessageContaining("the weight is -1.0; weights must be >= 0")
        .hasMessageContaining("label=1.0, prediction=[0.5, 0.5], weight=-1.0");
    assertThatThrownBy(() -> acc.add(null, null, null, null))
        .hasMessageContaining("(null_label): the label is NULL")
        .hasMessageContaining("label=null, prediction=NULL, weight=null");
    // long vectors are shortened to their first 10 entries
    double[] twelve = new double[12];
    Arrays.fill(twelve, 0.0625);
    assertThatThrownBy(() -> acc.add(12.0, null, twelve, 1.0))
        .hasMessageContaining("(label_out_of_range): label 12.0 is not a class index, a whole "
            + "number in [0, 12)")
        .hasMessageContaining("prediction=[0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, "
            + "0.0625, 0.0625, 0.0625, 0.0625, ... (12 entries)]");
    assertThat(acc.state().accounting().total()).isEqualTo(1);
  }

  @Test
  void failFastOnAWeightThatOverflowsWithItsClassWeight() {
    WeightedLossAccumulator acc =
        new WeightedLossAccumulator(CE, DEFAULTS.withClassWeights(1e300, 1, 1));
    assertThatThrownBy(() -> acc.add(0.0, null, v(0.5, 0.25, 0.25), 1e10))
        .hasMessageContaining("(non_finite_weight): the weight 1.0E10 times the class weight "
            + "1.0E300 overflows");
    assertThatThrownBy(() -> acc.add(0.0, null, v(0.5, 0.5), 1.0))
        .hasMessageContaining("(vector_length_mismatch): class_weights has 3 entries (one per "
            + "class), but the prediction stands for 2 classes");
    WeightedLossAccumulator focal = new WeightedLossAccumulator(
        LossSpec.of(LossKind.FOCAL_LOSS), DEFAULTS.withClassWeights(1, 1));
    assertThatThrownBy(() -> focal.add(0.3, null, v(0.5), 1.0))
        .hasMessageContaining("(label_out_of_range): label 0.3 is not 0 or 1; class_weights "
            + "needs a hard label");
  }

  static Stream<Arguments> configurationsThatDoNotFit() {
    return Stream.of(
        Arguments.of(LossSpec.of(LossKind.WEIGHTED_CROSS_ENTROPY), DEFAULTS,
            "weighted_cross_entropy: class_weights is required (a weight >= 0 per class)"),
        Arguments.of(LossSpec.weightedCrossEntropy(1, 2), DEFAULTS.withClassWeights(1, 2),
            "loss_summary: weighted_cross_entropy weights its rows by class itself; for "
                + "class-weighted rows use cross_entropy with class_weights"),
        Arguments.of(LossSpec.of(LossKind.KL_DIVERGENCE), DEFAULTS.withClassWeights(1, 2),
            "loss_summary: kl_divergence has no class label, so class_weights cannot apply"),
        Arguments.of(LossSpec.of(LossKind.FOCAL_LOSS), DEFAULTS.withNumClasses(3),
            "loss_summary: num_classes must be 2 for binary losses, but was 3"),
        Arguments.of(CE, DEFAULTS.withNumClasses(3).withClassWeights(1, 2),
            "loss_summary: class_weights must have one entry per class (3), but had 2"),
        Arguments.of(LossSpec.of(LossKind.HINGE_LOSS), DEFAULTS.withClassWeights(1, 2, 3),
            "loss_summary: class_weights must have one entry per class (2), but had 3"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void configurationsThatDoNotFit(LossSpec loss, AggregationOptions options, String message) {
    assertThatThrownBy(() -> new WeightedLossAccumulator(loss, options))
        .isInstanceOf(LossInputException.class).hasMessage(message);
  }

  @Test
  void mergingDifferentConfigurationsFails() {
    WeightedLossAccumulator ce = new WeightedLossAccumulator(CE, DROP);
    assertThatThrownBy(() -> ce.merge(new WeightedLossAccumulator(CE.withEps(1e-7), DROP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("loss_summary: cannot merge an aggregation of "
            + "cross_entropy(eps=1.0E-7)");
    assertThatThrownBy(() -> ce.merge(new WeightedLossAccumulator(CE, DEFAULTS)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ce.merge(new WeightedLossAccumulator(CE,
        DROP.withNormalization(Normalization.BY_ROWS))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ce.merge(new WeightedLossAccumulator(CE,
        AggregationOptions.defaults("loss_mean").withMode(Mode.DROPMALFORMED))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ exactness

  /** A row of a wide-range exactness test: prediction, label or target, weight. */
  static final class WideRow {
    final double label;
    final double[] target;
    final double[] x;
    final double weight;

    WideRow(double label, double[] target, double[] x, double weight) {
      this.label = label;
      this.target = target;
      this.x = x;
      this.weight = weight;
    }

    @Override
    public String toString() {
      return "(" + label + ", " + Arrays.toString(target) + ", " + Arrays.toString(x) + ", w="
          + weight + ")";
    }
  }

  @Provide
  Arbitrary<Double> wideWeights() {
    // significand * 10^exponent over 1e-300 .. 1e290, plus exact zeros
    return Arbitraries.frequencyOf(
        Tuple.of(19, Combinators.combine(Arbitraries.doubles().between(1, 10),
            Arbitraries.integers().between(-300, 289)).as((s, e) -> s * Math.pow(10, e))),
        Tuple.of(1, Arbitraries.just(0.0)));
  }

  private Arbitrary<double[]> unitVectors() {
    // tiny entries beside large ones too (LossSpecTest.divergencesOfATinyEntryAgainstALargeOneAreFinite)
    Arbitrary<Double> entry = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.doubles().between(0, 1)),
        Tuple.of(1, Arbitraries.of(0.0, 1.0)),
        Tuple.of(1, Arbitraries.of(1e-300, 1e-17, Double.MIN_VALUE)));
    return entry.list().ofSize(3).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Provide
  Arbitrary<List<WideRow>> klRows() {
    return Combinators.combine(unitVectors(), unitVectors(), wideWeights())
        .as((p, q, w) -> new WideRow(Double.NaN, p, q, w)).list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<WideRow>> hingeRows() {
    Arbitrary<Double> scores = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.doubles().between(-3, 3)),
        // |score| < 1e7: a squared margin below 4.1e14, times a weight below 1e290, summed
        // over 60 rows, stays finite
        Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(-10, 10),
            Arbitraries.integers().between(-20, 5)).as((s, e) -> s * Math.pow(10, e))));
    return Combinators.combine(Arbitraries.of(-1.0, 0.0, 1.0, 2.0),
            scores.list().ofSize(3).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()),
            wideWeights())
        .as((y, s, w) -> new WideRow(y, null, s, w)).list().ofMinSize(1).ofMaxSize(60);
  }

  /**
   * {@code sum(w * loss)} is the exact sum of the per-row products {@code w * loss} (each
   * rounded once, as the state does), rounded once: the reference is a BigDecimal sum of the
   * same double products, with the loss from the kernel. kl_divergence is negative where q
   * outweighs p, so the products cancel across 590 orders of magnitude.
   */
  @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void klSumsAreExactOverWideWeights(@ForAll("klRows") List<WideRow> rows) {
    WeightedLossAccumulator acc =
        new WeightedLossAccumulator(LossSpec.of(LossKind.KL_DIVERGENCE), DEFAULTS);
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (WideRow r : rows) {
      acc.add(null, r.target, r.x, r.weight);
      weighted = weighted.add(new BigDecimal(r.weight * Divergence.kl(r.target, r.x, 1e-15)));
      weights = weights.add(new BigDecimal(r.weight));
    }
    assertExact(acc, weighted, weights, rows.size());
  }

  /**
   * As above for the hinge losses, binary (the first score) and multi-class, plain and squared,
   * whose values span many orders of magnitude; rows with a label the loss rejects are
   * skipped and counted.
   */
  @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void hingeSumsAreExactOverWideWeights(@ForAll("hingeRows") List<WideRow> rows) {
    List<LossKind> kinds = List.of(LossKind.HINGE_LOSS, LossKind.SQUARED_HINGE_LOSS,
        LossKind.MULTICLASS_HINGE_LOSS, LossKind.MULTICLASS_SQUARED_HINGE_LOSS);
    for (LossKind kind : kinds) {
      WeightedLossAccumulator acc = new WeightedLossAccumulator(LossSpec.of(kind), DROP);
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      int valid = 0;
      for (WideRow r : rows) {
        boolean binary = kind == LossKind.HINGE_LOSS || kind == LossKind.SQUARED_HINGE_LOSS;
        double[] x = binary ? v(r.x[0]) : r.x;
        acc.add(r.label, null, x, r.weight);
        double y = r.label;
        // binary hinge takes -1, 0, 1; multi-class takes a class index 0, 1, 2
        if (binary ? y == 2 : y < 0) {
          continue;
        }
        double loss = kind == LossKind.HINGE_LOSS ? HingeLoss.loss(y, x[0])
            : kind == LossKind.SQUARED_HINGE_LOSS ? HingeLoss.squaredLoss(y, x[0])
            : kind == LossKind.MULTICLASS_HINGE_LOSS ? HingeLoss.multiclassLoss(y, x)
            : HingeLoss.multiclassSquaredLoss(y, x);
        weighted = weighted.add(new BigDecimal(r.weight * loss));
        weights = weights.add(new BigDecimal(r.weight));
        valid++;
      }
      assertExact(acc, weighted, weights, valid);
      assertThat(acc.state().accounting().invalid(LABEL_OUT_OF_RANGE))
          .isEqualTo(rows.size() - valid);
    }
  }

  private static void assertExact(WeightedLossAccumulator acc, BigDecimal weighted,
      BigDecimal weights, long rows) {
    WeightedLossState state = acc.state();
    assertThat(Double.doubleToLongBits(state.weightedLossSum()))
        .as("sum(w * loss) %s vs exact %s", state.weightedLossSum(), weighted.doubleValue())
        .isEqualTo(Double.doubleToLongBits(weighted.doubleValue()));
    assertThat(Double.doubleToLongBits(state.weightSum()))
        .isEqualTo(Double.doubleToLongBits(weights.doubleValue()));
    assertThat(state.rows()).isEqualTo(rows);
    if (weights.signum() > 0) {
      // the mean is the ratio of the two correctly rounded sums
      assertThat(acc.mean()).isEqualTo(
          Metric.of(weighted.doubleValue() / weights.doubleValue()));
    }
  }

  // ------------------------------------------------------------------ laws

  /** One row of the law tests: any of its parts may be invalid or NULL. */
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

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return Arbitraries.frequencyOf(Tuple.of(24, values), Tuple.of(1, Arbitraries.just(null)));
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Double> entry = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.doubles().between(0, 1)),
        Tuple.of(2, Arbitraries.of(0.0, 1.0)),
        Tuple.of(1, Arbitraries.of(1.5, -0.25, Double.NaN, Double.POSITIVE_INFINITY)));
    Arbitrary<Integer> lengths = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(3)),
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(2, Arbitraries.just(2)));
    Arbitrary<double[]> x = lengths.flatMap(n -> entry.list().ofSize(n)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()));
    Arbitrary<Double> labels = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.of(0.0, 1.0, 2.0)),
        Tuple.of(1, Arbitraries.of(3.0, 1.5, -1.0, Double.NaN)));
    Arbitrary<Double> weights = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.doubles().between(0, 10)),
        Tuple.of(3, Arbitraries.of(0.0, 1.0, 1e-300, 1e250, 3e-5)),
        Tuple.of(1, Arbitraries.of(-1.0, Double.NaN, Double.POSITIVE_INFINITY)));
    return Combinators.combine(orNull(labels), orNull(x), orNull(weights)).as(Row::new)
        .list().ofMaxSize(80);
  }

  @Provide
  Arbitrary<AggregationOptions> configs() {
    return Arbitraries.of(DROP, DROP.withNormalization(Normalization.BY_ROWS),
        DROP.withClassWeights(1, 2, 0.5).withNumClasses(3));
  }

  private static WeightedLossAccumulator accumulate(AggregationOptions options, List<Row> rows) {
    WeightedLossAccumulator acc = new WeightedLossAccumulator(CE, options);
    rows.forEach(r -> acc.add(r.label, null, r.x, r.weight));
    return acc;
  }

  private static WeightedLossAccumulator merged(AggregationOptions options,
      WeightedLossAccumulator... parts) {
    WeightedLossAccumulator m = new WeightedLossAccumulator(CE, options);
    for (WeightedLossAccumulator p : parts) {
      m.merge(p);
    }
    return m;
  }

  private static void assertSameResults(WeightedLossAccumulator a, WeightedLossAccumulator b) {
    assertThat(a).isEqualTo(b);
    assertThat(a.mean()).isEqualTo(b.mean()); // Metric equality is bit equality
    assertThat(Double.doubleToRawLongBits(a.state().weightedLossSum()))
        .isEqualTo(Double.doubleToRawLongBits(b.state().weightedLossSum()));
    assertThat(Double.doubleToRawLongBits(a.state().weightSum()))
        .isEqualTo(Double.doubleToRawLongBits(b.state().weightSum()));
  }

  /** The unboxed road counts and sums every row as the boxed one does (see add). */
  @Property(tries = 200, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void unboxedRowsAreAddedAsBoxedOnes(@ForAll("configs") AggregationOptions options,
      @ForAll("rows") List<Row> rows) {
    WeightedLossAccumulator unboxed = new WeightedLossAccumulator(CE, options);
    for (Row r : rows) {
      if (r.label != null && r.weight != null) {
        unboxed.addUnboxed(r.label, null, r.x, r.weight);
      } else {
        unboxed.add(r.label, null, r.x, r.weight);
      }
    }
    assertSameResults(unboxed, accumulate(options, rows));
  }

  @Property(tries = 200, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void emptyIsTheIdentityAndMergeIsCommutativeAndAssociative(
      @ForAll("configs") AggregationOptions options, @ForAll("rows") List<Row> a,
      @ForAll("rows") List<Row> b, @ForAll("rows") List<Row> c) {
    WeightedLossAccumulator x = accumulate(options, a);
    WeightedLossAccumulator y = accumulate(options, b);
    WeightedLossAccumulator z = accumulate(options, c);
    WeightedLossAccumulator empty = new WeightedLossAccumulator(CE, options);
    assertSameResults(merged(options, x, empty), x);
    assertSameResults(merged(options, empty, x), x);
    assertSameResults(merged(options, x, y), merged(options, y, x));
    WeightedLossAccumulator xy = merged(options, x, y);
    WeightedLossAccumulator yz = merged(options, y, z);
    assertSameResults(merged(options, xy, z), merged(options, x, yz));
  }

  /**
   * Split into contiguous parts at random points, accumulate each, merge in a random order:
   * the same bits as one pass; and a permutation of the rows changes nothing either.
   */
  @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void splitThenMergeAndPermutationsEqualTheWhole(@ForAll("configs") AggregationOptions options,
      @ForAll("rows") List<Row> rows, @ForAll long seed) {
    WeightedLossAccumulator whole = accumulate(options, rows);
    Random random = new Random(seed);
    List<Integer> cuts = new ArrayList<>(List.of(0, rows.size()));
    for (int k = random.nextInt(6); k > 0; k--) {
      cuts.add(random.nextInt(rows.size() + 1));
    }
    Collections.sort(cuts);
    List<WeightedLossAccumulator> parts = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      parts.add(accumulate(options, rows.subList(cuts.get(i), cuts.get(i + 1))));
    }
    Collections.shuffle(parts, random);
    WeightedLossAccumulator together = new WeightedLossAccumulator(CE, options);
    parts.forEach(together::merge);
    assertSameResults(together, whole);

    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, random);
    assertSameResults(accumulate(options, shuffled), whole);
  }

  /**
   * Every row is counted once, as valid or under the first rule it breaks in
   * {@link InvalidReason} order: the loss's rules ({@link LossSpec#problem}, tested on its own)
   * merged with the aggregation's NULL, num_classes, class-weight and weight rules.
   */
  @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void everyRowIsCountedOnceUnderItsFirstBrokenRule(
      @ForAll("configs") AggregationOptions options, @ForAll("rows") List<Row> rows) {
    WeightedLossAccumulator acc = accumulate(options, rows);
    Map<InvalidReason, Long> expected = new EnumMap<>(InvalidReason.class);
    long valid = 0;
    for (Row r : rows) {
      InvalidReason reason = expectedReason(options, r);
      if (reason == null) {
        valid++;
      } else {
        expected.merge(reason, 1L, Long::sum);
      }
    }
    assertThat(acc.state().accounting().invalidByReason()).isEqualTo(expected);
    assertThat(acc.state().accounting().valid()).isEqualTo(valid).isEqualTo(acc.state().rows());
    assertThat(acc.state().accounting().valid() + acc.state().accounting().invalidTotal())
        .isEqualTo(acc.state().accounting().total()).isEqualTo(rows.size());
  }

  private static InvalidReason expectedReason(AggregationOptions options, Row r) {
    List<InvalidReason> broken = new ArrayList<>();
    RowProblem problem = CE.problem(r.label, null, r.x);
    if (problem != null) {
      broken.add(problem.reason());
    }
    if (r.weight == null) {
      broken.add(NULL_WEIGHT);
    } else if (!Double.isFinite(r.weight)) {
      broken.add(NON_FINITE_WEIGHT);
    } else if (r.weight < 0) {
      broken.add(NEGATIVE_WEIGHT);
    }
    if (options.numClasses() > 0 && r.x != null && r.x.length > 0
        && r.x.length != options.numClasses()) {
      broken.add(VECTOR_LENGTH_MISMATCH);
    }
    // class weights of these configurations are at most 2 and weights at most 1e250
    return broken.stream().min(Enum::compareTo).orElse(null);
  }
}
