package io.losslens.loss;

import static io.losslens.loss.Vectors.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the contract's "Invalid means" list, for every kernel it applies to, with the
 * exact message: {@code <function>: <argument> <rule>, but was <value>}, where the function is
 * the SQL name of the method called (a gradient kernel reports {@code ..._grad}). One argument
 * is invalid at a time; the others are valid.
 */
class ValidationTest {
  private static final double E = 1e-15;
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;
  /** A valid 3-vector for every vector argument: probabilities, weights, logits, scores. */
  private static final double[] V3 = {0.2, 0.3, 0.5};

  @ParameterizedTest(name = "{0}")
  @MethodSource({"contractExamples", "eps", "gamma", "binaryFocalAlpha", "binaryLabel",
      "probability", "logit", "hingeLabel", "hingeScore", "classLabel", "unitIntervalEntries",
      "finiteEntries", "nonNegativeEntries", "emptyVectors", "lengthMismatch",
      "fewerThanTwoClasses"})
  void rejects(String message, ThrowingCallable call) {
    assertThatThrownBy(call).isExactlyInstanceOf(LossInputException.class).hasMessage(message);
  }

  /** The messages quoted in the contract and the style guide, word for word. */
  static Stream<Arguments> contractExamples() {
    return Stream.of(
        rejection("cross_entropy: label 3 is out of range for 3 classes; must be a whole number"
            + " in [0, 3)", () -> CrossEntropy.loss(3, V3, E)),
        rejection("cross_entropy: label 1.5 is not a whole number; must be a whole number in"
            + " [0, 3)", () -> CrossEntropy.loss(1.5, V3, E)),
        rejection("binary_cross_entropy: eps must be in (0, 0.5), but was 0.7",
            () -> BinaryCrossEntropy.loss(1, 0.5, 0.7)),
        rejection("focal_loss: gamma must be >= 0, but was -1.0",
            () -> FocalLoss.loss(1, 0.5, 0.25, -1, E)),
        rejection("cross_entropy: probs[1] must be in [0, 1], but was 1.5",
            () -> CrossEntropy.loss(1, v(0.2, 1.5, 0.5), E)),
        // every entry is validated, even one the formula does not read
        rejection("cross_entropy: probs[1] must be in [0, 1], but was 1.5",
            () -> CrossEntropy.loss(0, v(0.5, 1.5), E)),
        rejection("kl_divergence: p and q must have the same length, but had 3 and 2",
            () -> Divergence.kl(V3, v(0.5, 0.5), E)),
        rejection("cross_entropy: probs must not be empty", () -> CrossEntropy.loss(0, v(), E)),
        rejection("binary_cross_entropy: p must be a finite number, but was NaN",
            () -> BinaryCrossEntropy.loss(1, NAN, E)),
        rejection("cross_entropy_grad: label 3 is out of range for 3 classes; must be a whole"
            + " number in [0, 3)", () -> CrossEntropy.gradient(3, V3, E, new double[3])));
  }

