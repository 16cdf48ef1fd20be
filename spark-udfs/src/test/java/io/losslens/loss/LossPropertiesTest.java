package io.losslens.loss;

import static io.losslens.loss.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.DoubleArbitrary;

/**
 * Laws and invariants of the loss kernels, on seeded random valid inputs (jqwik, 500 tries per
 * property). Probabilities include exact 0 and 1, values within 1e-16 of 0 and of 1 and full
 * 17-digit doubles; logits reach +-800.
 */
class LossPropertiesTest {
  private static final String SEED = "20240611";
  private static final double LN2 = Math.log(2);
  /** The unit roundoff of double, 2^-53. */
  private static final double U = Math.ulp(1.0) / 2;

  // ------------------------------------------------------------------ non-negativity

  @Property(tries = 500, seed = SEED)
  void binaryLossesAreNonNegative(@ForAll("binaryLabel") double y,
      @ForAll("probability") double p, @ForAll("eps") double eps, @ForAll("logit") double z,
      @ForAll("alphaUpTo1") double alpha, @ForAll("gamma") double gamma) {
    assertThat(BinaryCrossEntropy.loss(y, p, eps)).isGreaterThanOrEqualTo(0);
    assertThat(BinaryCrossEntropy.lossFromLogit(y, z)).isGreaterThanOrEqualTo(0);
    assertThat(FocalLoss.loss(y, p, alpha, gamma, eps)).isGreaterThanOrEqualTo(0);
    assertThat(FocalLoss.lossFromLogit(y, z, alpha, gamma)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 500, seed = SEED)
  void hingeLossesAreNonNegative(@ForAll("hingeLabel") double label,
      @ForAll("score") double score) {
    assertThat(HingeLoss.loss(label, score)).isGreaterThanOrEqualTo(0);
    assertThat(HingeLoss.squaredLoss(label, score)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 500, seed = SEED)
  void probabilityVectorLossesAreNonNegative(
      @ForAll("labelledProbs") Tuple2<Double, double[]> labelled, @ForAll("eps") double eps,
      @ForAll("gamma") double gamma, @ForAll("probabilities") double[] other) {
    double y = labelled.get1();
    double[] probs = labelled.get2();
    // a second vector of the same length: soft targets, multi-labels, weights, alphas
    double[] second = resize(other, probs.length);
    assertThat(CrossEntropy.loss(y, probs, eps)).isGreaterThanOrEqualTo(0);
    assertThat(CrossEntropy.softLoss(second, probs, eps)).isGreaterThanOrEqualTo(0);
    assertThat(CrossEntropy.weightedLoss(y, probs, second, eps)).isGreaterThanOrEqualTo(0);
    assertThat(CrossEntropy.multilabelLoss(second, probs, eps)).isGreaterThanOrEqualTo(0);
    assertThat(FocalLoss.multiclassLoss(y, probs, gamma, second, eps)).isGreaterThanOrEqualTo(0);
    assertThat(FocalLoss.multiclassLoss(y, probs, gamma, eps)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 500, seed = SEED)
  void logitAndScoreLossesAreNonNegative(
      @ForAll("labelledLogits") Tuple2<Double, double[]> labelled) {
    double y = labelled.get1();
    double[] z = labelled.get2();
    assertThat(CrossEntropy.lossFromLogits(y, z)).isGreaterThanOrEqualTo(0);
    assertThat(HingeLoss.multiclassLoss(y, z)).isGreaterThanOrEqualTo(0);
    assertThat(HingeLoss.multiclassSquaredLoss(y, z)).isGreaterThanOrEqualTo(0);
  }

  /**
   * For distributions, KL is >= 0 by Gibbs' inequality, but only up to rounding: the doubles
   * p[i] = k[i] / K sum to 1 within one unit roundoff u (so the exact KL of the doubles is at
   * least about -u), and each term p ln(p/q) is evaluated with a relative error of a few u and
   * summed with at most n u of the sum of the terms' magnitudes. JS is a sum of terms that are
   * each >= 0 in exact arithmetic and checked without any allowance.
   */
  @Property(tries = 500, seed = SEED)
  void divergencesOfDistributionsAreNonNegative(
      @ForAll("distributionPair") Tuple2<double[], double[]> pair) {
    double[] p = pair.get1();
    double[] q = pair.get2();
    double termMagnitudes = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        termMagnitudes += p[i] * Math.abs(Math.log(p[i] / Math.max(q[i], 1e-15)));
      }
    }
    double roundingBound = 2 * U * (1 + (p.length + 4) * termMagnitudes);
    assertThat(Divergence.kl(p, q, 1e-15)).isGreaterThanOrEqualTo(-roundingBound);
    assertThat(Divergence.js(p, q)).isGreaterThanOrEqualTo(0);
  }

  // ------------------------------------------------------------------ laws

  /**
   * softmax(z) - onehot(y) sums to 0. Each entry is rounded once or twice (a relative error of
   * at most 2u of a value <= 1) and the test's own summation adds n u: |sum| <= (n + 1) 2u.
   */
  @Property(tries = 500, seed = SEED)
  void softmaxGradientSumsToZero(@ForAll("labelledLogits") Tuple2<Double, double[]> labelled) {
    double[] z = labelled.get2();
    double[] out = new double[z.length];
    CrossEntropy.gradientFromLogits(labelled.get1(), z, out);
    double sum = 0;
    for (double g : out) {
      sum += g;
    }
    assertThat(Math.abs(sum)).isLessThanOrEqualTo((z.length + 1) * 2 * U);
  }

  @Property(tries = 500, seed = SEED)
  void jsIsSymmetricBitForBit(@ForAll("probabilityPair") Tuple2<double[], double[]> pair) {
    double pq = Divergence.js(pair.get1(), pair.get2());
    double qp = Divergence.js(pair.get2(), pair.get1());
    assertThat(Double.doubleToRawLongBits(pq)).isEqualTo(Double.doubleToRawLongBits(qp));
  }

  /** The bound ln 2 holds for distributions (the sum of p and of q is 1 within u). */
  @Property(tries = 500, seed = SEED)
  void jsOfDistributionsIsAtMostLn2(
      @ForAll("distributionPair") Tuple2<double[], double[]> pair) {
    double js = Divergence.js(pair.get1(), pair.get2());
    assertThat(js).isBetween(0.0, LN2 * (1 + 1e-15));
  }

  /** Entries below eps would be compared with max(q, eps) = eps, so they are 0 or >= eps. */
  @Property(tries = 500, seed = SEED)
  void klOfAVectorWithItselfIsZero(@ForAll("probabilities") double[] p,
      @ForAll("eps") double eps) {
    double[] atLeastEps = p.clone();
    for (int i = 0; i < atLeastEps.length; i++) {
      atLeastEps[i] = atLeastEps[i] < eps ? 0 : atLeastEps[i];
    }
    assertThat(Divergence.kl(atLeastEps, atLeastEps.clone(), eps)).isZero();
  }

  /**
   * Shifting every logit by c does not change the loss. Rounding z[i] + c moves each logit by
   * half an ulp of the largest |z[i] + c|; the loss is 2-Lipschitz in the max norm of such moves
   * (logsumexp and z[y] are each 1-Lipschitz), and each evaluation rounds logit differences of
   * that size too: 8 ulps of the largest logit, plus 1e-12 relative for the log1p part.
   */
  @Property(tries = 500, seed = SEED)
  void crossEntropyFromLogitsIsShiftInvariant(
      @ForAll("labelledLogits") Tuple2<Double, double[]> labelled,
      @ForAll("shift") double c) {
    double y = labelled.get1();
    double[] z = labelled.get2();
    double[] shifted = new double[z.length];
    double largest = 0;
    for (int i = 0; i < z.length; i++) {
      shifted[i] = z[i] + c;
      largest = Math.max(largest, Math.max(Math.abs(z[i]), Math.abs(shifted[i])));
    }
    double loss = CrossEntropy.lossFromLogits(y, z);
    assertThat(Math.abs(CrossEntropy.lossFromLogits(y, shifted) - loss))
        .isLessThanOrEqualTo(1e-12 * loss + 8 * Math.ulp(largest));
  }

  /**
   * With alpha_t <= 1 (alpha in [0, 1], or negative: no weighting) and gamma >= 0, the focal
   * factor alpha_t (1 - p_t)^gamma is at most 1, so focal loss never exceeds cross-entropy. Each
   * factor is computed as a rounded value <= 1 and rounding is monotone, so this holds exactly.
   */
  @Property(tries = 500, seed = SEED)
  void focalLossIsAtMostCrossEntropy(@ForAll("binaryLabel") double y,
      @ForAll("probability") double p, @ForAll("eps") double eps, @ForAll("logit") double z,
      @ForAll("alphaUpTo1") double alpha, @ForAll("gamma") double gamma) {
    assertThat(FocalLoss.loss(y, p, alpha, gamma, eps))
        .isLessThanOrEqualTo(BinaryCrossEntropy.loss(y, p, eps));
    assertThat(FocalLoss.lossFromLogit(y, z, alpha, gamma))
        .isLessThanOrEqualTo(BinaryCrossEntropy.lossFromLogit(y, z));
  }

  /**
   * At the usual gamma = 2 focal loss squares 1 - p_t instead of calling pow, whose general path
   * costs more than the rest of a row. Pow's general path at the next exponent, 2 + 2^-51,
   * differs from the true square by the factor (1 - p_t)^(2^-51), within 800 * 2^-51 = 3.6e-13
   * of 1 here (1 - p_t >= e^-800 for logits up to 800, >= eps >= 1e-15 for probabilities), so
   * the two agree to the usual 1e-12 relative: the shortcut is the same function.
   */
  @Property(tries = 500, seed = SEED)
  void focalLossAtGammaTwoAgreesWithPowAtTheNextExponent(@ForAll("binaryLabel") double y,
      @ForAll("probability") double p, @ForAll("eps") double eps, @ForAll("logit") double z,
      @ForAll("alphaUpTo1") double alpha,
      @ForAll("labelledProbs") Tuple2<Double, double[]> labelled) {
    double next = Math.nextUp(2.0);
    assertClose(FocalLoss.loss(y, p, alpha, 2, eps), FocalLoss.loss(y, p, alpha, next, eps));
    assertClose(FocalLoss.lossFromLogit(y, z, alpha, 2),
        FocalLoss.lossFromLogit(y, z, alpha, next));
    assertClose(FocalLoss.multiclassLoss(labelled.get1(), labelled.get2(), 2, eps),
        FocalLoss.multiclassLoss(labelled.get1(), labelled.get2(), next, eps));
  }

  @Property(tries = 500, seed = SEED)
  void focalLossWithoutModulationOrWeightingIsCrossEntropy(@ForAll("binaryLabel") double y,
      @ForAll("probability") double p, @ForAll("eps") double eps, @ForAll("logit") double z,
      @ForAll("negativeAlpha") double alpha) {
    assertClose(FocalLoss.loss(y, p, alpha, 0, eps), BinaryCrossEntropy.loss(y, p, eps));
    assertClose(FocalLoss.lossFromLogit(y, z, alpha, 0), BinaryCrossEntropy.lossFromLogit(y, z));
  }

  @Property(tries = 500, seed = SEED)
  void multiclassFocalLossWithoutModulationIsCrossEntropy(
      @ForAll("labelledProbs") Tuple2<Double, double[]> labelled, @ForAll("eps") double eps) {
    double y = labelled.get1();
    double[] probs = labelled.get2();
    assertClose(FocalLoss.multiclassLoss(y, probs, 0, eps), CrossEntropy.loss(y, probs, eps));
  }

  @Property(tries = 500, seed = SEED)
  void weightedCrossEntropyWithUnitWeightsIsCrossEntropy(
      @ForAll("labelledProbs") Tuple2<Double, double[]> labelled, @ForAll("eps") double eps) {
    double y = labelled.get1();
    double[] probs = labelled.get2();
    double[] ones = new double[probs.length];
    Arrays.fill(ones, 1.0);
    assertClose(CrossEntropy.weightedLoss(y, probs, ones, eps), CrossEntropy.loss(y, probs, eps));
  }

  @Property(tries = 500, seed = SEED)
  void multilabelCrossEntropyIsTheSumOfBinaryCrossEntropies(
      @ForAll("probabilityPair") Tuple2<double[], double[]> labelsAndProbs,
      @ForAll("eps") double eps) {
    double[] labels = labelsAndProbs.get1();
    double[] probs = labelsAndProbs.get2();
    double sum = 0;
    for (int i = 0; i < probs.length; i++) {
      sum += BinaryCrossEntropy.loss(labels[i], probs[i], eps);
    }
    assertClose(CrossEntropy.multilabelLoss(labels, probs, eps), sum);
  }

  /**
   * Zero loss and zero gradient once the label's score beats every other score by at least 1.
   * The margin is checked in exact arithmetic, so the property does not depend on how the test
   * rounds {@code max + 1 + extra}.
   */
  @Property(tries = 500, seed = SEED)
  void multiclassHingeIsZeroWhenTheLabelWinsByAMargin(
      @ForAll("labelledLogits") Tuple2<Double, double[]> labelled,
      @ForAll("margin") double extra) {
    int y = labelled.get1().intValue();
    double[] scores = labelled.get2().clone();
    double rival = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < scores.length; j++) {
      rival = j == y ? rival : Math.max(rival, scores[j]);
    }
    scores[y] = rival + 1 + extra;
    Assume.that(new BigDecimal(scores[y]).subtract(new BigDecimal(rival))
        .compareTo(BigDecimal.ONE) >= 0);
    double[] gradient = Vectors.nans(scores.length);
    HingeLoss.multiclassGradient(y, scores, gradient);
    assertThat(HingeLoss.multiclassLoss(y, scores)).isZero();
    assertThat(HingeLoss.multiclassSquaredLoss(y, scores)).isZero();
    assertThat(gradient).containsOnly(0.0);
  }

