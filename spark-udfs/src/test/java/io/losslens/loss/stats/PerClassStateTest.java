package io.losslens.loss.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The per-class state: monoid laws over random rows and splits, shape checks, scale. */
class PerClassStateTest {
  private static final int CLASSES = 5;
  private static final int LOSSES = 2;

  /** A seeded random row; invalid with probability 1/10. */
  private static void addRandomRow(PerClassState state, Random random) {
    if (random.nextInt(10) == 0) {
      state.addInvalid(InvalidReason.values()[random.nextInt(InvalidReason.values().length)]);
      return;
    }
    int truth = random.nextInt(state.numClasses());
    double[] losses = new double[state.numLosses()];
    double[] gradients = new double[state.numLosses()];
    for (int l = 0; l < losses.length; l++) {
      losses[l] = -Math.log(random.nextDouble() + 1e-300) * Math.pow(10, random.nextInt(40) - 20);
      gradients[l] = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
    }
    // weight 1 is counted rather than summed: every law must hold across both forms
    int kind = random.nextInt(5);
    double weight = kind == 0 ? 0 : kind <= 2 ? 1 : random.nextDouble() * 10;
    state.add(truth, random.nextInt(state.numClasses()), weight, losses, random.nextDouble(),
        gradients);
  }

  private static PerClassState randomState(long seed, int rows) {
    PerClassState state = new PerClassState(CLASSES, LOSSES);
    Random random = new Random(seed);
    for (int i = 0; i < rows; i++) {
      addRandomRow(state, random);
    }
    return state;
  }

  private static PerClassState merged(PerClassState... states) {
    PerClassState m = new PerClassState(CLASSES, LOSSES);
    for (PerClassState s : states) {
      m.merge(s);
    }
    return m;
  }

  /**
   * Weight sums mixing counted unit weights and summed other weights are the exact sums of all
   * the weights (reference: BigDecimal), per true class, predicted class and correct rows.
   */
  @Test
  void unitWeightsAreCountedIntoTheExactWeightSums() {
    PerClassState state = new PerClassState(2, 1);
    double[] none = {0.0};
    double[] weights = {1, 0.1, 1, 1e-17, 1, 3.5, 1};
    java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
    for (double w : weights) {
      state.add(0, 0, w, none, 0.5, none); // true class 0, predicted 0
      exact = exact.add(new java.math.BigDecimal(w));
    }
    state.add(1, 0, 1, none, 0.5, none); // true class 1, predicted 0
    assertThat(state.weight(0).finitePart()).isEqualByComparingTo(exact);
    assertThat(state.correctWeight(0).finitePart()).isEqualByComparingTo(exact);
    assertThat(state.predictedWeight(0).finitePart())
        .isEqualByComparingTo(exact.add(java.math.BigDecimal.ONE));
    assertThat(state.weight(1).value()).isEqualTo(1.0);
    assertThat(state.correctWeight(1).isZero()).isTrue();
    assertThat(state.predictedWeight(1).isZero()).isTrue();
    // four 1s, 0.1, 1e-17 and 3.5, rounded once: 7.6 + 1e-17 rounds to the double nearest 7.6
    // plus 0.1's representation error; BigDecimal gives the same rounding
    assertThat(state.weight(0).value()).isEqualTo(exact.doubleValue());
  }

  @Property(tries = 200, seed = "20261124")
  void emptyIsIdentityAndMergeIsCommutativeAndAssociative(@ForAll long a, @ForAll long b,
      @ForAll long c, @ForAll @IntRange(max = 300) int rows) {
    PerClassState x = randomState(a, rows);
    PerClassState y = randomState(b, rows / 2);
    PerClassState z = randomState(c, rows / 3);
    assertThat(merged(x, new PerClassState(CLASSES, LOSSES))).isEqualTo(x);
    assertThat(merged(new PerClassState(CLASSES, LOSSES), x)).isEqualTo(x);
    assertThat(merged(x, y)).isEqualTo(merged(y, x));
    PerClassState left = merged(merged(x, y), z);
    PerClassState right = merged(x, merged(y, z));
    assertThat(left).isEqualTo(right);
    assertSameSummaries(left, right);
  }