  static Stream<Arguments> eps() {
    List<Call<Double>> calls = List.of(
        call("binary_cross_entropy", eps -> BinaryCrossEntropy.loss(1, 0.5, eps)),
        call("binary_cross_entropy_grad", eps -> BinaryCrossEntropy.gradient(1, 0.5, eps)),
        call("focal_loss", eps -> FocalLoss.loss(1, 0.5, 0.25, 2, eps)),
        call("focal_loss_grad", eps -> FocalLoss.gradient(1, 0.5, 0.25, 2, eps)),
        call("multiclass_focal_loss", eps -> FocalLoss.multiclassLoss(1, V3, 2, eps)),
        call("multiclass_focal_loss", eps -> FocalLoss.multiclassLoss(1, V3, 2, V3, eps)),
        call("multiclass_focal_loss_grad",
            eps -> FocalLoss.multiclassGradient(1, V3, 2, null, eps, new double[3])),
        call("cross_entropy", eps -> CrossEntropy.loss(1, V3, eps)),
        call("cross_entropy_grad", eps -> CrossEntropy.gradient(1, V3, eps, new double[3])),
        call("soft_cross_entropy", eps -> CrossEntropy.softLoss(V3, V3, eps)),
        call("soft_cross_entropy_grad",
            eps -> CrossEntropy.softGradient(V3, V3, eps, new double[3])),
        call("weighted_cross_entropy", eps -> CrossEntropy.weightedLoss(1, V3, V3, eps)),
        call("weighted_cross_entropy_grad",
            eps -> CrossEntropy.weightedGradient(1, V3, V3, eps, new double[3])),
        call("multilabel_cross_entropy", eps -> CrossEntropy.multilabelLoss(V3, V3, eps)),
        call("multilabel_cross_entropy_grad",
            eps -> CrossEntropy.multilabelGradient(V3, V3, eps, new double[3])),
        call("kl_divergence", eps -> Divergence.kl(V3, V3, eps)),
        call("kl_divergence_grad", eps -> Divergence.klGradient(V3, V3, eps, new double[3])));
    String rule = "eps must be in (0, 0.5), but was ";
    return scalarCases(calls, List.of(
        bad(0.0, rule + "0.0"), bad(-1e-15, rule + "-1.0E-15"), bad(0.5, rule + "0.5"),
        bad(0.7, rule + "0.7"), bad(NAN, rule + "NaN"), bad(INF, rule + "Infinity"),
        bad(-INF, rule + "-Infinity")));
  }

  static Stream<Arguments> gamma() {
    List<Call<Double>> calls = List.of(
        call("focal_loss", g -> FocalLoss.loss(1, 0.5, 0.25, g, E)),
        call("focal_loss_grad", g -> FocalLoss.gradient(1, 0.5, 0.25, g, E)),
        call("focal_loss_logits", g -> FocalLoss.lossFromLogit(1, 0.5, 0.25, g)),
        call("focal_loss_logits_grad", g -> FocalLoss.gradientFromLogit(1, 0.5, 0.25, g)),
        call("multiclass_focal_loss", g -> FocalLoss.multiclassLoss(1, V3, g, E)),
        call("multiclass_focal_loss", g -> FocalLoss.multiclassLoss(1, V3, g, V3, E)),
        call("multiclass_focal_loss_grad",
            g -> FocalLoss.multiclassGradient(1, V3, g, V3, E, new double[3])));
    return scalarCases(calls, List.of(
        bad(-1.0, "gamma must be >= 0, but was -1.0"),
        bad(-1e-300, "gamma must be >= 0, but was -1.0E-300"),
        bad(NAN, "gamma must be a finite number, but was NaN"),
        bad(INF, "gamma must be a finite number, but was Infinity")));
  }

  static Stream<Arguments> binaryFocalAlpha() {
    List<Call<Double>> calls = List.of(
        call("focal_loss", a -> FocalLoss.loss(1, 0.5, a, 2, E)),
        call("focal_loss_grad", a -> FocalLoss.gradient(1, 0.5, a, 2, E)),
        call("focal_loss_logits", a -> FocalLoss.lossFromLogit(1, 0.5, a, 2)),
        call("focal_loss_logits_grad", a -> FocalLoss.gradientFromLogit(1, 0.5, a, 2)));
    String rule = "alpha must be <= 1 (a negative alpha means no alpha weighting), but was ";
    return scalarCases(calls, List.of(
        bad(1.5, rule + "1.5"), bad(Math.nextUp(1.0), rule + "1.0000000000000002"),
        bad(NAN, "alpha must be a finite number, but was NaN"),
        bad(INF, "alpha must be a finite number, but was Infinity"),
        bad(-INF, "alpha must be a finite number, but was -Infinity")));
  }