  // ------------------------------------------------------------------ generators

  private static DoubleArbitrary unit() {
    return Arbitraries.doubles().between(0, 1).ofScale(17);
  }

  private static double[] resize(double[] v, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = v[i % v.length];
    }
    return out;
  }

  /** Uniform, within 1e-16..1e-1 of 0, the same of 1, and exactly 0 or 1: a quarter each. */
  @Provide
  Arbitrary<Double> probability() {
    Arbitrary<Double> exponent = Arbitraries.doubles().between(-16, -1).ofScale(6);
    return Arbitraries.oneOf(unit(), exponent.map(e -> Math.pow(10, e)),
        exponent.map(e -> 1 - Math.pow(10, e)), Arbitraries.of(0.0, 1.0));
  }

  @Provide
  Arbitrary<double[]> probabilities() {
    return probability().array(double[].class).ofMinSize(1).ofMaxSize(50);
  }

  @Provide
  Arbitrary<Tuple2<double[], double[]>> probabilityPair() {
    return Arbitraries.integers().between(1, 50).flatMap(n -> Combinators.combine(
        probability().array(double[].class).ofSize(n),
        probability().array(double[].class).ofSize(n)).as(Tuple::of));
  }

  @Provide
  Arbitrary<Tuple2<Double, double[]>> labelledProbs() {
    return probabilities().flatMap(probs -> Arbitraries.integers().between(0, probs.length - 1)
        .map(y -> Tuple.of((double) y, probs)));
  }

  @Provide
  Arbitrary<Double> logit() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-40, 40).ofScale(12),
        Arbitraries.doubles().between(-800, 800).ofScale(10));
  }

  /** At least 2 logits (the multi-class hinge needs 2 classes), up to 50. */
  @Provide
  Arbitrary<Tuple2<Double, double[]>> labelledLogits() {
    return logit().array(double[].class).ofMinSize(2).ofMaxSize(50).flatMap(z ->
        Arbitraries.integers().between(0, z.length - 1).map(y -> Tuple.of((double) y, z)));
  }

  /** Distributions k[i] / K from integer weights, some of them 0; never all 0. */
  private static Arbitrary<double[]> distribution(int n) {
    return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(n).map(k -> {
      double total = Arrays.stream(k).sum();
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = total == 0 ? (i == 0 ? 1 : 0) : k[i] / total;
      }
      return p;
    });
  }

  @Provide
  Arbitrary<Tuple2<double[], double[]>> distributionPair() {
    return Arbitraries.integers().between(1, 50).flatMap(n ->
        Combinators.combine(distribution(n), distribution(n)).as(Tuple::of));
  }

  @Provide
  Arbitrary<Double> binaryLabel() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0), unit());
  }

  @Provide
  Arbitrary<Double> hingeLabel() {
    return Arbitraries.of(1.0, 0.0, -1.0);
  }

  @Provide
  Arbitrary<Double> score() {
    return Arbitraries.doubles().between(-1000, 1000).ofScale(12);
  }

  @Provide
  Arbitrary<Double> eps() {
    return Arbitraries.of(1e-15, 1e-12, 1e-7, 1e-3, 0.1, 0.25, 0.49);
  }

  /** Binary focal alpha with alpha_t <= 1: in [0, 1], or negative (no weighting). */
  @Provide
  Arbitrary<Double> alphaUpTo1() {
    return Arbitraries.oneOf(unit(), negativeAlpha());
  }

  @Provide
  Arbitrary<Double> negativeAlpha() {
    return Arbitraries.doubles().between(-10, -1e-9).ofScale(10);
  }

  @Provide
  Arbitrary<Double> gamma() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, 0.5, 1.0, 2.0),
        Arbitraries.doubles().between(0, 10).ofScale(6));
  }

  @Provide
  Arbitrary<Double> shift() {
    return Arbitraries.doubles().between(-700, 700).ofScale(10);
  }

  @Provide
  Arbitrary<Double> margin() {
    return Arbitraries.oneOf(Arbitraries.just(0.0),
        Arbitraries.doubles().between(0, 5).ofScale(12));
  }
}
