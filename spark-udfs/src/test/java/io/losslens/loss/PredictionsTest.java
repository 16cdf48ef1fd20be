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
 * and the unit-interval forms (integer scans) return the argmax and the top two exactly when
 * every entry compares inside {@code [0, 1]} and none is {@code -0.0} (the bits test's one
 * false alarm), else a negative number.
 */
class PredictionsTest {
  private static final String SEED = "20261207";

  @Property(tries = 2000, seed = SEED)
  void scansAgreeWithTheirDefinitions(@ForAll("vectors") double[] v) {
    int argmax = lowestIndexOfMaximum(v);
    boolean inUnitInterval = Arrays.stream(v).allMatch(x ->
        x >= 0 && x <= 1 && Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(-0.0));
    assertThat(Predictions.argmax(v)).isEqualTo(argmax);
    assertThat(Predictions.argmaxInUnitInterval(v)).isEqualTo(inUnitInterval ? argmax : -1);
    if (v.length < 2) {
      return;
    }
    double[] others = new double[v.length - 1];
    for (int i = 0, j = 0; i < v.length; i++) {
      if (i != argmax) {
        others[j++] = v[i];
      }
    }
    double runnerUp = Arrays.stream(others).max().getAsDouble();
    double[] top = new double[2];
    assertThat(Predictions.topTwo(v, top)).isEqualTo(argmax);
    assertThat(bits(top[0])).isEqualTo(bits(v[argmax]));
    // compared as numbers: of -0.0 and 0.0, the branching scan keeps the first it meets
    assertThat(top[1] == runnerUp).as("runner-up %s, expected %s", top[1], runnerUp).isTrue();
    if (inUnitInterval) {
      // no signed zeros here: the runner-up to the bit
      double[] scannedTop = new double[2];
      assertThat(Predictions.topTwoInUnitInterval(v, scannedTop)).isEqualTo(argmax);
      assertThat(bits(scannedTop[0])).isEqualTo(bits(v[argmax]));
      assertThat(bits(scannedTop[1])).isEqualTo(bits(runnerUp));
    } else {
      assertThat(Predictions.topTwoInUnitInterval(v, new double[2])).isNegative();
    }
  }

  @Test
  void tiesGoToTheLowestIndexAndOnlyNegativeZeroFailsInRange() {
    double[] top = new double[2];
    assertThat(Predictions.topTwoInUnitInterval(new double[] {0.25, 1.0, 0.0, 1.0}, top))
        .isEqualTo(1);
    assertThat(top).containsExactly(1.0, 1.0);
    assertThat(Predictions.topTwoInUnitInterval(new double[] {0.0, 0.5, 0.25}, top)).isEqualTo(1);
    assertThat(top).containsExactly(0.5, 0.25);
    assertThat(Predictions.argmaxInUnitInterval(new double[] {0.5, 0.5, 0.25})).isEqualTo(0);
    assertThat(Predictions.argmaxInUnitInterval(new double[] {1.0})).isEqualTo(0);
    // -0.0 lies in [0, 1], but not its bits: the caller confirms by comparison
    assertThat(Predictions.topTwoInUnitInterval(new double[] {0.0, -0.0, 0.5}, top)).isNegative();
    assertThat(Predictions.argmaxInUnitInterval(new double[] {0.25, 1.0 + 0x1p-52})).isNegative();
    assertThat(Predictions.argmaxInUnitInterval(new double[] {0.5, Double.NaN})).isNegative();
  }

  private static long bits(double value) {
    return Double.doubleToLongBits(value);
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
