package io.losslens.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The one-pass scans of a prediction vector against their definitions: the argmax is the first
 * index of the largest entry, the runner-up the largest entry once the argmax's is taken out,
 * and the unit-interval forms return the argmax exactly when every entry compares inside
 * {@code [0, 1]} and none is {@code -0.0} (the bits test's one false alarm), else its
 * complement.
 */
class PredictionsTest {
  private static final String SEED = "20261207";

  @Property(tries = 2000, seed = SEED)
  void scansAgreeWithTheirDefinitions(@ForAll("vectors") double[] v) {
    int argmax = lowestIndexOfMaximum(v);
    boolean inUnitInterval = Arrays.stream(v).allMatch(x ->
        x >= 0 && x <= 1 && Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(-0.0));
    int expected = inUnitInterval ? argmax : ~argmax;
    assertThat(Predictions.argmax(v)).isEqualTo(argmax);
    assertThat(Predictions.argmaxInUnitInterval(v)).isEqualTo(expected);
    if (v.length < 2) {
      return;
    }
    double[] others = new double[v.length - 1];
    for (int i = 0, j = 0; i < v.length; i++) {
      if (i != argmax) {
        others[j++] = v[i];
      }
    }
    double[] top = new double[2];
    assertThat(Predictions.topTwoInUnitInterval(v, top)).isEqualTo(expected);
    assertThat(top[0]).isEqualTo(v[argmax]);
    // compared as numbers: of -0.0 and 0.0, the scan keeps the first it meets
    double runnerUp = Arrays.stream(others).max().getAsDouble();
    assertThat(top[1] == runnerUp).as("runner-up %s, expected %s", top[1], runnerUp).isTrue();
    assertThat(Predictions.topTwo(v, top)).isEqualTo(argmax);
  }

  @Test
  void signedZerosTieAndOnlyNegativeZeroFailsTheBitsTest() {
    double[] top = new double[2];
    // -0.0 == 0.0: a tie, which the lowest index wins
    assertThat(Predictions.topTwoInUnitInterval(new double[] {0.0, -0.0, 0.0}, top)).isEqualTo(~0);
    assertThat(Predictions.topTwoInUnitInterval(new double[] {0.0, 1.0, 0.0}, top)).isEqualTo(1);
    assertThat(top).containsExactly(1.0, 0.0);
    assertThat(Predictions.argmaxInUnitInterval(new double[] {0.25, 1.0 + 0x1p-52})).isEqualTo(~1);
    assertThat(Predictions.argmaxInUnitInterval(new double[] {0.5, Double.NaN})).isEqualTo(~0);
  }

  /** The first index of the largest entry, NaN entries never largest. */
  private static int lowestIndexOfMaximum(double[] v) {
    int best = 0;
    for (int i = 0; i < v.length; i++) {
      if (!(v[best] >= v[i]) && !Double.isNaN(v[i])) {
        best = i;
      }
    }
    return best;
  }

  @Provide
  Arbitrary<double[]> vectors() {
    Arbitrary<Double> entry = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.doubles().between(0, 1)),
        Tuple.of(3, Arbitraries.of(0.0, -0.0, 1.0, 0.5, Double.MIN_VALUE)),
        Tuple.of(2, Arbitraries.doubles().between(-5, 5)),
        Tuple.of(1, Arbitraries.of(1 + 0x1p-52, -Double.MIN_VALUE, 1e300, -1e300)));
    return entry.array(double[].class).ofMinSize(1).ofMaxSize(12);
  }
}