  /** Binary labels are any y in [0, 1] (soft labels allowed). */
  static Stream<Arguments> binaryLabel() {
    List<Call<Double>> calls = List.of(
        call("binary_cross_entropy", y -> BinaryCrossEntropy.loss(y, 0.5, E)),
        call("binary_cross_entropy_grad", y -> BinaryCrossEntropy.gradient(y, 0.5, E)),
        call("binary_cross_entropy_logits", y -> BinaryCrossEntropy.lossFromLogit(y, 0.5)),
        call("binary_cross_entropy_logits_grad",
            y -> BinaryCrossEntropy.gradientFromLogit(y, 0.5)),
        call("focal_loss", y -> FocalLoss.loss(y, 0.5, 0.25, 2, E)),
        call("focal_loss_grad", y -> FocalLoss.gradient(y, 0.5, 0.25, 2, E)),
        call("focal_loss_logits", y -> FocalLoss.lossFromLogit(y, 0.5, 0.25, 2)),
        call("focal_loss_logits_grad", y -> FocalLoss.gradientFromLogit(y, 0.5, 0.25, 2)));
    return scalarCases(calls, List.of(
        bad(-0.1, "label must be in [0, 1], but was -0.1"),
        bad(1.5, "label must be in [0, 1], but was 1.5"),
        bad(-1.0, "label must be in [0, 1], but was -1.0"),
        bad(NAN, "label must be a finite number, but was NaN"),
        bad(INF, "label must be a finite number, but was Infinity"),
        bad(-INF, "label must be a finite number, but was -Infinity")));
  }

  static Stream<Arguments> probability() {
    List<Call<Double>> calls = List.of(
        call("binary_cross_entropy", p -> BinaryCrossEntropy.loss(1, p, E)),
        call("binary_cross_entropy_grad", p -> BinaryCrossEntropy.gradient(1, p, E)),
        call("focal_loss", p -> FocalLoss.loss(1, p, 0.25, 2, E)),
        call("focal_loss_grad", p -> FocalLoss.gradient(1, p, 0.25, 2, E)));
    return scalarCases(calls, List.of(
        bad(-0.1, "p must be in [0, 1], but was -0.1"),
        bad(-1e-300, "p must be in [0, 1], but was -1.0E-300"),
        bad(Math.nextUp(1.0), "p must be in [0, 1], but was 1.0000000000000002"),
        bad(NAN, "p must be a finite number, but was NaN"),
        bad(INF, "p must be a finite number, but was Infinity")));
  }

  static Stream<Arguments> logit() {
    List<Call<Double>> calls = List.of(
        call("binary_cross_entropy_logits", z -> BinaryCrossEntropy.lossFromLogit(1, z)),
        call("binary_cross_entropy_logits_grad",
            z -> BinaryCrossEntropy.gradientFromLogit(1, z)),
        call("focal_loss_logits", z -> FocalLoss.lossFromLogit(1, z, 0.25, 2)),
        call("focal_loss_logits_grad", z -> FocalLoss.gradientFromLogit(1, z, 0.25, 2)));
    return scalarCases(calls, List.of(
        bad(NAN, "z must be a finite number, but was NaN"),
        bad(INF, "z must be a finite number, but was Infinity"),
        bad(-INF, "z must be a finite number, but was -Infinity")));
  }

  private static final List<Call<Double>> HINGE_LABEL_CALLS = List.of(
      call("hinge_loss", t -> HingeLoss.loss(t, 0.5)),
      call("squared_hinge_loss", t -> HingeLoss.squaredLoss(t, 0.5)),
      call("hinge_loss_grad", t -> HingeLoss.gradient(t, 0.5)),
      call("squared_hinge_loss_grad", t -> HingeLoss.squaredGradient(t, 0.5)));

  /** Hinge labels: 1 is positive, 0 or -1 negative, nothing else. */
  static Stream<Arguments> hingeLabel() {
    String rule = "label must be 1 (positive) or 0 or -1 (negative), but was ";
    return scalarCases(HINGE_LABEL_CALLS, List.of(
        bad(0.5, rule + "0.5"), bad(2.0, rule + "2.0"), bad(-2.0, rule + "-2.0"),
        bad(NAN, rule + "NaN"), bad(INF, rule + "Infinity")));
  }

