package io.losslens.loss;

import static io.losslens.loss.Tolerance.assertClose;
import static io.losslens.loss.Vectors.nans;
import static io.losslens.loss.Vectors.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gradient kernel against central finite differences of its loss kernel, at hand-picked
 * points (near the clip bounds, logits up to 800 in magnitude, soft labels, gamma below 1) and
 * at seeded random points. Vector gradients are checked entry by entry, each entry perturbed on
 * its own, with the output buffer pre-filled with NaN.
 *
 * <p>The derivative estimate is a Richardson-extrapolated central difference with steps
 * {@code h} and {@code h/2}, {@code h = 1e-3 * width}, where {@code width} is the distance from
 * the point to the nearest place the loss is not smooth (0 or 1 for a probability, the clip
 * bounds, a hinge kink) or 1 for a logit. Its truncation error is {@code O((h/width)^4)}, about
 * 1e-12 of the derivative's scale, and its rounding error about {@code 3 * 1.1e-15 * M / h},
 * where {@code M} bounds the magnitude of the loss's intermediate terms (a loss value is good
 * to about ten ulps of {@code M}, and never better than the spacing of subnormal doubles,
 * {@code Double.MIN_VALUE}, which matters for logits near +-740). The check is
 * {@code |gradient - estimate| <= 1e-6 |gradient| + (1e-12 M + 1e3 Double.MIN_VALUE) / h}: some
 * 300 times the rounding bound, and small enough that a wrong factor, sign or clip shows up at
 * every point where the gradient is not near 0.
 *
 * <p>Where the clip is active the clipped loss is flat, so its finite difference is 0, while
 * the contract's gradient is the derivative of the unclipped formula at the clipped value;
 * those points are checked separately against the closed form ({@link #clipActive}), and the
 * finite-difference points keep the clip inactive over the whole step.
 */
class GradientFiniteDifferenceTest {
  private static final double EPS = 1e-15;
  private static final int RANDOM_POINTS = 150;
  private static final double STEP = 1e-3;

  // ------------------------------------------------------------------ the estimate and check

  private static double central(DoubleUnaryOperator f, double x, double h) {
    double up = x + h;
    double down = x - h;
    // divide by the step actually taken after rounding x + h and x - h
    return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (up - down);
  }

  static double finiteDifference(DoubleUnaryOperator f, double x, double h) {
    return (4 * central(f, x, h / 2) - central(f, x, h)) / 3;
  }

  /**
   * Checks {@code gradient} against the finite difference of {@code loss} at {@code x}.
   *
   * @param width distance from x to the nearest non-smooth point (or 1 for logits)
   * @param magnitude a bound on the magnitude of the loss's intermediate terms near x
   */
  static void assertDerivative(String what, double gradient, DoubleUnaryOperator loss, double x,
      double width, double magnitude) {
    double h = STEP * width;
    // a step of a few ulps of x would make the estimate meaningless: a bad test point
    assertThat(h).as("%s: step %s at %s", what, h, x).isGreaterThan(1e3 * Math.ulp(x));
    double estimate = finiteDifference(loss, x, h);
    // below 2^-1022 doubles are spaced Double.MIN_VALUE apart, whatever their magnitude
    double tolerance =
        1e-6 * Math.abs(gradient) + (1e-12 * magnitude + 1e3 * Double.MIN_VALUE) / h;
    if (!(Math.abs(gradient - estimate) <= tolerance)) {
      fail("%s at %s: gradient %s, finite difference %s (tolerance %s)", what, x, gradient,
          estimate, tolerance);
    }
  }

  /** Checks entry i of a vector gradient, perturbing entry i of {@code at} only. */
  static void assertPartial(String what, double[] gradient, ToDoubleFunction<double[]> loss,
      double[] at, int i, double width, double magnitude) {
    DoubleUnaryOperator alongEntry = x -> {
      double[] moved = at.clone();
      moved[i] = x;
      return loss.applyAsDouble(moved);
    };
    assertDerivative(what + "[" + i + "]", gradient[i], alongEntry, at[i], width, magnitude);
  }

  /** Distance from p to the nearest of 0, 1 and the clip bounds eps and 1 - eps. */
  static double probabilityWidth(double p, double eps) {
    return Math.min(Math.min(p, 1 - p), Math.min(p - eps, 1 - eps - p));
  }

  /**
   * For losses that read only the label's entry: the clip matters there, while any other entry
   * only has to stay in [0, 1] (the loss does not depend on it, its derivative is 0).
   */
  static double entryWidth(double[] probs, int i, double label, double eps) {
    return i == (int) label ? probabilityWidth(probs[i], eps) : Math.min(probs[i], 1 - probs[i]);
  }

  // ------------------------------------------------------------------ random inputs

  /** Probabilities spread over (0, 1), a quarter of them within 1e-3 of 0 and of 1. */
  static double probability(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return Math.pow(10, -3 - 10 * random.nextDouble()); // 1e-13 .. 1e-3
      case 1:
        return 1 - Math.pow(10, -3 - 4 * random.nextDouble()); // 1 - 1e-3 .. 1 - 1e-7
      default:
        return 0.001 + 0.998 * random.nextDouble();
    }
  }

  /** 0, 1 or a soft label, a third each. */
  static double binaryLabel(Random random) {
    int kind = random.nextInt(3);
    return kind < 2 ? kind : random.nextDouble();
  }

  static double eps(Random random) {
    double[] choices = {EPS, EPS, 1e-7, 0.01};
    return choices[random.nextInt(choices.length)];
  }

  /** A probability at least 2 eps away from 0 and 1, so the clip is inactive over the step. */
  static double unclippedProbability(Random random, double eps) {
    double p;
    do {
      p = probability(random);
    } while (p < 2 * eps || 1 - p < 2 * eps);
    return p;
  }

  static double logit(Random random) {
    double range = random.nextInt(4) == 0 ? 800 : 40;
    return range * (2 * random.nextDouble() - 1);
  }

  static double[] interiorProbabilities(Random random, int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = 0.001 + 0.998 * random.nextDouble();
    }
    return p;
  }

  static int classes(Random random) {
    return random.nextInt(5) == 0 ? 50 : 2 + random.nextInt(8);
  }

  // ------------------------------------------------------------------ binary cross-entropy

  @ParameterizedTest
  @MethodSource
  void binaryCrossEntropy(double label, double p, double eps) {
    double loss = BinaryCrossEntropy.loss(label, p, eps);
    assertDerivative("binary_cross_entropy_grad", BinaryCrossEntropy.gradient(label, p, eps),
        x -> BinaryCrossEntropy.loss(label, x, eps), p, probabilityWidth(p, eps), loss);
  }

  static Stream<Arguments> binaryCrossEntropy() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(1.0, 0.8, EPS), Arguments.of(0.0, 0.3, EPS),
        Arguments.of(0.3, 0.3, EPS), // soft label at its minimum: gradient 0
        Arguments.of(0.7, 0.2, EPS), Arguments.of(0.5, 0.5, EPS),
        Arguments.of(1.0, 3e-15, EPS), Arguments.of(0.0, 3e-15, EPS), // 3 eps: near the clip
        Arguments.of(1.0, 1e-13, EPS), Arguments.of(0.4, 1e-13, EPS),
        Arguments.of(1.0, 1 - 1e-7, EPS), Arguments.of(0.0, 1 - 1e-7, EPS),
        Arguments.of(0.5, 1 - 1e-6, EPS),
        Arguments.of(1.0, 0.1001, 0.1), Arguments.of(0.0, 0.8999, 0.1), // 1e-4 inside eps 0.1
        Arguments.of(0.4, 0.35, 0.3)));
    Random random = new Random(101);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      points.add(Arguments.of(binaryLabel(random), unclippedProbability(random, eps), eps));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource
  void binaryCrossEntropyFromLogit(double label, double z) {
    double loss = BinaryCrossEntropy.lossFromLogit(label, z);
    // z * y rounds to an ulp of z when the label is soft
    double magnitude = loss + (label == 0 || label == 1 ? 0 : Math.abs(z));
    assertDerivative("binary_cross_entropy_logits_grad",
        BinaryCrossEntropy.gradientFromLogit(label, z),
        x -> BinaryCrossEntropy.lossFromLogit(label, x), z, 1, magnitude);
  }

  static Stream<Arguments> binaryCrossEntropyFromLogit() {
    List<Arguments> points = new ArrayList<>();
    for (double label : new double[] {0, 1, 0.3, 0.999}) {
      for (double z : new double[] {0, 1, -1, 5, -5, 30, -30, 37, -37, 800, -800}) {
        points.add(Arguments.of(label, z));
      }
    }
    Random random = new Random(102);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      points.add(Arguments.of(binaryLabel(random), logit(random)));
    }
    return points.stream();
  }

  // ------------------------------------------------------------------ hinge

  static Stream<Arguments> hingePoints() {
    List<Arguments> points = new ArrayList<>();
    for (double label : new double[] {1, 0, -1}) {
      for (double s : new double[] {0, 0.5, 0.999, 1.001, 2, -0.5, -0.999, -1.001, 800, -800}) {
        points.add(Arguments.of(label, s));
      }
    }
    Random random = new Random(103);
    while (points.size() < RANDOM_POINTS) {
      double label = random.nextInt(3) - 1.0;
      double s = 6 * random.nextDouble() - 3;
      if (Math.abs(1 - (label == 1 ? s : -s)) > 1e-3) { // away from the kink
        points.add(Arguments.of(label, s));
      }
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource("hingePoints")
  void hinge(double label, double score) {
    double t = label == 1 ? 1 : -1;
    double width = Math.min(1, Math.abs(1 - t * score));
    assertDerivative("hinge_loss_grad", HingeLoss.gradient(label, score),
        x -> HingeLoss.loss(label, x), score, width, 1 + Math.abs(score));
  }

  @ParameterizedTest
  @MethodSource("hingePoints")
  void squaredHinge(double label, double score) {
    double t = label == 1 ? 1 : -1;
    double width = Math.min(1, Math.abs(1 - t * score));
    assertDerivative("squared_hinge_loss_grad", HingeLoss.squaredGradient(label, score),
        x -> HingeLoss.squaredLoss(label, x), score, width, Math.pow(1 + Math.abs(score), 2));
  }

  /** Scores, a label, and the distance to the nearest kink: margin 0 or a tie of rivals. */
  static Stream<Arguments> multiclassHingePoints() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(0.0, v(1.0, 0.5, 0.2)), Arguments.of(1.0, v(1.0, 0.5, 0.2)),
        Arguments.of(0.0, v(5.0, 1.0, 2.0)), // margin met: gradient 0
        Arguments.of(1.0, v(800.0, -800.0)), Arguments.of(0.0, v(-800.0, 800.0, 0.0)),
        Arguments.of(2.0, v(0.3, 0.8, 0.1, -2.0))));
    Random random = new Random(104);
    while (points.size() < RANDOM_POINTS) {
      double[] scores = new double[classes(random)];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = 6 * random.nextDouble() - 3;
      }
      double label = random.nextInt(scores.length);
      if (multiclassHingeWidth(label, scores) > 1e-3) {
        points.add(Arguments.of(label, scores));
      }
    }
    return points.stream();
  }

  static double multiclassHingeWidth(double label, double[] scores) {
    int y = (int) label;
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < scores.length; j++) {
      if (j != y && scores[j] > best) {
        second = best;
        best = scores[j];
      } else if (j != y && scores[j] > second) {
        second = scores[j];
      }
    }
    double margin = 1 + best - scores[y];
    // the rival changes when the best two rivals tie (only matters while the loss is positive)
    double rivalGap = margin > 0 ? best - second : Double.POSITIVE_INFINITY;
    return Math.min(1, Math.min(Math.abs(margin), rivalGap) / 2);
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  @ParameterizedTest
  @MethodSource("multiclassHingePoints")
  void multiclassHinge(double label, double[] scores) {
    double[] gradient = nans(scores.length);
    HingeLoss.multiclassGradient(label, scores, gradient);
    double width = multiclassHingeWidth(label, scores);
    for (int i = 0; i < scores.length; i++) {
      assertPartial("multiclass_hinge_loss_grad", gradient,
          s -> HingeLoss.multiclassLoss(label, s), scores, i, width, 1 + 2 * maxAbs(scores));
    }
  }

  @ParameterizedTest
  @MethodSource("multiclassHingePoints")
  void multiclassSquaredHinge(double label, double[] scores) {
    double[] gradient = nans(scores.length);
    HingeLoss.multiclassSquaredGradient(label, scores, gradient);
    double width = multiclassHingeWidth(label, scores);
    for (int i = 0; i < scores.length; i++) {
      assertPartial("multiclass_squared_hinge_loss_grad", gradient,
          s -> HingeLoss.multiclassSquaredLoss(label, s), scores, i, width,
          Math.pow(1 + 2 * maxAbs(scores), 2));
    }
  }

  // ------------------------------------------------------------------ focal

  @ParameterizedTest
  @MethodSource
  void focal(double label, double p, double alpha, double gamma, double eps) {
    double loss = FocalLoss.loss(label, p, alpha, gamma, eps);
    assertDerivative("focal_loss_grad", FocalLoss.gradient(label, p, alpha, gamma, eps),
        x -> FocalLoss.loss(label, x, alpha, gamma, eps), p, probabilityWidth(p, eps), loss);
  }

  static Stream<Arguments> focal() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(1.0, 0.9, 0.25, 2.0, EPS), Arguments.of(0.0, 0.1, 0.25, 2.0, EPS),
        Arguments.of(1.0, 0.1, 0.25, 2.0, EPS), Arguments.of(0.0, 0.9, 0.25, 2.0, EPS),
        Arguments.of(0.3, 0.6, 0.25, 2.0, EPS), Arguments.of(0.5, 0.5, -1.0, 1.5, EPS),
        Arguments.of(1.0, 0.7, 1.0, 0.5, EPS), Arguments.of(1.0, 1 - 1e-6, 0.25, 0.5, EPS),
        Arguments.of(1.0, 3e-15, 0.25, 2.0, EPS), Arguments.of(0.0, 1 - 1e-7, 0.75, 2.0, EPS),
        Arguments.of(0.0, 1e-13, 0.25, 3.0, EPS), Arguments.of(1.0, 0.1001, 0.5, 2.0, 0.1),
        Arguments.of(0.8, 0.3, 0.0, 0.0, EPS)));
    Random random = new Random(105);
    double[] gammas = {0, 0.5, 1, 2, 2, 3.7};
    double[] alphas = {-1, 0, 0.25, 0.25, 0.5, 1};
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      points.add(Arguments.of(binaryLabel(random), unclippedProbability(random, eps),
          alphas[random.nextInt(alphas.length)], gammas[random.nextInt(gammas.length)], eps));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource
  void focalFromLogit(double label, double z, double alpha, double gamma) {
    double loss = FocalLoss.lossFromLogit(label, z, alpha, gamma);
    double magnitude = loss + (label == 0 || label == 1 ? 0 : Math.abs(z));
    // missed^gamma varies on a scale of 1/gamma in z
    assertDerivative("focal_loss_logits_grad", FocalLoss.gradientFromLogit(label, z, alpha, gamma),
        x -> FocalLoss.lossFromLogit(label, x, alpha, gamma), z, 1 / (1 + gamma), magnitude);
  }

  static Stream<Arguments> focalFromLogit() {
    List<Arguments> points = new ArrayList<>();
    for (double label : new double[] {0, 1, 0.3}) {
      for (double z : new double[] {0, 2.2, -2.2, 30, -30, 800, -800}) {
        points.add(Arguments.of(label, z, 0.25, 2.0));
        points.add(Arguments.of(label, z, -1.0, 0.5));
      }
    }
    Random random = new Random(106);
    double[] gammas = {0, 0.5, 1, 2, 2, 3.7};
    double[] alphas = {-1, 0, 0.25, 0.25, 0.5, 1};
    for (int k = 0; k < RANDOM_POINTS; k++) {
      points.add(Arguments.of(binaryLabel(random), logit(random),
          alphas[random.nextInt(alphas.length)], gammas[random.nextInt(gammas.length)]));
    }
    return points.stream();
  }

  /** Label, probs (label entry anywhere unclipped, others interior), gamma, alphas, eps. */
  @ParameterizedTest
  @MethodSource
  void multiclassFocal(double label, double[] probs, double gamma, double[] alphas, double eps) {
    double[] gradient = nans(probs.length);
    FocalLoss.multiclassGradient(label, probs, gamma, alphas, eps, gradient);
    double loss = FocalLoss.multiclassLoss(label, probs, gamma, alphas, eps);
    for (int i = 0; i < probs.length; i++) {
      assertPartial("multiclass_focal_loss_grad", gradient,
          q -> FocalLoss.multiclassLoss(label, q, gamma, alphas, eps), probs, i,
          entryWidth(probs, i, label, eps), loss);
    }
  }

  static Stream<Arguments> multiclassFocal() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(1.0, v(0.1, 0.7, 0.2), 2.0, null, EPS),
        Arguments.of(0.0, v(0.1, 0.7, 0.2), 2.0, v(0.25, 0.5, 0.25), EPS),
        Arguments.of(0.0, v(3e-15, 0.5), 2.0, null, EPS),
        Arguments.of(1.0, v(0.5, 1 - 1e-7), 0.5, null, EPS),
        Arguments.of(1.0, v(0.3, 0.1001), 1.0, v(2.0, 3.0), 0.1)));
    Random random = new Random(107);
    double[] gammas = {0, 0.5, 1, 2, 2, 3.7};
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      double[] probs = interiorProbabilities(random, classes(random));
      int y = random.nextInt(probs.length);
      probs[y] = unclippedProbability(random, eps);
      double[] alphas = random.nextBoolean() ? null : interiorProbabilities(random, probs.length);
      points.add(Arguments.of((double) y, probs, gammas[random.nextInt(gammas.length)], alphas,
          eps));
    }
    return points.stream();
  }

  // ------------------------------------------------------------------ cross-entropy

  /** Label, probs with the label's entry anywhere unclipped and the others interior, eps. */
  static Stream<Arguments> labelAndProbs() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(1.0, v(0.1, 0.7, 0.2), EPS), Arguments.of(0.0, v(3e-15, 0.5), EPS),
        Arguments.of(1.0, v(0.5, 1 - 1e-7), EPS), Arguments.of(1.0, v(0.3, 0.1001), 0.1)));
    Random random = new Random(108);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      double[] probs = interiorProbabilities(random, classes(random));
      int y = random.nextInt(probs.length);
      probs[y] = unclippedProbability(random, eps);
      points.add(Arguments.of((double) y, probs, eps));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource("labelAndProbs")
  void crossEntropy(double label, double[] probs, double eps) {
    double[] gradient = nans(probs.length);
    CrossEntropy.gradient(label, probs, eps, gradient);
    double loss = CrossEntropy.loss(label, probs, eps);
    for (int i = 0; i < probs.length; i++) {
      assertPartial("cross_entropy_grad", gradient, q -> CrossEntropy.loss(label, q, eps), probs,
          i, entryWidth(probs, i, label, eps), loss);
    }
  }

  @ParameterizedTest
  @MethodSource("labelAndProbs")
  void weightedCrossEntropy(double label, double[] probs, double eps) {
    double[] weights = new double[probs.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.5 * i; // class 0 weighs 0
    }
    double[] gradient = nans(probs.length);
    CrossEntropy.weightedGradient(label, probs, weights, eps, gradient);
    double loss = CrossEntropy.weightedLoss(label, probs, weights, eps);
    for (int i = 0; i < probs.length; i++) {
      assertPartial("weighted_cross_entropy_grad", gradient,
          q -> CrossEntropy.weightedLoss(label, q, weights, eps), probs, i,
          entryWidth(probs, i, label, eps), loss);
    }
  }

  @ParameterizedTest
  @MethodSource
  void crossEntropyFromLogits(double label, double[] logits) {
    double[] gradient = nans(logits.length);
    CrossEntropy.gradientFromLogits(label, logits, gradient);
    double loss = CrossEntropy.lossFromLogits(label, logits);
    for (int i = 0; i < logits.length; i++) {
      assertPartial("cross_entropy_logits_grad", gradient,
          z -> CrossEntropy.lossFromLogits(label, z), logits, i, 1, loss + logits.length);
    }
  }

  static Stream<Arguments> crossEntropyFromLogits() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(1.0, v(Math.log(0.1), Math.log(0.7), Math.log(0.2))),
        Arguments.of(0.0, v(800.0, 0.0, -800.0)), Arguments.of(2.0, v(800.0, 0.0, -800.0)),
        Arguments.of(2.0, v(800.0, 800.0, 799.0)), Arguments.of(0.0, v(30.0, -30.0, 0.0)),
        Arguments.of(1.0, v(30.0, -30.0, 0.0)), Arguments.of(0.0, v(5.0))));
    Random random = new Random(109);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double[] logits = new double[classes(random)];
      double spread = random.nextInt(4) == 0 ? 800 : 10;
      for (int i = 0; i < logits.length; i++) {
        logits[i] = spread * (2 * random.nextDouble() - 1);
      }
      points.add(Arguments.of((double) random.nextInt(logits.length), logits));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource
  void softCrossEntropy(double[] target, double[] probs, double eps) {
    double[] gradient = nans(probs.length);
    CrossEntropy.softGradient(target, probs, eps, gradient);
    double loss = CrossEntropy.softLoss(target, probs, eps);
    for (int i = 0; i < probs.length; i++) {
      assertPartial("soft_cross_entropy_grad", gradient,
          q -> CrossEntropy.softLoss(target, q, eps), probs, i, probabilityWidth(probs[i], eps),
          loss);
    }
  }

  static Stream<Arguments> softCrossEntropy() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(v(0.2, 0.5, 0.3), v(0.1, 0.7, 0.2), EPS),
        Arguments.of(v(0.0, 1.0), v(0.5, 3e-15), EPS),
        Arguments.of(v(0.5, 0.5), v(1e-13, 1 - 1e-7), EPS)));
    Random random = new Random(110);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      int n = classes(random);
      double[] target = new double[n];
      double[] probs = new double[n];
      for (int i = 0; i < n; i++) {
        target[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
        probs[i] = unclippedProbability(random, eps);
      }
      points.add(Arguments.of(target, probs, eps));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource
  void multilabelCrossEntropy(double[] labels, double[] probs, double eps) {
    double[] gradient = nans(probs.length);
    CrossEntropy.multilabelGradient(labels, probs, eps, gradient);
    double loss = CrossEntropy.multilabelLoss(labels, probs, eps);
    for (int i = 0; i < probs.length; i++) {
      assertPartial("multilabel_cross_entropy_grad", gradient,
          q -> CrossEntropy.multilabelLoss(labels, q, eps), probs, i,
          probabilityWidth(probs[i], eps), loss);
    }
  }

  static Stream<Arguments> multilabelCrossEntropy() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(v(1.0, 0.0, 1.0), v(0.8, 0.3, 0.6), EPS),
        Arguments.of(v(1.0, 0.0, 0.3), v(3e-15, 1 - 1e-7, 1e-13), EPS)));
    Random random = new Random(111);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      int n = classes(random);
      double[] labels = new double[n];
      double[] probs = new double[n];
      for (int i = 0; i < n; i++) {
        labels[i] = binaryLabel(random);
        probs[i] = unclippedProbability(random, eps);
      }
      points.add(Arguments.of(labels, probs, eps));
    }
    return points.stream();
  }

  // ------------------------------------------------------------------ divergences

  /** p with some zeros, q interior (above every eps used), eps. */
  static Stream<Arguments> divergencePoints() {
    List<Arguments> points = new ArrayList<>(List.of(
        Arguments.of(v(0.7, 0.2, 0.1), v(0.6, 0.3, 0.1), EPS),
        Arguments.of(v(0.0, 1.0), v(0.5, 0.5), EPS),
        Arguments.of(v(0.5, 0.5), v(1e-13, 1 - 1e-7), EPS),
        Arguments.of(v(0.5, 0.5), v(0.0101, 0.9), 0.01)));
    Random random = new Random(112);
    for (int k = 0; k < RANDOM_POINTS; k++) {
      double eps = eps(random);
      int n = classes(random);
      double[] p = new double[n];
      double[] q = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
        q[i] = unclippedProbability(random, eps);
      }
      points.add(Arguments.of(p, q, eps));
    }
    return points.stream();
  }

  @ParameterizedTest
  @MethodSource("divergencePoints")
  void kl(double[] p, double[] q, double eps) {
    double[] gradient = nans(p.length);
    Divergence.klGradient(p, q, eps, gradient);
    // the terms p ln(p/q) have both signs: bound them one by one
    double magnitude = 0;
    for (int i = 0; i < p.length; i++) {
      magnitude += p[i] == 0 ? 0 : p[i] * Math.abs(Math.log(p[i] / q[i]));
    }
    for (int i = 0; i < p.length; i++) {
      assertPartial("kl_divergence_grad", gradient, w -> Divergence.kl(p, w, eps), q, i,
          probabilityWidth(q[i], eps), magnitude);
    }
  }

  @ParameterizedTest
  @MethodSource("divergencePoints")
  void js(double[] p, double[] q, double unusedEps) {
    double[] gradient = nans(p.length);
    Divergence.jsGradient(p, q, gradient);
    double magnitude = 0;
    for (int i = 0; i < p.length; i++) {
      magnitude += p[i] + q[i];
    }
    for (int i = 0; i < p.length; i++) {
      // js is smooth in q[i] away from q[i] = 0 (and q[i] <= 1 keeps it valid)
      assertPartial("js_divergence_grad", gradient, w -> Divergence.js(p, w), q, i,
          Math.min(q[i], 1 - q[i]), magnitude);
    }
  }

  // ------------------------------------------------------------------ where the clip is active

  /**
   * At a clipped point the loss is flat (the finite difference is 0) but the gradient is the
   * derivative of the unclipped formula at the clipped value: checked against the closed form
   * of the contract, worked by hand. {@code flatA} and {@code flatB} are the loss at two points
   * of the clipped region.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void clipActive(String call, DoubleSupplier gradient, double expected, double flatA,
      double flatB) {
    assertThat(flatA).as("the clipped loss is flat").isEqualTo(flatB);
    assertClose(gradient.getAsDouble(), expected);
  }

  static Stream<Arguments> clipActive() {
    double e = EPS;
    return Stream.of(
        Arguments.of("binary_cross_entropy_grad(1, 0)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradient(1, 0, e),
            -1 / e, // by hand: -y/eps
            BinaryCrossEntropy.loss(1, 0, e), BinaryCrossEntropy.loss(1, e / 2, e)),
        Arguments.of("binary_cross_entropy_grad(0, 1)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradient(0, 1, e),
            1 / e, // by hand: (1-y)/eps
            BinaryCrossEntropy.loss(0, 1, e), BinaryCrossEntropy.loss(0, 1 - Math.ulp(1.0), e)),
        Arguments.of("binary_cross_entropy_grad(0.3, 1e-16)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradient(0.3, 1e-16, e),
            -0.3 / e + 0.7 / (1 - e), // by hand: -y/eps + (1-y)/(1-eps)
            BinaryCrossEntropy.loss(0.3, 1e-16, e), BinaryCrossEntropy.loss(0.3, 0, e)),
        Arguments.of("binary_cross_entropy_grad(1, 0.05, eps 0.1)",
            (DoubleSupplier) () -> BinaryCrossEntropy.gradient(1, 0.05, 0.1),
            -10.0, // by hand: -1/0.1
            BinaryCrossEntropy.loss(1, 0.05, 0.1), BinaryCrossEntropy.loss(1, 0.07, 0.1)),
        Arguments.of("focal_loss_grad(1, 0, 0.25, 2)",
            (DoubleSupplier) () -> FocalLoss.gradient(1, 0, 0.25, 2, e),
            // by hand: alpha (gamma (1-eps) * -1 * -ln eps + (1-eps)^2 * -1/eps)
            0.25 * (2 * (1 - e) * Math.log(e) - (1 - e) * (1 - e) / e),
            FocalLoss.loss(1, 0, 0.25, 2, e), FocalLoss.loss(1, e / 2, 0.25, 2, e)),
        Arguments.of("focal_loss_grad(0, 1, 0.25, 2)",
            (DoubleSupplier) () -> FocalLoss.gradient(0, 1, 0.25, 2, e),
            // by hand: (1-alpha) (gamma (1-eps) * -ln eps + (1-eps)^2 / eps)
            0.75 * (-2 * (1 - e) * Math.log(e) + (1 - e) * (1 - e) / e),
            FocalLoss.loss(0, 1, 0.25, 2, e), FocalLoss.loss(0, 1 - Math.ulp(1.0), 0.25, 2, e)),
        Arguments.of("cross_entropy_grad(0, [0, 1])[0]",
            (DoubleSupplier) () -> gradientEntry(2, 0,
                out -> CrossEntropy.gradient(0, v(0, 1), e, out)),
            -1 / e, // by hand: -1/eps
            CrossEntropy.loss(0, v(0, 1), e), CrossEntropy.loss(0, v(e / 2, 1), e)),
        Arguments.of("weighted_cross_entropy_grad(0, [0, 1], [2, 1])[0]",
            (DoubleSupplier) () -> gradientEntry(2, 0,
                out -> CrossEntropy.weightedGradient(0, v(0, 1), v(2, 1), e, out)),
            -2 / e, // by hand: -w/eps
            CrossEntropy.weightedLoss(0, v(0, 1), v(2, 1), e),
            CrossEntropy.weightedLoss(0, v(e / 2, 1), v(2, 1), e)),
        Arguments.of("soft_cross_entropy_grad([0.5, 0.5], [1, 0])[1]",
            (DoubleSupplier) () -> gradientEntry(2, 1,
                out -> CrossEntropy.softGradient(v(0.5, 0.5), v(1, 0), e, out)),
            -0.5 / e, // by hand: -t/eps
            CrossEntropy.softLoss(v(0.5, 0.5), v(1, 0), e),
            CrossEntropy.softLoss(v(0.5, 0.5), v(1, e / 2), e)),
        Arguments.of("multilabel_cross_entropy_grad([0, 1], [1, 0])[0]",
            (DoubleSupplier) () -> gradientEntry(2, 0,
                out -> CrossEntropy.multilabelGradient(v(0, 1), v(1, 0), e, out)),
            1 / e, // by hand: (1-y)/eps
            CrossEntropy.multilabelLoss(v(0, 1), v(1, 0), e),
            CrossEntropy.multilabelLoss(v(0, 1), v(1 - Math.ulp(1.0), 0), e)),
        Arguments.of("multiclass_focal_loss_grad(0, [0, 1], gamma 2)[0]",
            (DoubleSupplier) () -> gradientEntry(2, 0,
                out -> FocalLoss.multiclassGradient(0, v(0, 1), 2, null, e, out)),
            // by hand: gamma (1-eps) ln eps - (1-eps)^2/eps
            2 * (1 - e) * Math.log(e) - (1 - e) * (1 - e) / e,
            FocalLoss.multiclassLoss(0, v(0, 1), 2, e),
            FocalLoss.multiclassLoss(0, v(e / 2, 1), 2, e)),
        Arguments.of("kl_divergence_grad([0.5, 0.5], [0.5, 0])[1]",
            (DoubleSupplier) () -> gradientEntry(2, 1,
                out -> Divergence.klGradient(v(0.5, 0.5), v(0.5, 0), e, out)),
            -0.5 / e, // by hand: -p/eps
            Divergence.kl(v(0.5, 0.5), v(0.5, 0), e),
            Divergence.kl(v(0.5, 0.5), v(0.5, e / 2), e)));
  }

  interface GradientKernel {
    void writeInto(double[] out);
  }

  private static double gradientEntry(int n, int i, GradientKernel kernel) {
    double[] out = nans(n);
    kernel.writeInto(out);
    return out[i];
  }
}
