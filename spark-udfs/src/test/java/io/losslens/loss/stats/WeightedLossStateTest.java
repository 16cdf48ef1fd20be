package io.losslens.loss.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The weighted-loss state: its monoid laws, exactness and defined results on empty input. */
class WeightedLossStateTest {

  /** One input row: a valid (loss, weight), or an invalid reason. */
  static final class Input {
    final double loss;
    final double weight;
    final InvalidReason invalid;

    Input(double loss, double weight, InvalidReason invalid) {
      this.loss = loss;
      this.weight = weight;
      this.invalid = invalid;
    }

    void addTo(WeightedLossState state) {
      if (invalid == null) {
        state.add(loss, weight);
      } else {
        state.addInvalid(invalid);
      }
    }

    @Override
    public String toString() {
      return invalid == null ? "(" + loss + ", w=" + weight + ")" : invalid.key();
    }
  }

  @Provide
  Arbitrary<List<Input>> rows() {
    // magnitudes from 1e-300 to 1e300, as significand * 10^exponent
    Arbitrary<Double> wide = Combinators.combine(
            Arbitraries.doubles().between(1, 10).ofScale(15), Arbitraries.integers().between(-300, 299))
        .as((significand, exponent) -> significand * Math.pow(10, exponent));
    Arbitrary<Double> losses = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 50).ofScale(15), wide,
        Arbitraries.of(0.0, 1e-15, 34.538776394910684, Double.MIN_VALUE));
    Arbitrary<Double> weights = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 10).ofScale(15), Arbitraries.of(0.0, 1.0, 1e-200, 1e200));
    Arbitrary<Input> valid = Combinators.combine(losses, weights)
        .as((l, w) -> new Input(l, w, null));
    Arbitrary<Input> invalid = Arbitraries.of(InvalidReason.class)
        .map(r -> new Input(0, 0, r));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, valid), net.jqwik.api.Tuple.of(1, invalid))
        .list().ofMaxSize(200);
  }

  private static WeightedLossState stateOf(List<Input> rows) {
    WeightedLossState state = new WeightedLossState();
    rows.forEach(r -> r.addTo(state));
    return state;
  }

  private static WeightedLossState merged(WeightedLossState a, WeightedLossState b) {
    WeightedLossState m = new WeightedLossState();
    m.merge(a);
    m.merge(b);
    return m;
  }

  @Property(tries = 300, seed = "20261124")
  void emptyStateIsTheIdentity(@ForAll("rows") List<Input> rows) {
    WeightedLossState state = stateOf(rows);
    assertThat(merged(state, new WeightedLossState())).isEqualTo(state);
    assertThat(merged(new WeightedLossState(), state)).isEqualTo(state);
  }

  @Property(tries = 300, seed = "20261124")
  void mergeIsCommutative(@ForAll("rows") List<Input> a, @ForAll("rows") List<Input> b) {
    WeightedLossState ab = merged(stateOf(a), stateOf(b));
    WeightedLossState ba = merged(stateOf(b), stateOf(a));
    assertThat(ab).isEqualTo(ba);
    assertBitwiseSameResults(ab, ba);
  }

  @Property(tries = 300, seed = "20261124")
  void mergeIsAssociative(@ForAll("rows") List<Input> a, @ForAll("rows") List<Input> b,
      @ForAll("rows") List<Input> c) {
    WeightedLossState left = merged(merged(stateOf(a), stateOf(b)), stateOf(c));
    WeightedLossState right = merged(stateOf(a), merged(stateOf(b), stateOf(c)));
    assertThat(left).isEqualTo(right);
    assertBitwiseSameResults(left, right);
  }

  @Property(tries = 300, seed = "20261124")
  void splitThenMergeEqualsTheWhole(@ForAll("rows") List<Input> rows,
      @ForAll long shuffleSeed) {
    WeightedLossState whole = stateOf(rows);
    Random random = new Random(shuffleSeed);
    List<Input> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, random);
    int parts = 1 + random.nextInt(8);
    List<WeightedLossState> partials = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partials.add(new WeightedLossState());
    }
    shuffled.forEach(r -> r.addTo(partials.get(random.nextInt(parts))));
    Collections.shuffle(partials, random);
    WeightedLossState together = new WeightedLossState();
    partials.forEach(together::merge);
    assertThat(together).isEqualTo(whole);
    assertBitwiseSameResults(together, whole);
    assertThat(together.accounting().total()).isEqualTo(rows.size());
  }

  @Property(tries = 300, seed = "20261124")
  void sumsAreExactAndEveryRowIsAccountedFor(@ForAll("rows") List<Input> rows) {
    WeightedLossState state = stateOf(rows);
    // independent reference: exact BigDecimal sums of the same per-row products, rounded once
    // (a product w * loss that overflows is +Infinity, and so is then the sum)
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    boolean overflow = false;
    long valid = 0;
    for (Input r : rows) {
      if (r.invalid == null) {
        double product = r.weight * r.loss;
        overflow |= product == Double.POSITIVE_INFINITY;
        weighted = overflow ? weighted : weighted.add(new BigDecimal(product));
        weights = weights.add(new BigDecimal(r.weight));
        valid++;
      }
    }
    assertThat(state.weightedLossSum())
        .isEqualTo(overflow ? Double.POSITIVE_INFINITY : weighted.doubleValue());
    assertThat(state.weightSum()).isEqualTo(weights.doubleValue());
    assertThat(state.rows()).isEqualTo(valid);
    RowAccounting accounting = state.accounting();
    assertThat(accounting.valid()).isEqualTo(valid);
    assertThat(accounting.valid() + accounting.invalidTotal()).isEqualTo(rows.size());
    for (InvalidReason reason : InvalidReason.values()) {
      assertThat(accounting.invalid(reason))
          .isEqualTo(rows.stream().filter(r -> r.invalid == reason).count());
    }
  }

  @Test
  void meanNormalizesByWeightByDefaultOrByRows() {
    WeightedLossState state = new WeightedLossState();
    state.add(1.0, 3.0);
    state.add(2.0, 1.0);
    state.addInvalid(InvalidReason.NEGATIVE_WEIGHT);
    // by hand: (3*1 + 1*2) / (3 + 1) = 1.25; by rows: 5 / 2 = 2.5
    assertThat(state.mean(WeightedLossState.Normalization.BY_WEIGHT)).isEqualTo(Metric.of(1.25));
    assertThat(state.mean(WeightedLossState.Normalization.BY_ROWS)).isEqualTo(Metric.of(2.5));
    assertThat(state.accounting().total()).isEqualTo(3);
  }

  @Test
  void meansThatCannotBeComputedCarryTheirReason() {
    WeightedLossState empty = new WeightedLossState();
    empty.addInvalid(InvalidReason.NULL_LABEL);
    assertThat(empty.mean(WeightedLossState.Normalization.BY_WEIGHT).missingReason())
        .isEqualTo("no valid rows");
    WeightedLossState zeroWeights = new WeightedLossState();
    zeroWeights.add(0.7, 0.0);
    assertThat(zeroWeights.mean(WeightedLossState.Normalization.BY_WEIGHT).missingReason())
        .isEqualTo("the weights of the valid rows sum to 0");
    assertThat(zeroWeights.mean(WeightedLossState.Normalization.BY_ROWS)).isEqualTo(Metric.of(0.0));
  }

  @Test
  void cancellationThatPlainDoubleSumsGetWrongIsExact() {
    WeightedLossState state = new WeightedLossState();
    // by hand: plain double summation of [1e16, 1, 1] in that order gives 1e16 (each 1 is
    // lost to rounding); the exact sum 1e16 + 2 is representable
    state.add(1.0, 1e16);
    state.add(1.0, 1.0);
    state.add(1.0, 1.0);
    assertThat(state.weightedLossSum()).isEqualTo(1e16 + 2);
    assertThat(state.weightSum()).isEqualTo(1e16 + 2);
  }

  private static void assertBitwiseSameResults(WeightedLossState a, WeightedLossState b) {
    for (WeightedLossState.Normalization n : WeightedLossState.Normalization.values()) {
      assertThat(a.mean(n)).isEqualTo(b.mean(n));
    }
    assertThat(Double.doubleToRawLongBits(a.weightedLossSum()))
        .isEqualTo(Double.doubleToRawLongBits(b.weightedLossSum()));
  }
}