  static Stream<Arguments> hingeScore() {
    List<Call<Double>> calls = List.of(
        call("hinge_loss", s -> HingeLoss.loss(1, s)),
        call("squared_hinge_loss", s -> HingeLoss.squaredLoss(1, s)),
        call("hinge_loss_grad", s -> HingeLoss.gradient(1, s)),
        call("squared_hinge_loss_grad", s -> HingeLoss.squaredGradient(1, s)));
    return scalarCases(calls, List.of(
        bad(NAN, "score must be a finite number, but was NaN"),
        bad(INF, "score must be a finite number, but was Infinity"),
        bad(-INF, "score must be a finite number, but was -Infinity")));
  }

  /** Class indices for 3 classes: whole numbers in [0, 3). */
  static Stream<Arguments> classLabel() {
    List<Call<Double>> calls = List.of(
        call("cross_entropy", y -> CrossEntropy.loss(y, V3, E)),
        call("cross_entropy_grad", y -> CrossEntropy.gradient(y, V3, E, new double[3])),
        call("cross_entropy_logits", y -> CrossEntropy.lossFromLogits(y, V3)),
        call("cross_entropy_logits_grad",
            y -> CrossEntropy.gradientFromLogits(y, V3, new double[3])),
        call("weighted_cross_entropy", y -> CrossEntropy.weightedLoss(y, V3, V3, E)),
        call("weighted_cross_entropy_grad",
            y -> CrossEntropy.weightedGradient(y, V3, V3, E, new double[3])),
        call("multiclass_hinge_loss", y -> HingeLoss.multiclassLoss(y, V3)),
        call("multiclass_squared_hinge_loss", y -> HingeLoss.multiclassSquaredLoss(y, V3)),
        call("multiclass_hinge_loss_grad",
            y -> HingeLoss.multiclassGradient(y, V3, new double[3])),
        call("multiclass_squared_hinge_loss_grad",
            y -> HingeLoss.multiclassSquaredGradient(y, V3, new double[3])),
        call("multiclass_focal_loss", y -> FocalLoss.multiclassLoss(y, V3, 2, E)),
        call("multiclass_focal_loss", y -> FocalLoss.multiclassLoss(y, V3, 2, V3, E)),
        call("multiclass_focal_loss_grad",
            y -> FocalLoss.multiclassGradient(y, V3, 2, null, E, new double[3])));
    String rule = "; must be a whole number in [0, 3)";
    return scalarCases(calls, List.of(
        bad(3.0, "label 3 is out of range for 3 classes" + rule),
        bad(-1.0, "label -1 is out of range for 3 classes" + rule),
        bad(1e300, "label 1.0E300 is out of range for 3 classes" + rule),
        bad(1.5, "label 1.5 is not a whole number" + rule),
        bad(-0.5, "label -0.5 is not a whole number" + rule),
        bad(2.0000000000000004, "label 2.0000000000000004 is not a whole number" + rule),
        bad(NAN, "label NaN is out of range for 3 classes" + rule),
        bad(INF, "label Infinity is out of range for 3 classes" + rule)));
  }

