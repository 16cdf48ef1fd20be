package io.losslens.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo's settings and its class shares, Spark-free. */
class DemoConfigTest {
  @Test
  void defaults() {
    DemoConfig d = DemoConfig.defaults();
    assertThat(d.rows()).isEqualTo(200_000);
    assertThat(d.classes()).isEqualTo(5);
    assertThat(d.imbalance()).isEqualTo(50);
    assertThat(d.quality()).isEqualTo(2.5);
    assertThat(d.seed()).isEqualTo(42);
    assertThat(d).hasToString("rows=200000, classes=5, imbalance=50.0, quality=2.5, seed=42");
    assertThat(DemoConfig.of(DemoConfig.DEFAULT_ROWS, DemoConfig.DEFAULT_CLASSES,
        DemoConfig.DEFAULT_IMBALANCE, DemoConfig.DEFAULT_QUALITY, DemoConfig.DEFAULT_SEED))
        .hasToString(d.toString());
  }

  @Test
  void theBoundariesAreValid() {
    DemoConfig d = DemoConfig.of(1, 2, 1, 0, -7);
    assertThat(d).hasToString("rows=1, classes=2, imbalance=1.0, quality=0.0, seed=-7");
    assertThat(DemoConfig.of(Long.MAX_VALUE, 10_000, 1e300, 1e300, Long.MIN_VALUE).classes())
        .isEqualTo(10_000);
  }

  static Stream<Arguments> invalid() {
    double nan = Double.NaN;
    double inf = Double.POSITIVE_INFINITY;
    return Stream.of(
        Arguments.of(0L, 5, 50.0, 2.5, "--rows must be >= 1, but was 0"),
        Arguments.of(-3L, 5, 50.0, 2.5, "--rows must be >= 1, but was -3"),
        Arguments.of(10L, 1, 50.0, 2.5, "--classes must be in [2, 10000], but was 1"),
        Arguments.of(10L, 10_001, 50.0, 2.5, "--classes must be in [2, 10000], but was 10001"),
        Arguments.of(10L, 5, 0.99, 2.5, "--imbalance must be a finite number >= 1 (most over "
            + "least frequent class), but was 0.99"),
        Arguments.of(10L, 5, nan, 2.5, "--imbalance must be a finite number >= 1 (most over "
            + "least frequent class), but was NaN"),
        Arguments.of(10L, 5, inf, 2.5, "--imbalance must be a finite number >= 1 (most over "
            + "least frequent class), but was Infinity"),
        Arguments.of(10L, 5, 50.0, -0.1, "--quality must be a finite number >= 0, but was -0.1"),
        Arguments.of(10L, 5, 50.0, nan, "--quality must be a finite number >= 0, but was NaN"),
        Arguments.of(10L, 5, 50.0, inf,
            "--quality must be a finite number >= 0, but was Infinity"));
  }

  @ParameterizedTest(name = "[{index}] {4}")
  @MethodSource("invalid")
  void invalidSettingsNameTheOptionTheValueAndTheRule(long rows, int classes, double imbalance,
      double quality, String message) {
    assertThatThrownBy(() -> DemoConfig.of(rows, classes, imbalance, quality, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // --- class shares ---

  @Test
  void fiveClassesImbalanceSixteenHalveEachStep() {
    // 16^(-1/4) = 1/2: shares proportional to 1, 1/2, 1/4, 1/8, 1/16, whose sum is 31/16
    assertThat(DemoData.classFrequencies(5, 16)).containsExactly(
        new double[] {16.0 / 31, 8.0 / 31, 4.0 / 31, 2.0 / 31, 1.0 / 31}, within(1e-16));
  }

  @Test
  void twoClasses() {
    // ratio 1/50: shares 1 and 1/50 of 51/50
    assertThat(DemoData.classFrequencies(2, 50)).containsExactly(
        new double[] {50.0 / 51, 1.0 / 51}, within(1e-16));
  }

  @Test
  void noImbalanceIsUniform() {
    double[] f = DemoData.classFrequencies(4, 1);
    assertThat(f).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(0.0));
  }

  @ParameterizedTest(name = "C={0}, imbalance={1}")
  @CsvSource({"2,1.5", "3,2", "5,16", "5,50", "7,1000", "10,1.0001", "100,50", "10000,1e6",
      "10000,1.01", "2,1e300"})
  void sharesSumToOneFallAndSpanTheImbalance(int classes, double imbalance) {
    double[] f = DemoData.classFrequencies(classes, imbalance);
    assertThat(f).hasSize(classes);
    assertThat(Arrays.stream(f).sum()).isCloseTo(1.0, within(1e-12));
    for (int k = 1; k < classes; k++) {
      assertThat(f[k]).as("share %d", k).isLessThan(f[k - 1]).isPositive();
    }
    assertThat(f[0] / f[classes - 1]).isCloseTo(imbalance, within(imbalance * 1e-10));
    // geometric: each step divides by the same ratio
    double ratio = f[1] / f[0];
    for (int k = 1; k < classes; k++) {
      assertThat(f[k] / f[k - 1]).isCloseTo(ratio, within(1e-12));
    }
  }
}
