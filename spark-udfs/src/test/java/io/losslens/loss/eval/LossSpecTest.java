package io.losslens.loss.eval;

import static io.losslens.loss.stats.InvalidReason.EMPTY_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.LABEL_OUT_OF_RANGE;
import static io.losslens.loss.stats.InvalidReason.NON_FINITE_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.NULL_LABEL;
import static io.losslens.loss.stats.InvalidReason.NULL_PREDICTION;
import static io.losslens.loss.stats.InvalidReason.PROBABILITY_OUT_OF_RANGE;
import static io.losslens.loss.stats.InvalidReason.VECTOR_LENGTH_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.LossInputException;
import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.stats.InvalidReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A loss with its parameters: row problems (reason in {@link InvalidReason} order, and the
 * detail text), the key consistency law that {@code loss} fails exactly on the rows
 * {@code problem} reports, parameter validation, gradient magnitudes against finite differences,
 * and how a prediction is read (true-class probability, predicted class).
 */
class LossSpecTest {
  private static final String SEED = "20261124";
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double NAN = Double.NaN;

  private static double[] v(double... xs) {
    return xs;
  }

  /** A row: a label (null for distribution losses) or a target vector, and a prediction. */
  static final class Row {
    final Double label;
    final double[] target;
    final double[] x;

    Row(Double label, double[] target, double[] x) {
      this.label = label;
      this.target = target;
      this.x = x;
    }

    double scalarLabel() {
      return label == null ? NAN : label;
    }

    @Override
    public String toString() {
      return "label=" + label + ", target=" + Arrays.toString(target) + ", x=" + Arrays.toString(x);
    }
  }

  private static final double[] WCE_WEIGHTS = {1, 2, 0.5};

  private static LossSpec spec(LossKind kind) {
    return kind == LossKind.WEIGHTED_CROSS_ENTROPY ? LossSpec.weightedCrossEntropy(WCE_WEIGHTS)
        : LossSpec.of(kind);
  }

  /** One valid row per loss, each a plain interior point of its domain. */
  private static Row validRow(LossKind kind) {
    switch (kind) {
      case BINARY_CROSS_ENTROPY: return new Row(1.0, null, v(0.8));
      case BINARY_CROSS_ENTROPY_LOGITS: return new Row(0.0, null, v(-1.2));
      case HINGE_LOSS: return new Row(-1.0, null, v(0.3));
      case SQUARED_HINGE_LOSS: return new Row(1.0, null, v(0.8));
      case FOCAL_LOSS: return new Row(1.0, null, v(0.3, 0.7));
      case FOCAL_LOSS_LOGITS: return new Row(0.0, null, v(1.0, -1.0));
      case CROSS_ENTROPY: return new Row(1.0, null, v(0.1, 0.7, 0.2));
      case CROSS_ENTROPY_LOGITS: return new Row(2.0, null, v(0.5, -1.0, 2.0));
      case SOFT_CROSS_ENTROPY: return new Row(null, v(0.2, 0.8, 0.0), v(0.3, 0.6, 0.1));
      case WEIGHTED_CROSS_ENTROPY: return new Row(0.0, null, v(0.4, 0.4, 0.2));
      case MULTILABEL_CROSS_ENTROPY: return new Row(null, v(1, 0, 0.5), v(0.7, 0.2, 0.4));
      case MULTICLASS_HINGE_LOSS: return new Row(0.0, null, v(0.5, 0.8, -0.3));
      case MULTICLASS_SQUARED_HINGE_LOSS: return new Row(2.0, null, v(1.0, -2.0, 0.5));
      case MULTICLASS_FOCAL_LOSS: return new Row(2.0, null, v(0.3, 0.3, 0.4));
      case KL_DIVERGENCE: return new Row(null, v(0.5, 0.3, 0.2), v(0.4, 0.4, 0.2));
      case JS_DIVERGENCE: return new Row(null, v(0.5, 0.3, 0.2), v(0.2, 0.5, 0.3));
      default: throw new AssertionError(kind);
    }
  }

  /** The row with an invalid label too, so that a reason earlier in the order must win. */
  private static Row withBadLabel(LossKind kind, double[] x) {
    if (kind.label() != Label.DISTRIBUTION) {
      return new Row(7.0, null, x);
    }
    double[] target = validRow(kind).target.clone();
    target[0] = 1.5;
    return new Row(null, target, x);
  }

  // ------------------------------------------------------------------ problem(): reason, detail

  @ParameterizedTest(name = "{0}")
  @EnumSource(LossKind.class)
  void aValidRowHasNoProblemAndALoss(LossKind kind) {
    Row row = validRow(kind);
    assertThat(spec(kind).problem(row.label, row.target, row.x)).isNull();
    assertThat(spec(kind).loss(row.scalarLabel(), row.target, row.x)).isNotNaN();
  }