  /**
   * probs, target, labels, p and q: entries in [0, 1]. The bad entry sits at index 1, which
   * label 0 of the label-indexed kernels never reads.
   */
  static Stream<Arguments> unitIntervalEntries() {
    List<Call<double[]>> calls = List.of(
        call("cross_entropy", "probs", v -> CrossEntropy.loss(0, v, E)),
        call("cross_entropy_grad", "probs", v -> CrossEntropy.gradient(0, v, E, new double[3])),
        call("weighted_cross_entropy", "probs", v -> CrossEntropy.weightedLoss(0, v, V3, E)),
        call("weighted_cross_entropy_grad", "probs",
            v -> CrossEntropy.weightedGradient(0, v, V3, E, new double[3])),
        call("multiclass_focal_loss", "probs", v -> FocalLoss.multiclassLoss(0, v, 2, E)),
        call("multiclass_focal_loss", "probs", v -> FocalLoss.multiclassLoss(0, v, 2, V3, E)),
        call("multiclass_focal_loss_grad", "probs",
            v -> FocalLoss.multiclassGradient(0, v, 2, null, E, new double[3])),
        call("soft_cross_entropy", "target", v -> CrossEntropy.softLoss(v, V3, E)),
        call("soft_cross_entropy", "probs", v -> CrossEntropy.softLoss(V3, v, E)),
        call("soft_cross_entropy_grad", "target",
            v -> CrossEntropy.softGradient(v, V3, E, new double[3])),
        call("soft_cross_entropy_grad", "probs",
            v -> CrossEntropy.softGradient(V3, v, E, new double[3])),
        call("multilabel_cross_entropy", "labels", v -> CrossEntropy.multilabelLoss(v, V3, E)),
        call("multilabel_cross_entropy", "probs", v -> CrossEntropy.multilabelLoss(V3, v, E)),
        call("multilabel_cross_entropy_grad", "labels",
            v -> CrossEntropy.multilabelGradient(v, V3, E, new double[3])),
        call("multilabel_cross_entropy_grad", "probs",
            v -> CrossEntropy.multilabelGradient(V3, v, E, new double[3])),
        call("kl_divergence", "p", v -> Divergence.kl(v, V3, E)),
        call("kl_divergence", "q", v -> Divergence.kl(V3, v, E)),
        call("kl_divergence_grad", "p", v -> Divergence.klGradient(v, V3, E, new double[3])),
        call("kl_divergence_grad", "q", v -> Divergence.klGradient(V3, v, E, new double[3])),
        call("js_divergence", "p", v -> Divergence.js(v, V3)),
        call("js_divergence", "q", v -> Divergence.js(V3, v)),
        call("js_divergence_grad", "p", v -> Divergence.jsGradient(v, V3, new double[3])),
        call("js_divergence_grad", "q", v -> Divergence.jsGradient(V3, v, new double[3])));
    return entryCases(calls, List.of(
        bad(-0.1, "%s[1] must be in [0, 1], but was -0.1"),
        bad(1.5, "%s[1] must be in [0, 1], but was 1.5"),
        bad(Math.nextUp(1.0), "%s[1] must be in [0, 1], but was 1.0000000000000002"),
        bad(NAN, "%s[1] must be a finite number, but was NaN"),
        bad(INF, "%s[1] must be a finite number, but was Infinity"),
        bad(-INF, "%s[1] must be a finite number, but was -Infinity")));
  }

  /** logits and scores: any finite numbers. */
  static Stream<Arguments> finiteEntries() {
    List<Call<double[]>> calls = List.of(
        call("cross_entropy_logits", "logits", v -> CrossEntropy.lossFromLogits(0, v)),
        call("cross_entropy_logits_grad", "logits",
            v -> CrossEntropy.gradientFromLogits(0, v, new double[3])),
        call("multiclass_hinge_loss", "scores", v -> HingeLoss.multiclassLoss(0, v)),
        call("multiclass_squared_hinge_loss", "scores",
            v -> HingeLoss.multiclassSquaredLoss(0, v)),
        call("multiclass_hinge_loss_grad", "scores",
            v -> HingeLoss.multiclassGradient(0, v, new double[3])),
        call("multiclass_squared_hinge_loss_grad", "scores",
            v -> HingeLoss.multiclassSquaredGradient(0, v, new double[3])));
    return entryCases(calls, List.of(
        bad(NAN, "%s[1] must be a finite number, but was NaN"),
        bad(INF, "%s[1] must be a finite number, but was Infinity"),
        bad(-INF, "%s[1] must be a finite number, but was -Infinity")));
  }

