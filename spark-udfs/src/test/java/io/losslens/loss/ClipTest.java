package io.losslens.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Clip} decides which side of the clip a probability lies on in exact arithmetic: its
 * branches are compared with {@link BigDecimal} comparisons of {@code p} with {@code eps} and of
 * {@code 1 - p} with {@code eps}, on probabilities at and next to 0, 0.5, 1, {@code eps} and
 * {@code 1 - eps}, and on {@code eps} up to the largest double below 0.5.
 */
class ClipTest {
  private static final String SEED = "20261206";

  @Property(tries = 2000, seed = SEED)
  void everyClipTakesTheSideExactArithmeticTakes(@ForAll("probability") double p,
      @ForAll("eps") double eps) {
    BigDecimal exactP = new BigDecimal(p);
    BigDecimal exactEps = new BigDecimal(eps);
    boolean below = exactP.compareTo(exactEps) < 0;
    boolean above = BigDecimal.ONE.subtract(exactP).compareTo(exactEps) < 0;
    String where = "p = " + p + ", eps = " + eps;
    // the double each side gives, as the class documents it
    assertThat(Clip.of(p, eps)).as(where).isEqualTo(below ? eps : above ? 1 - eps : p);
    assertThat(Clip.complement(p, eps)).as(where)
        .isEqualTo(below ? 1 - eps : above ? eps : 1 - p);
    assertThat(Clip.log(p, eps)).as(where)
        .isEqualTo(below ? Math.log(eps) : above ? Math.log1p(-eps) : Math.log(p));
    assertThat(Clip.logComplement(p, eps)).as(where)
        .isEqualTo(below ? Math.log1p(-eps) : above ? Math.log(eps) : Math.log1p(-p));
  }

  /** Probabilities in [0, 1], many on or next to a boundary of some eps below. */
  @Provide
  Arbitrary<Double> probability() {
    Arbitrary<Double> boundary = Arbitraries.of(0.0, Double.MIN_VALUE, 1e-15, 1e-3, 0.25,
        Math.nextDown(0.5), 0.5, Math.nextUp(0.5), 0.75, 1 - 1e-3, 1 - 1e-15, Math.nextDown(1.0),
        1.0);
    Arbitrary<Double> nearBoundary = Arbitraries.integers().between(-4, 4).flatMap(
        steps -> boundary.map(b -> step(b, steps)));
    Arbitrary<Double> nearEps = eps().flatMap(eps -> Arbitraries.of(eps, 1 - eps).flatMap(
        b -> Arbitraries.integers().between(-3, 3).map(steps -> step(b, steps))));
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(17), nearBoundary,
            nearEps)
        .filter(p -> p >= 0 && p <= 1);
  }

  /** Valid clips, {@code 0 < eps < 0.5}, up to the largest double below 0.5. */
  @Provide
  Arbitrary<Double> eps() {
    return Arbitraries.oneOf(Arbitraries.of(Double.MIN_VALUE, 1e-300, 1e-15, 1e-7, 0.1,
            0.4999999, Math.nextDown(0.5)),
        Arbitraries.doubles().between(-300, -1).ofScale(6).map(e -> Math.pow(10, e)),
        Arbitraries.doubles().between(0.1, 0.4999).ofScale(17));
  }

  /** {@code steps} doubles up (or down, for negative steps) from {@code x}. */
  private static double step(double x, int steps) {
    for (int i = 0; i < Math.abs(steps); i++) {
      x = steps > 0 ? Math.nextUp(x) : Math.nextDown(x);
    }
    return x;
  }
}
