package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The breakdown's probability road ({@link ProbabilityRows}) gives every row the general road's
 * verdict and values: a row is valid exactly when every loss's own rules
 * ({@link LossSpec#problem}) accept it, and then each loss and gradient magnitude is the checked
 * kernel's value to the bit ({@link LossSpec#loss}, {@link LossSpec#gradientMagnitude}: the
 * full gradient's norm), the predicted class the argmax (lowest index on ties) and the true
 * probability the label's entry (of probabilities). The rows mix valid probabilities with
 * every kind of invalid entry and label the road must leave to the general one ({@code -0.0},
 * NaN, infinities, entries outside {@code [0, 1]}, labels out of range or not whole, alphas of
 * the wrong length).
 */
class ProbabilityRowsTest {
  private static final String SEED = "20261207";
  private static final LossSpec CE = LossSpec.of("cross_entropy");
  private static final LossSpec FOCAL = LossSpec.multiclassFocal(2);
  private static final LossSpec HINGE = LossSpec.of("multiclass_hinge_loss");
  private static final LossSpec SQUARED_HINGE = LossSpec.of("multiclass_squared_hinge_loss");

  @Property(tries = 400, seed = SEED)
  void everyRowGetsTheCheckedKernelsVerdictAndValues(@ForAll("losses") List<LossSpec> losses,
      @ForAll("rows") List<Tuple.Tuple2<Double, double[]>> rows) {
    RowEvaluator evaluator = new RowEvaluator(losses,
        AggregationOptions.defaults("per_class_loss"), true);
    for (Tuple.Tuple2<Double, double[]> row : rows) {
      double y = row.get1();
      double[] x = row.get2();
      boolean valid = losses.stream().allMatch(loss -> loss.problem(y, null, x) == null);
      assertThat(evaluator.evaluate(y, null, x, 1.0)).as("row %s", row).isEqualTo(valid);
      if (!valid) {
        continue;
      }
      double[] scratch = new double[x.length];
      for (int l = 0; l < losses.size(); l++) {
        LossSpec loss = losses.get(l);
        assertThat(bits(evaluator.lossValues[l])).as("%s of %s", loss, row)
            .isEqualTo(bits(loss.loss(y, null, x)));
        assertThat(bits(evaluator.gradientMagnitudes[l])).as("gradient of %s of %s", loss, row)
            .isEqualTo(bits(loss.gradientMagnitude(y, null, x, scratch)));
      }
      assertThat(evaluator.trueClass).isEqualTo((int) y);
      assertThat(evaluator.predictedClass).isEqualTo(lowestIndexOfMaximum(x));
      // scores (the hinge losses alone) have no probability of the true class
      assertThat(bits(evaluator.trueProbability)).isEqualTo(bits(losses.get(0).kind()
          .prediction() == LossKind.Prediction.PROBABILITIES ? x[(int) y] : Double.NaN));
      assertThat(evaluator.weight).isEqualTo(1.0);
    }
  }

  @Test
  void theRoadTakesTheCommonestBreakdownsAndNoOthers() {
    assertThat(road(CE, FOCAL, HINGE, SQUARED_HINGE)).isNotNull();
    assertThat(road(FOCAL.withAlphas(1, 2, 3), SQUARED_HINGE, CE)).isNotNull();
    assertThat(road(CE.withEps(1e-3), FOCAL.withEps(1e-3))).isNotNull();
    assertThat(road(CE)).isNotNull();
    // eps that differ need two logs; a loss twice, a first loss reading scores, another kind
    assertThat(road(CE, FOCAL.withEps(1e-3))).isNull();
    assertThat(road(FOCAL, FOCAL.withGamma(3))).isNull();
    assertThat(road(HINGE, SQUARED_HINGE)).isNull();
    assertThat(road(CE, LossSpec.of("weighted_cross_entropy").withClassWeights(1, 2))).isNull();
  }

  private static ProbabilityRows road(LossSpec... losses) {
    return ProbabilityRows.of(losses);
  }

  /** A value's bits (NaNs as one): equal values to the last bit, signed zeros apart. */
  private static long bits(double value) {
    return Double.doubleToLongBits(value);
  }

  /** The predicted class by its definition: the first index of the largest entry. */
  private static int lowestIndexOfMaximum(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    for (int i = 0; ; i++) {
      if (x[i] == max) {
        return i;
      }
    }
  }

  /**
   * Up to one of each loss the road serves, in any order, with a probability loss first (the
   * evaluator refuses a scores loss before a probability one): one eps or two, any gamma, and
   * alphas that may not match the vectors; sometimes the hinge losses alone.
   */
  @Provide
  Arbitrary<List<LossSpec>> losses() {
    Arbitrary<Double> eps = Arbitraries.of(1e-15, 1e-7, 0.01);
    Arbitrary<double[]> alphas = Arbitraries.integers().between(1, 6).flatMap(n ->
        Arbitraries.doubles().between(0, 3).array(double[].class).ofSize(n));
    Arbitrary<LossSpec> focal = Combinators.combine(eps,
        Arbitraries.of(0.0, 0.5, 1.0, 2.0, 3.0), alphas.injectNull(0.6))
        .as((e, gamma, a) -> {
          LossSpec loss = FOCAL.withGamma(gamma).withEps(e);
          return a == null ? loss : loss.withAlphas(a);
        });
    Arbitrary<LossSpec> ce = eps.map(CE::withEps);
    return Combinators.combine(ce.injectNull(0.3), focal.injectNull(0.3),
        Arbitraries.of(HINGE, SQUARED_HINGE).list().uniqueElements().ofMaxSize(2),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 3))
        .as((crossEntropy, focalLoss, hinges, focalFirst, rotation) -> {
          List<LossSpec> probabilityLosses = new ArrayList<>();
          if (crossEntropy != null) {
            probabilityLosses.add(crossEntropy);
          }
          if (focalLoss != null) {
            probabilityLosses.add(focalFirst ? 0 : probabilityLosses.size(), focalLoss);
          }
          List<LossSpec> all = new ArrayList<>(probabilityLosses);
          if (all.isEmpty()) {
            all.addAll(hinges.isEmpty() ? List.of(HINGE) : hinges);
            return all;
          }
          // the hinge losses anywhere after the first loss
          for (LossSpec hinge : hinges) {
            all.add(1 + rotation % all.size(), hinge);
          }
          return all;
        });
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Double, double[]>>> rows() {
    return Arbitraries.integers().between(1, 5).flatMap(classes -> {
      Arbitrary<Double> label = Arbitraries.frequencyOf(
          Tuple.of(12, Arbitraries.integers().between(0, classes - 1).map(c -> (double) c)),
          Tuple.of(1, Arbitraries.of(-1.0, (double) classes, 0.5, Double.NaN)));
      Arbitrary<double[]> vector = Arbitraries.frequencyOf(
          Tuple.of(8, entry().array(double[].class).ofSize(classes)),
          Tuple.of(1, entry().array(double[].class).ofMinSize(0).ofMaxSize(6)));
      return Combinators.combine(label, vector).as(Tuple::of).list().ofMinSize(1).ofMaxSize(60);
    });
  }

  /** Probabilities, with ties, both clips' edges, and now and then an invalid entry. */
  private static Arbitrary<Double> entry() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.doubles().between(0, 1)),
        Tuple.of(4, Arbitraries.of(0.0, 1.0, 0.5, 0.25, 1e-17, 1e-300, Double.MIN_VALUE,
            1 - 0x1p-53, 0.995, 0.005)),
        Tuple.of(1, Arbitraries.of(-0.0, -1e-300, 1 + 0x1p-52, 2.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
  }
}