  /** Class weights and per-class alphas: finite and >= 0. */
  static Stream<Arguments> nonNegativeEntries() {
    List<Call<double[]>> calls = List.of(
        call("weighted_cross_entropy", "class_weights",
            v -> CrossEntropy.weightedLoss(0, V3, v, E)),
        call("weighted_cross_entropy_grad", "class_weights",
            v -> CrossEntropy.weightedGradient(0, V3, v, E, new double[3])),
        call("multiclass_focal_loss", "alphas", v -> FocalLoss.multiclassLoss(0, V3, 2, v, E)),
        call("multiclass_focal_loss_grad", "alphas",
            v -> FocalLoss.multiclassGradient(0, V3, 2, v, E, new double[3])));
    return entryCases(calls, List.of(
        bad(-1.0, "%s[1] must be >= 0, but was -1.0"),
        bad(-1e-300, "%s[1] must be >= 0, but was -1.0E-300"),
        bad(NAN, "%s[1] must be a finite number, but was NaN"),
        bad(INF, "%s[1] must be a finite number, but was Infinity")));
  }

  /** Every vector argument of every kernel, empty while the others are valid. */
  static Stream<Arguments> emptyVectors() {
    double[] none = {};
    return Stream.of(
        rejection("cross_entropy: probs must not be empty", () -> CrossEntropy.loss(0, none, E)),
        rejection("cross_entropy_grad: probs must not be empty",
            () -> CrossEntropy.gradient(0, none, E, none)),
        rejection("cross_entropy_logits: logits must not be empty",
            () -> CrossEntropy.lossFromLogits(0, none)),
        rejection("cross_entropy_logits_grad: logits must not be empty",
            () -> CrossEntropy.gradientFromLogits(0, none, none)),
        rejection("soft_cross_entropy: target must not be empty",
            () -> CrossEntropy.softLoss(none, V3, E)),
        rejection("soft_cross_entropy: probs must not be empty",
            () -> CrossEntropy.softLoss(V3, none, E)),
        rejection("soft_cross_entropy_grad: target must not be empty",
            () -> CrossEntropy.softGradient(none, V3, E, new double[3])),
        rejection("soft_cross_entropy_grad: probs must not be empty",
            () -> CrossEntropy.softGradient(V3, none, E, none)),
        rejection("weighted_cross_entropy: probs must not be empty",
            () -> CrossEntropy.weightedLoss(0, none, V3, E)),
        rejection("weighted_cross_entropy: class_weights must not be empty",
            () -> CrossEntropy.weightedLoss(0, V3, none, E)),
        rejection("weighted_cross_entropy_grad: probs must not be empty",
            () -> CrossEntropy.weightedGradient(0, none, V3, E, none)),
        rejection("weighted_cross_entropy_grad: class_weights must not be empty",
            () -> CrossEntropy.weightedGradient(0, V3, none, E, new double[3])),
        rejection("multilabel_cross_entropy: labels must not be empty",
            () -> CrossEntropy.multilabelLoss(none, V3, E)),
        rejection("multilabel_cross_entropy: probs must not be empty",
            () -> CrossEntropy.multilabelLoss(V3, none, E)),
        rejection("multilabel_cross_entropy_grad: labels must not be empty",
            () -> CrossEntropy.multilabelGradient(none, V3, E, new double[3])),
        rejection("multilabel_cross_entropy_grad: probs must not be empty",
            () -> CrossEntropy.multilabelGradient(V3, none, E, none)),
        rejection("multiclass_hinge_loss: scores must not be empty",
            () -> HingeLoss.multiclassLoss(0, none)),
        rejection("multiclass_squared_hinge_loss: scores must not be empty",
            () -> HingeLoss.multiclassSquaredLoss(0, none)),
        rejection("multiclass_hinge_loss_grad: scores must not be empty",
            () -> HingeLoss.multiclassGradient(0, none, none)),
        rejection("multiclass_squared_hinge_loss_grad: scores must not be empty",
            () -> HingeLoss.multiclassSquaredGradient(0, none, none)),
        rejection("multiclass_focal_loss: probs must not be empty",
            () -> FocalLoss.multiclassLoss(0, none, 2, E)),
        rejection("multiclass_focal_loss: alphas must not be empty",
            () -> FocalLoss.multiclassLoss(0, V3, 2, none, E)),
        rejection("multiclass_focal_loss_grad: probs must not be empty",
            () -> FocalLoss.multiclassGradient(0, none, 2, null, E, none)),
        rejection("multiclass_focal_loss_grad: alphas must not be empty",
            () -> FocalLoss.multiclassGradient(0, V3, 2, none, E, new double[3])),
        rejection("kl_divergence: p must not be empty", () -> Divergence.kl(none, V3, E)),
        rejection("kl_divergence: q must not be empty", () -> Divergence.kl(V3, none, E)),
        rejection("kl_divergence_grad: p must not be empty",
            () -> Divergence.klGradient(none, V3, E, new double[3])),
        rejection("kl_divergence_grad: q must not be empty",
            () -> Divergence.klGradient(V3, none, E, new double[3])),
        rejection("js_divergence: p must not be empty", () -> Divergence.js(none, V3)),
        rejection("js_divergence: q must not be empty", () -> Divergence.js(V3, none)),
        rejection("js_divergence_grad: p must not be empty",
            () -> Divergence.jsGradient(none, V3, new double[3])),
        rejection("js_divergence_grad: q must not be empty",
            () -> Divergence.jsGradient(V3, none, new double[3])));
  }