  static Stream<Arguments> problemsEveryLossShares() {
    List<Arguments> cases = new ArrayList<>();
    for (LossKind kind : LossKind.values()) {
      Row valid = validRow(kind);
      boolean distribution = kind.label() == Label.DISTRIBUTION;
      double[] nanLast = valid.x.clone();
      nanLast[nanLast.length - 1] = NAN;
      // NULL label first, even when the prediction is also broken
      cases.add(Arguments.of(kind, distribution ? valid.label : null,
          distribution ? null : valid.target, nanLast, NULL_LABEL, "the label is NULL"));
      Row badLabel = withBadLabel(kind, null);
      cases.add(Arguments.of(kind, badLabel.label, badLabel.target, null, NULL_PREDICTION,
          "the prediction is NULL"));
      String entry = nanLast.length == 1 ? "prediction" : "prediction[" + (nanLast.length - 1) + "]";
      badLabel = withBadLabel(kind, nanLast);
      cases.add(Arguments.of(kind, badLabel.label, badLabel.target, nanLast,
          NON_FINITE_PREDICTION, entry + " is NaN; a prediction must be finite"));
      badLabel = withBadLabel(kind, new double[0]);
      cases.add(Arguments.of(kind, badLabel.label, badLabel.target, new double[0],
          EMPTY_PREDICTION, "the prediction vector is empty"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {4}")
  @MethodSource
  void problemsEveryLossShares(LossKind kind, Double label, double[] target, double[] x,
      InvalidReason reason, String detail) {
    assertProblem(spec(kind), label, target, x, reason, detail);
  }

  static Stream<Arguments> problemsOfSomeLosses() {
    LossSpec bce = LossSpec.of(LossKind.BINARY_CROSS_ENTROPY);
    LossSpec bceLogits = LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS);
    LossSpec hinge = LossSpec.of(LossKind.HINGE_LOSS);
    LossSpec focal = LossSpec.of(LossKind.FOCAL_LOSS);
    LossSpec ce = LossSpec.of(LossKind.CROSS_ENTROPY);
    LossSpec ceLogits = LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS);
    LossSpec mcHinge = LossSpec.of(LossKind.MULTICLASS_HINGE_LOSS);
    LossSpec kl = LossSpec.of(LossKind.KL_DIVERGENCE);
    LossSpec soft = LossSpec.of(LossKind.SOFT_CROSS_ENTROPY);
    return Stream.of(
        Arguments.of(bce, 1.0, null, v(0.2, Double.NEGATIVE_INFINITY, 0.3), NON_FINITE_PREDICTION,
            "prediction[1] is -Infinity; a prediction must be finite"),
        Arguments.of(ceLogits, 0.0, null, v(1, INF, 0), NON_FINITE_PREDICTION,
            "prediction[1] is Infinity; a prediction must be finite"),
        // a (negative, positive) 2-vector: entry 0 is validated too
        Arguments.of(focal, 1.0, null, v(NAN, 0.5), NON_FINITE_PREDICTION,
            "prediction[0] is NaN; a prediction must be finite"),
        // lengths: before probability and label rules
        Arguments.of(bce, 1.5, null, v(0.2, 1.5, 0.3), VECTOR_LENGTH_MISMATCH,
            "a binary prediction is a number or a (negative, positive) 2-vector, but it has 3 "
                + "entries"),
        Arguments.of(hinge, 2.0, null, v(1, 2, 3, 4), VECTOR_LENGTH_MISMATCH,
            "a binary prediction is a number or a (negative, positive) 2-vector, but it has 4 "
                + "entries"),
        Arguments.of(mcHinge, 0.0, null, v(0.5), VECTOR_LENGTH_MISMATCH,
            "multiclass_hinge_loss needs at least 2 class scores, but the prediction has 1"),
        Arguments.of(LossSpec.of(LossKind.MULTICLASS_SQUARED_HINGE_LOSS), 0.0, null, v(0.5),
            VECTOR_LENGTH_MISMATCH,
            "multiclass_squared_hinge_loss needs at least 2 class scores, but the prediction has 1"),
        Arguments.of(kl, null, v(0.5, 0.5), v(0.2, 0.3, 1.5), VECTOR_LENGTH_MISMATCH,
            "the label has 2 entries and the prediction 3"),
        Arguments.of(soft, null, v(), v(0.5), VECTOR_LENGTH_MISMATCH,
            "the label has 0 entries and the prediction 1"),
        Arguments.of(LossSpec.weightedCrossEntropy(1, 2, 3), 0.0, null, v(0.5, 0.5),
            VECTOR_LENGTH_MISMATCH,
            "class_weights has 3 entries (one per class), but the prediction has 2"),
        Arguments.of(LossSpec.multiclassFocal(2, 1, 1), 5.0, null, v(0.2, 0.3, 1.5),
            VECTOR_LENGTH_MISMATCH,
            "alphas has 2 entries (one per class), but the prediction has 3"),
        // probabilities: before the label rule; logits and scores have no range
        Arguments.of(bce, 1.5, null, v(1.5), PROBABILITY_OUT_OF_RANGE,
            "prediction is 1.5, outside [0, 1]"),
        Arguments.of(focal, 1.0, null, v(-0.1, 0.5), PROBABILITY_OUT_OF_RANGE,
            "prediction[0] is -0.1, outside [0, 1]"),
        Arguments.of(ce, 5.0, null, v(0.2, 1.5, 0.3), PROBABILITY_OUT_OF_RANGE,
            "prediction[1] is 1.5, outside [0, 1]"),
        Arguments.of(kl, null, v(2, 0), v(0.5, -0.5), PROBABILITY_OUT_OF_RANGE,
            "prediction[1] is -0.5, outside [0, 1]"),
        // labels
        Arguments.of(bce, 1.5, null, v(0.5), LABEL_OUT_OF_RANGE, "label 1.5 is not in [0, 1]"),
        Arguments.of(bceLogits, -0.5, null, v(3.0), LABEL_OUT_OF_RANGE,
            "label -0.5 is not in [0, 1]"),
        Arguments.of(focal, NAN, null, v(0.3, 0.7), LABEL_OUT_OF_RANGE,
            "label NaN is not in [0, 1]"),
        Arguments.of(hinge, 0.5, null, v(0.3), LABEL_OUT_OF_RANGE,
            "label 0.5 is not 1 (positive) or 0 or -1 (negative)"),
        Arguments.of(hinge, 2.0, null, v(0.3), LABEL_OUT_OF_RANGE,
            "label 2.0 is not 1 (positive) or 0 or -1 (negative)"),
        Arguments.of(ce, 3.0, null, v(0.1, 0.7, 0.2), LABEL_OUT_OF_RANGE,
            "label 3.0 is not a class index, a whole number in [0, 3)"),
        Arguments.of(ce, 1.5, null, v(0.1, 0.7, 0.2), LABEL_OUT_OF_RANGE,
            "label 1.5 is not a class index, a whole number in [0, 3)"),
        Arguments.of(ceLogits, -1.0, null, v(0.1, 7.0), LABEL_OUT_OF_RANGE,
            "label -1.0 is not a class index, a whole number in [0, 2)"),
        Arguments.of(mcHinge, INF, null, v(0.1, 7.0), LABEL_OUT_OF_RANGE,
            "label Infinity is not a class index, a whole number in [0, 2)"),
        Arguments.of(kl, null, v(0.5, 1.5), v(0.5, 0.5), LABEL_OUT_OF_RANGE,
            "label[1] is 1.5, outside [0, 1]"),
        Arguments.of(soft, null, v(NAN), v(0.5), LABEL_OUT_OF_RANGE,
            "label is NaN, outside [0, 1]"));
  }

  @ParameterizedTest(name = "{0} {4}: {5}")
  @MethodSource
  void problemsOfSomeLosses(LossSpec spec, Double label, double[] target, double[] x,
      InvalidReason reason, String detail) {
    assertProblem(spec, label, target, x, reason, detail);
  }

  private static void assertProblem(LossSpec spec, Double label, double[] target, double[] x,
      InvalidReason reason, String detail) {
    RowProblem problem = spec.problem(label, target, x);
    assertThat(problem).as("problem of %s", spec).isNotNull();
    assertThat(problem.reason()).isEqualTo(reason);
    assertThat(problem.detail()).isEqualTo(detail);
    assertThat(problem.toString()).isEqualTo(reason.key() + ": " + detail);
    boolean nullLabel = spec.kind().label() == Label.DISTRIBUTION ? target == null
        : label == null;
    if (!nullLabel && x != null) {
      double y = label == null ? NAN : label;
      assertThatThrownBy(() -> spec.loss(y, target, x)).isInstanceOf(LossInputException.class);
    }
  }

  @Test
  void logitsAndScoresHaveNoRangeButProbabilitiesDo() {
    assertThat(LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS).problem(1.0, null, v(1.5)))
        .isNull();
    assertThat(LossSpec.of(LossKind.HINGE_LOSS).problem(1.0, null, v(-3.0, 40.0))).isNull();
    assertThat(LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS).problem(1.0, null, v(-30, 40)))
        .isNull();
    // 0, 1 and -0.0 are probabilities; soft binary labels are allowed by the loss itself
    assertThat(LossSpec.of(LossKind.CROSS_ENTROPY).problem(0.0, null, v(-0.0, 1.0))).isNull();
    assertThat(LossSpec.of(LossKind.FOCAL_LOSS).problem(0.3, null, v(0.0))).isNull();
    // hinge labels 1, 0 and -1
    for (double label : v(1, 0, -1)) {
      assertThat(LossSpec.of(LossKind.SQUARED_HINGE_LOSS).problem(label, null, v(0.2))).isNull();
    }
  }

