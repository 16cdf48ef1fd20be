package io.losslens.loss;

import static io.losslens.loss.Tolerance.assertRelativelyClose;
import static io.losslens.loss.Vectors.nans;
import static io.losslens.loss.Vectors.v;

import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tiny results that must keep full relative precision (log1p for {@code ln(1 - p)}, the
 * stable sigmoid and log-sum-exp, the symmetric clip), checked with a purely relative 1e-12
 * tolerance: the shared tolerance's 1e-15 floor would accept 0 for every one of them. Expected
 * values: {@code src/test/provenance/kernel_values.py}.
 */
class FullRelativePrecisionTest {

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource
  void keepsFullRelativePrecision(String call, DoubleSupplier kernel, double expected) {
    assertRelativelyClose(kernel.getAsDouble(), expected);
  }

  static Stream<Arguments> keepsFullRelativePrecision() {
    return Stream.of(
        // BEGIN kernel_values.py fullRelativePrecision
        // mpmath 50 digits: -ln(1 - 1e-10)
        Arguments.of("BinaryCrossEntropy.loss(0.0, 1e-10, 1e-15)",
            (DoubleSupplier) () -> BinaryCrossEntropy.loss(0.0, 1e-10, 1e-15), 1.00000000005e-10),
        // mpmath 50 digits: -ln(1 - 1e-300)
        Arguments.of("BinaryCrossEntropy.loss(0.0, 1e-300, 1e-300)",
            (DoubleSupplier) () -> BinaryCrossEntropy.loss(0.0, 1e-300, 1e-300), 1e-300),
        // mpmath 50 digits: -ln(1 - 1e-15)
        Arguments.of("BinaryCrossEntropy.loss(1.0, 1.0, 1e-15)",
            (DoubleSupplier) () -> BinaryCrossEntropy.loss(1.0, 1.0, 1e-15),
            1.0000000000000007e-15),
        // mpmath 50 digits: -ln(1 - 1e-15)
        Arguments.of("BinaryCrossEntropy.loss(0.0, 0.0, 1e-15)",
            (DoubleSupplier) () -> BinaryCrossEntropy.loss(0.0, 0.0, 1e-15),
            1.0000000000000007e-15),
        // mpmath 50 digits: -ln(0.9999999999)
        Arguments.of("BinaryCrossEntropy.loss(1.0, 0.9999999999, 1e-15)",
            (DoubleSupplier) () -> BinaryCrossEntropy.loss(1.0, 0.9999999999, 1e-15),
            1.000000082790371e-10),
        // mpmath 50 digits: ln(1 + e^-30)
        Arguments.of("BinaryCrossEntropy.lossFromLogit(1.0, 30.0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.lossFromLogit(1.0, 30.0),
            9.357622968839737e-14),
        // mpmath 50 digits: ln(1 + e^-40)
        Arguments.of("BinaryCrossEntropy.lossFromLogit(0.0, -40.0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.lossFromLogit(0.0, -40.0),
            4.248354255291589e-18),
        // mpmath 50 digits: sigmoid(30) - 1
        Arguments.of("BinaryCrossEntropy.gradientFromLogit(1.0, 30.0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradientFromLogit(1.0, 30.0),
            -9.357622968839299e-14),
        // mpmath 50 digits: sigmoid(40) - 1
        Arguments.of("BinaryCrossEntropy.gradientFromLogit(1.0, 40.0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradientFromLogit(1.0, 40.0),
            -4.248354255291589e-18),
        // mpmath 50 digits: sigmoid(-40)
        Arguments.of("BinaryCrossEntropy.gradientFromLogit(0.0, -40.0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradientFromLogit(0.0, -40.0),
            4.248354255291589e-18),
        // mpmath 50 digits: 1 - 0.999
        Arguments.of("HingeLoss.loss(-1.0, -0.999)",
            (DoubleSupplier) () -> HingeLoss.loss(-1.0, -0.999), 0.0010000000000000009),
        // mpmath 50 digits: -2 (1 - (1 - 2^-53))
        Arguments.of("HingeLoss.squaredGradient(1.0, 0.9999999999999999)",
            (DoubleSupplier) () -> HingeLoss.squaredGradient(1.0, 0.9999999999999999),
            -2.220446049250313e-16),
        // mpmath 50 digits: 0.75 (1e-10)^2 * -ln(1 - 1e-10)
        Arguments.of("FocalLoss.loss(0.0, 1e-10, 0.25, 2.0, 1e-15)",
            (DoubleSupplier) () -> FocalLoss.loss(0.0, 1e-10, 0.25, 2.0, 1e-15),
            7.500000000375001e-31),
        // mpmath 50 digits: 0.25 eps^2 * -ln(1 - eps)
        Arguments.of("FocalLoss.loss(1.0, 1.0, 0.25, 2.0, 1e-15)",
            (DoubleSupplier) () -> FocalLoss.loss(1.0, 1.0, 0.25, 2.0, 1e-15),
            2.500000000000002e-46),
        // mpmath 50 digits: d/dp at the clip p~ = 1 - eps
        Arguments.of("FocalLoss.gradient(1.0, 1.0, 0.25, 2.0, 1e-15)",
            (DoubleSupplier) () -> FocalLoss.gradient(1.0, 1.0, 0.25, 2.0, 1e-15),
            -7.500000000000006e-31),
        // mpmath 50 digits: d/dp at 1e-10
        Arguments.of("FocalLoss.gradient(0.0, 1e-10, 0.25, 2.0, 1e-15)",
            (DoubleSupplier) () -> FocalLoss.gradient(0.0, 1e-10, 0.25, 2.0, 1e-15),
            2.2500000001500002e-20),
        // mpmath 50 digits: 0.25 sigmoid(-30)^2 ln(1 + e^-30)
        Arguments.of("FocalLoss.lossFromLogit(1.0, 30.0, 0.25, 2.0)",
            (DoubleSupplier) () -> FocalLoss.lossFromLogit(1.0, 30.0, 0.25, 2.0),
            2.0485031559971495e-40),
        // mpmath 50 digits: 0.25 sigmoid(-40)^0.5 ln(1 + e^-40)
        Arguments.of("FocalLoss.lossFromLogit(0.0, -40.0, 0.75, 0.5)",
            (DoubleSupplier) () -> FocalLoss.lossFromLogit(0.0, -40.0, 0.75, 0.5),
            2.18912769067413e-27),
        // mpmath 50 digits: d/dz at 40
        Arguments.of("FocalLoss.gradientFromLogit(1.0, 40.0, 0.25, 2.0)",
            (DoubleSupplier) () -> FocalLoss.gradientFromLogit(1.0, 40.0, 0.25, 2.0),
            -5.750736055291499e-53),
        // mpmath 50 digits: d/dz at -40
        Arguments.of("FocalLoss.gradientFromLogit(0.0, -40.0, 0.75, 3.0)",
            (DoubleSupplier) () -> FocalLoss.gradientFromLogit(0.0, -40.0, 0.75, 3.0),
            3.257488532207521e-70),
        // mpmath 50 digits: gamma 0: sigmoid(30) - 1
        Arguments.of("FocalLoss.gradientFromLogit(1.0, 30.0, 1.0, 0.0)",
            (DoubleSupplier) () -> FocalLoss.gradientFromLogit(1.0, 30.0, 1.0, 0.0),
            -9.357622968839299e-14),
        // mpmath 50 digits: -eps^2 ln(1 - eps)
        Arguments.of("FocalLoss.multiclassLoss(1.0, v(0.0, 1.0), 2.0, 1e-15)",
            (DoubleSupplier) () -> FocalLoss.multiclassLoss(1.0, v(0.0, 1.0), 2.0, 1e-15),
            1.0000000000000008e-45),
        // mpmath 50 digits: -ln(1 - eps)
        Arguments.of("CrossEntropy.loss(1.0, v(0.0, 1.0, 0.0), 1e-15)",
            (DoubleSupplier) () -> CrossEntropy.loss(1.0, v(0.0, 1.0, 0.0), 1e-15),
            1.0000000000000007e-15),
        // mpmath 50 digits: ln(1 + 2 e^-30)
        Arguments.of("CrossEntropy.lossFromLogits(0.0, v(30.0, 0.0, 0.0))",
            (DoubleSupplier) () -> CrossEntropy.lossFromLogits(0.0, v(30.0, 0.0, 0.0)),
            1.8715245937678598e-13),
        // mpmath 50 digits: ln(1 + e^-40 + e^-45)
        Arguments.of("CrossEntropy.lossFromLogits(2.0, v(-5.0, 0.0, 40.0))",
            (DoubleSupplier) () -> CrossEntropy.lossFromLogits(2.0, v(-5.0, 0.0, 40.0)),
            4.276979441097083e-18),
        // mpmath 50 digits: softmax(z)[0] - 1 = -2e^-30 / (1 + 2e^-30)
        Arguments.of("CrossEntropy.gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[0]",
            (DoubleSupplier) () -> gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[0],
            -1.8715245937676846e-13),
        // mpmath 50 digits: softmax(z)[1] = e^-30 / (1 + 2e^-30)
        Arguments.of("CrossEntropy.gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[1]",
            (DoubleSupplier) () -> gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[1],
            9.357622968838423e-14),
        // mpmath 50 digits: -ln(1 - 1e-10) - ln(1 - eps)
        Arguments.of("CrossEntropy.multilabelLoss(v(0.0, 1.0), v(1e-10, 1.0), 1e-15)",
            (DoubleSupplier) () -> CrossEntropy.multilabelLoss(v(0.0, 1.0), v(1e-10, 1.0), 1e-15),
            1.0000100000500001e-10)
        // END kernel_values.py
    );
  }

  private static double[] gradientFromLogits(double label, double[] logits) {
    double[] out = nans(logits.length);
    CrossEntropy.gradientFromLogits(label, logits, out);
    return out;
  }
}