  /** Vectors that must agree in length, 3 against 2 and 2 against 3. */
  static Stream<Arguments> lengthMismatch() {
    double[] two = {0.5, 0.5};
    double[] out = new double[3];
    String had32 = " must have the same length, but had 3 and 2";
    String had23 = " must have the same length, but had 2 and 3";
    return Stream.of(
        rejection("soft_cross_entropy: target and probs" + had32,
            () -> CrossEntropy.softLoss(V3, two, E)),
        rejection("soft_cross_entropy_grad: target and probs" + had23,
            () -> CrossEntropy.softGradient(two, V3, E, out)),
        rejection("multilabel_cross_entropy: labels and probs" + had32,
            () -> CrossEntropy.multilabelLoss(V3, two, E)),
        rejection("multilabel_cross_entropy_grad: labels and probs" + had23,
            () -> CrossEntropy.multilabelGradient(two, V3, E, out)),
        rejection("weighted_cross_entropy: probs and class_weights" + had32,
            () -> CrossEntropy.weightedLoss(0, V3, two, E)),
        rejection("weighted_cross_entropy_grad: probs and class_weights" + had23,
            () -> CrossEntropy.weightedGradient(0, two, V3, E, out)),
        rejection("multiclass_focal_loss: probs and alphas" + had32,
            () -> FocalLoss.multiclassLoss(0, V3, 2, two, E)),
        rejection("multiclass_focal_loss_grad: probs and alphas" + had23,
            () -> FocalLoss.multiclassGradient(0, two, 2, V3, E, out)),
        rejection("kl_divergence: p and q" + had32, () -> Divergence.kl(V3, two, E)),
        rejection("kl_divergence_grad: p and q" + had23,
            () -> Divergence.klGradient(two, V3, E, out)),
        rejection("js_divergence: p and q" + had23, () -> Divergence.js(two, V3)),
        rejection("js_divergence_grad: p and q" + had32,
            () -> Divergence.jsGradient(V3, two, out)));
  }

  /** Crammer-Singer needs a rival class. */
  static Stream<Arguments> fewerThanTwoClasses() {
    String rule = ": scores must have at least 2 classes, but had 1";
    double[] one = {0.5};
    return Stream.of(
        rejection("multiclass_hinge_loss" + rule, () -> HingeLoss.multiclassLoss(0, one)),
        rejection("multiclass_squared_hinge_loss" + rule,
            () -> HingeLoss.multiclassSquaredLoss(0, one)),
        rejection("multiclass_hinge_loss_grad" + rule,
            () -> HingeLoss.multiclassGradient(0, one, new double[1])),
        rejection("multiclass_squared_hinge_loss_grad" + rule,
            () -> HingeLoss.multiclassSquaredGradient(0, one, new double[1])));
  }

  // ------------------------------------------------------------------ valid edge values