  // ------------------------------------------------------------------ loss fails iff problem

  @Provide
  Arbitrary<LossSpec> specs() {
    return Arbitraries.of(LossKind.class).flatMap(kind -> {
      switch (kind) {
        case WEIGHTED_CROSS_ENTROPY:
          return Arbitraries.of(LossSpec.weightedCrossEntropy(1, 2, 0.5),
              LossSpec.weightedCrossEntropy(0.5, 2));
        case MULTICLASS_FOCAL_LOSS:
          return Arbitraries.of(LossSpec.of(kind), LossSpec.multiclassFocal(1, 1, 2, 0.5));
        default:
          return Arbitraries.just(LossSpec.of(kind));
      }
    });
  }

  private static Arbitrary<double[]> vectorsOf(Arbitrary<Integer> lengths) {
    Arbitrary<Double> entry = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.doubles().between(0, 1)),
        Tuple.of(3, Arbitraries.of(0.0, -0.0, 1.0, 0.5)),
        Tuple.of(2, Arbitraries.of(-0.1, 1.5, -3.0, 7.0, 1e300, -Double.MIN_VALUE)),
        Tuple.of(1, Arbitraries.of(NAN, INF, Double.NEGATIVE_INFINITY)));
    return lengths.flatMap(n -> entry.list().ofSize(n)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /** NULL one time in 20. */
  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return Arbitraries.frequencyOf(Tuple.of(19, values), Tuple.of(1, Arbitraries.just(null)));
  }

  @Provide
  Arbitrary<Row> rows() {
    Arbitrary<Integer> lengths = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(4, Arbitraries.just(1)), Tuple.of(4, Arbitraries.just(2)),
        Tuple.of(5, Arbitraries.just(3)), Tuple.of(1, Arbitraries.just(4)));
    Arbitrary<Double> labels = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(0.0, 1.0, 2.0, -1.0)),
        Tuple.of(2, Arbitraries.doubles().between(-1.5, 3.5)),
        Tuple.of(2, Arbitraries.of(0.3, 1.5, 3.0, 2.5, -0.5, -0.0, 1e300, 4.0,
            Math.nextUp(1.0))),
        Tuple.of(1, Arbitraries.of(NAN, INF, Double.NEGATIVE_INFINITY)));
    return orNull(vectorsOf(lengths)).flatMap(x -> {
      Arbitrary<double[]> targets = orNull(Arbitraries.frequencyOf(
          Tuple.of(7, vectorsOf(Arbitraries.just(x == null ? 3 : x.length))),
          Tuple.of(3, vectorsOf(lengths))));
      return Combinators.combine(orNull(labels), targets).as((label, target) -> new Row(label, target, x));
    });
  }

  /**
   * The key consistency law: on every row, valid or not, {@code loss} throws
   * {@link LossInputException} exactly when {@code problem} reports a reason. (A NULL label or
   * prediction cannot reach {@code loss}, whose label is a primitive; {@code problem} alone is
   * checked there.) Binary losses see 1- and 2-vectors, and every loss sees wrong lengths.
   */
  // edge cases off: they would crowd out the mix of the generators, which list their own
  @Property(tries = 500, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void lossFailsExactlyOnTheRowsProblemRejects(@ForAll("specs") LossSpec spec,
      @ForAll("rows") Row row) {
    RowProblem problem = spec.problem(row.label, row.target, row.x);
    boolean nullLabel = spec.kind().label() == Label.DISTRIBUTION ? row.target == null
        : row.label == null;
    Statistics.label("outcome").collect(problem == null ? "valid" : problem.reason().key());
    // not vacuous: valid rows are common and every reason of a loss's own rules occurs
    Statistics.label("outcome").coverage(c -> {
      c.check("valid").percentage(p -> p >= 10);
      for (InvalidReason r : EnumSet.range(NULL_LABEL, LABEL_OUT_OF_RANGE)) {
        if (r != InvalidReason.NULL_WEIGHT) {
          c.check(r.key()).count(n -> n >= 1);
        }
      }
    });
    if (nullLabel || row.x == null) {
      assertThat(problem).isNotNull();
      assertThat(problem.reason()).isEqualTo(nullLabel ? NULL_LABEL : NULL_PREDICTION);
      return;
    }
    Throwable thrown = catchThrowable(() -> spec.loss(row.scalarLabel(), row.target, row.x));
    if (problem == null) {
      assertThat(thrown).as("loss threw on a row without a problem").isNull();
    } else {
      assertThat(thrown).as("problem %s, but loss did not throw", problem)
          .isInstanceOf(LossInputException.class);
    }
  }

  /**
   * On every row {@code problem} accepts, the unchecked evaluation gives the bits of the checked
   * one: the loss and the gradient magnitude.
   */
  @Property(tries = 500, seed = SEED, edgeCases = EdgeCasesMode.NONE)
  void validRowsGiveTheSameBitsWithoutTheKernelsChecks(@ForAll("specs") LossSpec spec,
      @ForAll("rows") Row row) {
    Assume.that(spec.problem(row.label, row.target, row.x) == null);
    double label = row.scalarLabel();
    assertThat(spec.validLoss(label, row.target, row.x))
        .isEqualTo(spec.loss(label, row.target, row.x));
    double[] scratch = new double[row.x.length];
    double checked = spec.gradientMagnitude(label, row.target, row.x, scratch);
    java.util.Arrays.fill(scratch, Double.NaN); // nothing carries over from the first call
    assertThat(spec.validGradientMagnitude(label, row.target, row.x, scratch))
        .isEqualTo(checked);
  }

  /**
   * An incomplete weighted_cross_entropy spec (no class weights) is a public value; on a valid
   * row {@code problem} says there is nothing wrong, so {@code loss} should either compute or
   * fail with a {@link LossInputException} naming the missing parameter.
   */
  @Test
  void incompleteWeightedCrossEntropyFailsWithTheRuleNotANullPointer() {
    LossSpec incomplete = LossSpec.of(LossKind.WEIGHTED_CROSS_ENTROPY);
    assertThat(incomplete.problem(0.0, null, v(0.5, 0.5))).isNull();
    assertThatThrownBy(() -> incomplete.loss(0, null, v(0.5, 0.5)))
        .isInstanceOf(LossInputException.class)
        .hasMessageContaining("class_weights");
  }

  /**
   * A probability far smaller than the one it is compared with contributes a tiny term
   * {@code p ln(p / q)}, not -Infinity. Expected values (mpmath, 50 digits, the exact doubles):
   * <pre>
   * kl([1e-17, 1], [0.5, 0.5]) = 1e-17 ln(2e-17) + ln 2          = 0.69314718055994492490...
   * js([1e-17, 0.5], [0.5, 0.5]) = 0.5 (p0 ln(2p0/m) + q0 ln(2q0/m)), m = p0 + q0
   *                                                             = 0.17328679513998613356...
   * d js / d q0 at p = [0.5, 0.5], q = [1e-300, 0.5] = 0.5 ln(2e-300 / (0.5 + 1e-300))
   *                                                             = -344.69461676854690728...
   * </pre>
   * (src/test/provenance/divergence_tiny_entries.py.)
   * (Once -Infinity: {@code ln(p/q')} was {@code log1p((p - q') / q')}, whose argument rounds to
   * exactly -1 when {@code p < q' 2^-54}.)
   */
  @Test
  void divergencesOfATinyEntryAgainstALargeOneAreFinite() {
    LossSpec kl = LossSpec.of(LossKind.KL_DIVERGENCE);
    LossSpec js = LossSpec.of(LossKind.JS_DIVERGENCE);
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(kl.loss(NAN, v(1e-17, 1), v(0.5, 0.5)))
          .isCloseTo(0.693147180559945, within(1e-12));
      soft.assertThat(js.loss(NAN, v(1e-17, 0.5), v(0.5, 0.5)))
          .isCloseTo(0.17328679513998613, within(1e-12));
      soft.assertThat(js.gradientMagnitude(NAN, v(0.5, 0.5), v(1e-300, 0.5), new double[2]))
          .isCloseTo(344.6946167685469, within(1e-12 * 344.7));
    });
  }

  // ------------------------------------------------------------------ parameters

  static Stream<Arguments> invalidParameters() {
    return Stream.of(
        rejected(() -> LossSpec.of(LossKind.FOCAL_LOSS).withGamma(-1),
            "focal_loss: gamma must be >= 0, but was -1.0"),
        rejected(() -> LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).withGamma(NAN),
            "focal_loss_logits: gamma must be a finite number, but was NaN"),
        rejected(() -> LossSpec.multiclassFocal(INF),
            "multiclass_focal_loss: gamma must be a finite number, but was Infinity"),
        rejected(() -> LossSpec.of(LossKind.BINARY_CROSS_ENTROPY).withEps(0),
            "binary_cross_entropy: eps must be in (0, 0.5), but was 0.0"),
        rejected(() -> LossSpec.of(LossKind.KL_DIVERGENCE).withEps(0.5),
            "kl_divergence: eps must be in (0, 0.5), but was 0.5"),
        rejected(() -> LossSpec.of(LossKind.CROSS_ENTROPY).withEps(NAN),
            "cross_entropy: eps must be in (0, 0.5), but was NaN"),
        rejected(() -> LossSpec.focal(1.5, 2),
            "focal_loss: alpha must be <= 1 (a negative alpha means no alpha weighting), but "
                + "was 1.5"),
        rejected(() -> LossSpec.of(LossKind.FOCAL_LOSS).withAlpha(Double.NEGATIVE_INFINITY),
            "focal_loss: alpha must be a finite number, but was -Infinity"),
        rejected(() -> LossSpec.multiclassFocal(2, 1, -0.5),
            "multiclass_focal_loss: alphas[1] must be >= 0, but was -0.5"),
        rejected(() -> LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS).withAlphas(),
            "multiclass_focal_loss: alphas must not be empty"),
        rejected(() -> LossSpec.weightedCrossEntropy(1, NAN),
            "weighted_cross_entropy: class_weights[1] must be a finite number, but was NaN"),
        rejected(() -> LossSpec.weightedCrossEntropy(INF),
            "weighted_cross_entropy: class_weights[0] must be a finite number, but was Infinity"),
        // a parameter the loss does not take is named, before its value is looked at
        rejected(() -> LossSpec.of(LossKind.CROSS_ENTROPY).withGamma(1),
            "cross_entropy: takes no parameter gamma; its parameters are [eps]"),
        rejected(() -> LossSpec.of(LossKind.HINGE_LOSS).withEps(-1),
            "hinge_loss: takes no parameter eps; its parameters are none"),
        rejected(() -> LossSpec.of(LossKind.FOCAL_LOSS).withAlphas(1, 2),
            "focal_loss: takes no parameter alphas; its parameters are [alpha, gamma, eps]"),
        rejected(() -> LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS).withAlpha(0.5),
            "multiclass_focal_loss: takes no parameter alpha; its parameters are "
                + "[gamma, alphas, eps]"),
        rejected(() -> LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).withEps(1e-7),
            "focal_loss_logits: takes no parameter eps; its parameters are [alpha, gamma]"),
        rejected(() -> LossSpec.of(LossKind.CROSS_ENTROPY).withClassWeights(1, 2),
            "cross_entropy: takes no parameter class_weights; its parameters are [eps]"),
        rejected(() -> LossSpec.of(LossKind.JS_DIVERGENCE).withEps(1e-7),
            "js_divergence: takes no parameter eps; its parameters are none"));
  }

  private static Arguments rejected(Supplier<LossSpec> build, String message) {
    return Arguments.of(message, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidParameters(String message, Supplier<LossSpec> build) {
    assertThatThrownBy(build::get).isInstanceOf(LossInputException.class).hasMessage(message);
  }

  @Test
  void boundaryParameterValuesAreAccepted() {
    // alpha <= 1 and negative means no weighting; gamma >= 0; 0 < eps < 0.5; weights >= 0
    assertThat(LossSpec.focal(1, 0)).hasToString("focal_loss(alpha=1.0, gamma=0.0, eps=1.0E-15)");
    assertThat(LossSpec.focal(-3, 0.5).kind()).isEqualTo(LossKind.FOCAL_LOSS);
    assertThat(LossSpec.of(LossKind.KL_DIVERGENCE).withEps(Math.nextDown(0.5)))
        .hasToString("kl_divergence(eps=0.49999999999999994)");
    assertThat(LossSpec.weightedCrossEntropy(0, 0))
        .hasToString("weighted_cross_entropy(class_weights=[0.0, 0.0], eps=1.0E-15)");
  }

  @Test
  void specsAreImmutableValues() {
    LossSpec defaults = LossSpec.of("focal_loss");
    LossSpec changed = defaults.withGamma(1);
    assertThat(defaults).isEqualTo(LossSpec.focal(0.25, 2)).hasSameHashCodeAs(
        LossSpec.focal(0.25, 2));
    assertThat(changed).isNotEqualTo(defaults).isEqualTo(LossSpec.focal(0.25, 1));
    double[] alphas = {1, 2};
    LossSpec focal = LossSpec.multiclassFocal(2, alphas);
    alphas[0] = 100; // the spec keeps its own copy
    assertThat(focal).isEqualTo(LossSpec.multiclassFocal(2, 1, 2));
    assertThat(LossSpec.of(" Cross_Entropy ")).isEqualTo(LossSpec.of(LossKind.CROSS_ENTROPY));
    assertThat(LossSpec.of(LossKind.CROSS_ENTROPY).withEps(1e-7))
        .isNotEqualTo(LossSpec.of(LossKind.CROSS_ENTROPY));
  }

  @Test
  void weightedCrossEntropyRequiresItsClassWeights() {
    assertThatThrownBy(() -> LossSpec.of(LossKind.WEIGHTED_CROSS_ENTROPY).requireComplete())
        .isInstanceOf(LossInputException.class)
        .hasMessage("weighted_cross_entropy: class_weights is required (a weight >= 0 per class)");
    LossSpec complete = LossSpec.weightedCrossEntropy(1, 3);
    assertThat(complete.requireComplete()).isSameAs(complete);
    for (LossKind kind : LossKind.values()) {
      if (kind != LossKind.WEIGHTED_CROSS_ENTROPY) {
        LossSpec spec = LossSpec.of(kind);
        assertThat(spec.requireComplete()).isSameAs(spec);
      }
    }
  }

  @Test
  void toStringNamesTheLossAndItsParametersInArgumentOrder() {
    // defaults of the contract: eps 1e-15, alpha 0.25, gamma 2
    assertThat(LossSpec.of(LossKind.FOCAL_LOSS))
        .hasToString("focal_loss(alpha=0.25, gamma=2.0, eps=1.0E-15)");
    assertThat(LossSpec.of(LossKind.FOCAL_LOSS_LOGITS))
        .hasToString("focal_loss_logits(alpha=0.25, gamma=2.0)");
    assertThat(LossSpec.of(LossKind.HINGE_LOSS)).hasToString("hinge_loss()");
    assertThat(LossSpec.of(LossKind.CROSS_ENTROPY).withEps(1e-7))
        .hasToString("cross_entropy(eps=1.0E-7)");
    assertThat(LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS))
        .hasToString("multiclass_focal_loss(gamma=2.0, eps=1.0E-15)");
    assertThat(LossSpec.multiclassFocal(1, 1, 2).withEps(1e-7))
        .hasToString("multiclass_focal_loss(gamma=1.0, alphas=[1.0, 2.0], eps=1.0E-7)");
    assertThat(LossSpec.weightedCrossEntropy(1, 3))
        .hasToString("weighted_cross_entropy(class_weights=[1.0, 3.0], eps=1.0E-15)");
  }

  @Test
  void unknownLossNamesListTheLossesOfTheContract() {
    // the 16 names of sql-functions.md, in its table order
    assertThatThrownBy(() -> LossSpec.of("log_loss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown loss 'log_loss'; the losses are binary_cross_entropy, "
            + "binary_cross_entropy_logits, hinge_loss, squared_hinge_loss, focal_loss, "
            + "focal_loss_logits, cross_entropy, cross_entropy_logits, soft_cross_entropy, "
            + "weighted_cross_entropy, multilabel_cross_entropy, multiclass_hinge_loss, "
            + "multiclass_squared_hinge_loss, multiclass_focal_loss, kl_divergence, "
            + "js_divergence");
  }

  // ------------------------------------------------------------------ gradient magnitude

  static Stream<Arguments> gradientPoints() {
    List<Arguments> points = new ArrayList<>();
    for (LossKind kind : LossKind.values()) {
      Row row = validRow(kind);
      points.add(Arguments.of(spec(kind), row.label, row.target, row.x));
    }
    LossSpec focal = LossSpec.of(LossKind.FOCAL_LOSS);
    LossSpec focalLogits = LossSpec.of(LossKind.FOCAL_LOSS_LOGITS);
    LossSpec bce = LossSpec.of(LossKind.BINARY_CROSS_ENTROPY);
    LossSpec bceLogits = LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS);
    Stream.of(
        Arguments.of(bce, 0.25, null, v(0.6)), // soft label
        Arguments.of(bce, 0.0, null, v(0.35, 0.65)),
        Arguments.of(bceLogits, 1.0, null, v(-0.7)),
        Arguments.of(bceLogits, 0.3, null, v(-1.2, 2.1)),
        Arguments.of(LossSpec.of(LossKind.HINGE_LOSS), 1.0, null, v(2.0)), // flat: 0 and 0
        Arguments.of(LossSpec.of(LossKind.HINGE_LOSS), 0.0, null, v(2.0, -0.5)),
        Arguments.of(LossSpec.of(LossKind.SQUARED_HINGE_LOSS), -1.0, null, v(0.5)),
        Arguments.of(focal, 0.0, null, v(0.8)),
        Arguments.of(focal, 0.4, null, v(0.55)),
        Arguments.of(LossSpec.focal(-1, 0.5), 1.0, null, v(0.3)),
        Arguments.of(focalLogits, 1.0, null, v(-0.4)),
        Arguments.of(focalLogits, 0.7, null, v(0.2)),
        Arguments.of(LossSpec.of(LossKind.CROSS_ENTROPY), 0.0, null, v(0.7, 0.1, 0.2)),
        Arguments.of(LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS), 0.0, null, v(3, 1, -2, 0.5)),
        Arguments.of(LossSpec.of(LossKind.MULTICLASS_HINGE_LOSS), 0.0, null, v(3.0, 0.5, 0.2)),
        Arguments.of(LossSpec.multiclassFocal(2, 0.5, 1, 2), 2.0, null, v(0.3, 0.3, 0.4)),
        Arguments.of(LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS), 1.0, null, v(0.2, 0.5, 0.3)),
        Arguments.of(LossSpec.of(LossKind.KL_DIVERGENCE), null, v(0.6, 0.4, 0), v(0.3, 0.3, 0.4)),
        Arguments.of(LossSpec.of(LossKind.JS_DIVERGENCE), null, v(0.1, 0.9), v(0.6, 0.3)))
        .forEach(points::add);
    return points.stream();
  }

  /**
   * The gradient magnitude against central finite differences of {@code loss}: |dL/dp| for a
   * scalar prediction (the positive entry of a 2-vector; its entry 0 does not move the loss),
   * the Euclidean norm of the per-entry differences for a vector. Step {@code 1e-6 |x_i|}: the
   * truncation error is about {@code (1e-6)^2} of the derivative's scale and the rounding error
   * about {@code 1e-16 |L| / 1e-6}, both far below the 1e-6 relative tolerance at these
   * interior points (away from hinge kinks, ties and clips). Flat hinge points must give 0 and
   * 0 exactly.
   */
  @ParameterizedTest(name = "{0} label={1} target={2} x={3}")
  @MethodSource("gradientPoints")
  void gradientMagnitudeMatchesFiniteDifferences(LossSpec spec, Double label, double[] target,
      double[] x) {
    double y = label == null ? NAN : label;
    double[] scratch = new double[x.length + 2];
    Arrays.fill(scratch, NAN); // every entry the norm reads must be written
    double gradient = spec.gradientMagnitude(y, target, x, scratch);
    double estimate = finiteDifferenceNorm(spec, y, target, x);
    if (!(Math.abs(gradient - estimate) <= 1e-6 * Math.abs(gradient))) {
      fail("%s: gradient magnitude %s, finite differences %s", spec, gradient, estimate);
    }
  }

  private static double finiteDifferenceNorm(LossSpec spec, double y, double[] target,
      double[] x) {
    double sumOfSquares = 0;
    for (int i = 0; i < x.length; i++) {
      double h = 1e-6 * (x[i] == 0 ? 1 : Math.abs(x[i]));
      double[] up = x.clone();
      double[] down = x.clone();
      up[i] = x[i] + h;
      down[i] = x[i] - h;
      // divided by the step actually taken after rounding
      double d = (spec.loss(y, target, up) - spec.loss(y, target, down)) / (up[i] - down[i]);
      sumOfSquares += d * d;
    }
    return Math.sqrt(sumOfSquares);
  }

  @Test
  void gradientMagnitudesOfClosedForms() {
    double[] scratch = new double[4];
    // cross_entropy: |-1/p[y]| = 1/0.25 = 4 (exact)
    assertThat(LossSpec.of(LossKind.CROSS_ENTROPY)
        .gradientMagnitude(1, null, v(0.5, 0.25, 0.25), scratch)).isEqualTo(4.0);
    // multiclass hinge with a positive margin: +1 at the rival, -1 at y: sqrt(2)
    assertThat(LossSpec.of(LossKind.MULTICLASS_HINGE_LOSS)
        .gradientMagnitude(0, null, v(0.5, 0.8, -0.3), scratch)).isEqualTo(Math.sqrt(2));
    // hinge_loss_grad(1, 0.5) = -1; squared_hinge_loss_grad(-1, 0.5) = 3 (contract examples)
    assertThat(LossSpec.of(LossKind.HINGE_LOSS).gradientMagnitude(1, null, v(0.5), scratch))
        .isEqualTo(1.0);
    assertThat(LossSpec.of(LossKind.SQUARED_HINGE_LOSS)
        .gradientMagnitude(-1, null, v(0.5), scratch)).isEqualTo(3.0);
    // binary_cross_entropy_logits_grad(1, ln 4) = sigmoid(ln 4) - 1 = -0.2, via a 2-vector
    assertThat(LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS)
        .gradientMagnitude(1, null, v(-Math.log(4), Math.log(4)), scratch))
        .isCloseTo(0.2, within(1e-15));
  }

  // ------------------------------------------------------------------ reading a prediction

  @Test
  void probabilityVectorsGiveTheTrueClassEntryAndTheArgmax() {
    LossSpec ce = LossSpec.of(LossKind.CROSS_ENTROPY);
    assertThat(ce.trueProbability(0, v(0.2, 0.5, 0.3))).isEqualTo(0.2);
    assertThat(ce.trueProbability(2, v(0.2, 0.5, 0.3))).isEqualTo(0.3);
    assertThat(ce.predictedClass(v(0.2, 0.5, 0.3))).isEqualTo(1);
    // ties go to the lowest index, as Spark ML's Vector.argmax
    assertThat(ce.predictedClass(v(0.4, 0.4, 0.2))).isEqualTo(0);
    assertThat(ce.predictedClass(v(0.1, 0.45, 0.45))).isEqualTo(1);
    assertThat(ce.predictedClass(v(0.25, 0.25, 0.25, 0.25))).isEqualTo(0);
    assertThat(ce.classesOf(v(0.25, 0.25, 0.25, 0.25))).isEqualTo(4);
  }

  @Test
  void logitVectorsGiveTheSoftmax() {
    LossSpec ce = LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS);
    double[][] cases = {v(1, 2, 3), v(1000, 1001, 999), v(-0.5, 0.25), v(0, 0, 0)};
    for (double[] z : cases) {
      for (int y = 0; y < z.length; y++) {
        double expected = softmax(z, y);
        assertThat(ce.trueProbability(y, z)).as("softmax(%s)[%d]", Arrays.toString(z), y)
            .isCloseTo(expected, within(1e-14 * expected));
      }
    }
    // hand-worked: softmax(0, ln 2, ln 5) = (1, 2, 5) / 8
    double[] z = v(0, Math.log(2), Math.log(5));
    assertThat(ce.trueProbability(2, z)).isCloseTo(0.625, within(1e-15));
    assertThat(ce.trueProbability(1, z)).isCloseTo(0.25, within(1e-15));
    assertThat(ce.predictedClass(v(1000, 1001, 999))).isEqualTo(1);
    assertThat(ce.predictedClass(v(2, 2, -1))).isEqualTo(0);
  }

  /** The test's own stable softmax: exp(z_y - max) / sum exp(z_i - max). */
  private static double softmax(double[] z, int y) {
    double max = Arrays.stream(z).max().getAsDouble();
    double sum = 0;
    for (double zi : z) {
      sum += Math.exp(zi - max);
    }
    return Math.exp(z[y] - max) / sum;
  }

  @Test
  void binaryProbabilitiesUseThePositiveEntryAndAStrictHalfThreshold() {
    LossSpec focal = LossSpec.of(LossKind.FOCAL_LOSS);
    assertThat(focal.predictedClass(v(0.5))).isEqualTo(0); // p > 0.5 is class 1, as Spark ML
    assertThat(focal.predictedClass(v(Math.nextUp(0.5)))).isEqualTo(1);
    assertThat(focal.trueProbability(1, v(0.7))).isEqualTo(0.7);
    assertThat(focal.trueProbability(0, v(0.75))).isEqualTo(0.25); // 1 - 0.75, exact
    // a (negative, positive) 2-vector is read by entry 1; entries need not sum to 1, and
    // these are chosen so that reading entry 0 would give other answers
    assertThat(focal.trueProbability(1, v(0.6, 0.75))).isEqualTo(0.75);
    assertThat(focal.trueProbability(0, v(0.6, 0.75))).isEqualTo(0.25);
    assertThat(focal.predictedClass(v(0.6, 0.25))).isEqualTo(0);
    assertThat(focal.predictedClass(v(0.25, 0.6))).isEqualTo(1);
    assertThat(focal.predictedClass(v(0.5, 0.5))).isEqualTo(0);
    assertThat(focal.classesOf(v(0.5, 0.5))).isEqualTo(2);
    assertThat(focal.classesOf(v(0.5))).isEqualTo(2);
  }

  @Test
  void binaryLogitsGiveTheSigmoidAndAStrictZeroThreshold() {
    LossSpec bce = LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS);
    // sigmoid(ln 4) = 4 / 5
    assertThat(bce.trueProbability(1, v(Math.log(4)))).isCloseTo(0.8, within(1e-15));
    assertThat(bce.trueProbability(0, v(Math.log(4)))).isCloseTo(0.2, within(1e-15));
    assertThat(bce.trueProbability(1, v(0.0))).isCloseTo(0.5, within(1e-16));
    assertThat(bce.trueProbability(1, v(5.0, -Math.log(4)))).isCloseTo(0.2, within(1e-15));
    assertThat(bce.predictedClass(v(0.0))).isEqualTo(0);
    assertThat(bce.predictedClass(v(-0.0))).isEqualTo(0);
    assertThat(bce.predictedClass(v(Double.MIN_VALUE))).isEqualTo(1);
    assertThat(bce.predictedClass(v(-2, 2))).isEqualTo(1);
    assertThat(LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).predictedClass(v(3, -1))).isEqualTo(0);
  }

  @Test
  void scoresHaveAClassButNoProbability() {
    LossSpec hinge = LossSpec.of(LossKind.HINGE_LOSS);
    assertThat(hinge.predictedClass(v(0.0))).isEqualTo(0);
    assertThat(hinge.predictedClass(v(0.1))).isEqualTo(1);
    assertThat(hinge.predictedClass(v(5, -1))).isEqualTo(0);
    assertThat(hinge.trueProbability(1, v(0.1))).isNaN();
    assertThat(hinge.trueProbability(0, v(0.1))).isNaN();
    LossSpec mcHinge = LossSpec.of(LossKind.MULTICLASS_SQUARED_HINGE_LOSS);
    assertThat(mcHinge.trueProbability(1, v(0.1, 0.9))).isNaN();
    assertThat(mcHinge.predictedClass(v(1, 3, 3))).isEqualTo(1);
  }
}