  @Property(tries = 100, seed = "20261124")
  void splitThenMergeEqualsTheWholeBitForBit(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 64) int parts) {
    // the same rows, recorded once whole and once scattered over shuffled partitions
    Random rows = new Random(seed);
    PerClassState whole = new PerClassState(CLASSES, LOSSES);
    List<PerClassState> partials = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partials.add(new PerClassState(CLASSES, LOSSES));
    }
    Random assignment = new Random(~seed);
    for (int i = 0; i < 500; i++) {
      long rowSeed = rows.nextLong();
      addRandomRow(whole, new Random(rowSeed));
      addRandomRow(partials.get(assignment.nextInt(parts)), new Random(rowSeed));
    }
    Collections.shuffle(partials, assignment);
    PerClassState together = new PerClassState(CLASSES, LOSSES);
    partials.forEach(together::merge);
    assertThat(together).isEqualTo(whole);
    assertSameSummaries(together, whole);
  }

  @Test
  void mergingStatesOfDifferentShapesIsRejected() {
    assertThatThrownBy(() -> new PerClassState(3, 1).merge(new PerClassState(4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge a per-class state of 4 classes and 1 losses into one of"
            + " 3 classes and 1 losses");
    assertThatThrownBy(() -> new PerClassState(-1, 1))
        .hasMessage("numClasses must be >= 0, but was -1");
  }

  @Test
  void gettersReturnCopiesThatCannotChangeTheState() {
    PerClassState state = new PerClassState(2, 1);
    state.add(0, 0, 2.0, new double[] {1.5}, 0.9, new double[] {0.5});
    state.weight(0).add(100);
    state.loss(1, 0).add(100);
    assertThat(state.weight(0).value()).isEqualTo(2.0);
    assertThat(state.loss(1, 0).value()).isEqualTo(0.0);
  }

  /** 10,000 classes, most of them rare: one pass, state holds only the classes seen. */
  @Test
  void tenThousandClasses() {
    int classes = 10_000;
    PerClassState state = new PerClassState(classes, 1);
    Random random = new Random(7);
    double[] loss = new double[1];
    double[] gradient = new double[1];
    // class c appears c % 3 times (so a third of the classes never appear): by hand,
    // sum over c < 10000 of (c % 3) = 3333 * (0 + 1 + 2) + (9999 % 3 = 0) = 9999 rows
    for (int c = 0; c < classes; c++) {
      for (int k = 0; k < c % 3; k++) {
        loss[0] = random.nextDouble();
        gradient[0] = random.nextDouble();
        state.add(c, (c + k) % classes, 1.0, loss, 0.5, gradient);
      }
    }
    PerClassSummary summary = PerClassSummary.of(state, 0.999);
    assertThat(summary.rows()).isEqualTo(9999);
    assertThat(summary.classes()).hasSize(classes);
    assertThat(summary.classes().get(3).lossMean(0).missingReason())
        .isEqualTo("no rows of this class");
    assertThat(summary.classes().get(2).rows()).isEqualTo(2);
    // balanced weight n / (C n_c) by hand: 9999 / (10000 * 2) = 0.49995
    assertThat(summary.classes().get(2).balancedWeight().value()).isEqualTo(0.49995);
    double effectiveSum = summary.classes().stream()
        .filter(r -> r.rows() > 0).mapToDouble(r -> r.effectiveNumberWeight().value()).sum();
    // 6666 classes have rows; their effective-number weights sum to 6666 (rounding aside)
    assertThat(effectiveSum).isCloseTo(6666, within(1e-9));
  }

  private static void assertSameSummaries(PerClassState a, PerClassState b) {
    PerClassSummary x = PerClassSummary.of(a, 0.99);
    PerClassSummary y = PerClassSummary.of(b, 0.99);
    for (int l = 0; l < LOSSES; l++) {
      assertThat(x.lossMean(l)).isEqualTo(y.lossMean(l));
      assertThat(x.macroLossMean(l)).isEqualTo(y.macroLossMean(l));
    }
    for (int c = 0; c < CLASSES; c++) {
      PerClassSummary.ClassRow p = x.classes().get(c);
      PerClassSummary.ClassRow q = y.classes().get(c);
      assertThat(p.lossMean(0)).isEqualTo(q.lossMean(0));
      assertThat(p.lossShare(1)).isEqualTo(q.lossShare(1));
      assertThat(p.precision()).isEqualTo(q.precision());
      assertThat(p.recall()).isEqualTo(q.recall());
      assertThat(p.meanGradientMagnitude(1)).isEqualTo(q.meanGradientMagnitude(1));
      assertThat(p.effectiveNumberWeight()).isEqualTo(q.effectiveNumberWeight());
    }
    assertThat(x.accounting()).isEqualTo(y.accounting());
  }
}