  /** A negative binary focal alpha is valid and means "no alpha weighting" (alpha_t = 1). */
  @Test
  void negativeBinaryFocalAlphaIsValidAndMeansNoWeighting() {
    for (double alpha : new double[] {-1e-300, -0.5, -1, -1e300}) {
      assertThatCode(() -> FocalLoss.gradient(1, 0.3, alpha, 2, E)).doesNotThrowAnyException();
      assertThatCode(() -> FocalLoss.gradientFromLogit(0, 0.3, alpha, 2))
          .doesNotThrowAnyException();
      // by hand: alpha_t = 1, so with gamma 0 the focal loss is the cross-entropy itself
      assertThat(FocalLoss.loss(1, 0.3, alpha, 0, E))
          .isEqualTo(BinaryCrossEntropy.loss(1, 0.3, E));
      assertThat(FocalLoss.lossFromLogit(0, 0.3, alpha, 0))
          .isEqualTo(BinaryCrossEntropy.lossFromLogit(0, 0.3));
    }
  }

  /** The closed ends of every rule are valid: alpha 1, gamma 0, p and labels 0 and 1. */
  @Test
  void boundaryValuesAreValid() {
    assertThatCode(() -> {
      FocalLoss.loss(1, 0.5, 1, 0, E);
      FocalLoss.lossFromLogit(0, 0.5, 0, 0);
      BinaryCrossEntropy.loss(0, 0, Math.nextDown(0.5));
      BinaryCrossEntropy.loss(1, 1, Double.MIN_VALUE);
      CrossEntropy.loss(2, v(0, 0, 1), E);
      CrossEntropy.loss(-0.0, v(1, 0, 0), E);
      CrossEntropy.weightedLoss(0, v(1, 0), v(0, 0), E);
      FocalLoss.multiclassLoss(1, v(0, 1), 0, v(0, 0), E);
      HingeLoss.loss(-1, 0);
      HingeLoss.loss(0, 0);
      HingeLoss.multiclassLoss(1, v(0, 0));
      Divergence.kl(v(0, 1), v(1, 0), E);
      Divergence.js(v(0, 0), v(0, 0));
    }).doesNotThrowAnyException();
  }

  // ------------------------------------------------------------------ table helpers

  /** A kernel call with one argument left open, and the SQL function name its errors carry. */
  private static final class Call<T> {
    final String function;
    final String argument;
    final Consumer<T> kernel;

    Call(String function, String argument, Consumer<T> kernel) {
      this.function = function;
      this.argument = argument;
      this.kernel = kernel;
    }
  }

  /** An invalid value and the message it must produce ({@code %s}: the argument's name). */
  private static final class Bad {
    final double value;
    final String rule;

    Bad(double value, String rule) {
      this.value = value;
      this.rule = rule;
    }
  }

  private static Call<Double> call(String function, Consumer<Double> kernel) {
    return new Call<>(function, "", kernel);
  }

  private static Call<double[]> call(String function, String argument,
      Consumer<double[]> kernel) {
    return new Call<>(function, argument, kernel);
  }

  private static Bad bad(double value, String rule) {
    return new Bad(value, rule);
  }

  private static Arguments rejection(String message, ThrowingCallable call) {
    return Arguments.of(message, call);
  }

  /** Every call with every bad value of its open scalar argument. */
  private static Stream<Arguments> scalarCases(List<Call<Double>> calls, List<Bad> bads) {
    List<Arguments> cases = new ArrayList<>();
    for (Call<Double> call : calls) {
      for (Bad bad : bads) {
        cases.add(rejection(call.function + ": " + bad.rule,
            () -> call.kernel.accept(bad.value)));
      }
    }
    return cases.stream();
  }

  /** Every call with a valid 3-vector whose entry 1 is each bad value. */
  private static Stream<Arguments> entryCases(List<Call<double[]>> calls, List<Bad> bads) {
    List<Arguments> cases = new ArrayList<>();
    for (Call<double[]> call : calls) {
      for (Bad bad : bads) {
        double[] vector = V3.clone();
        vector[1] = bad.value;
        cases.add(rejection(call.function + ": " + String.format(bad.rule, call.argument),
            () -> call.kernel.accept(vector)));
      }
    }
    return cases.stream();
  }
}
