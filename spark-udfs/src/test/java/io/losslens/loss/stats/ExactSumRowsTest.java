package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sums filled a row at a time (the per-class breakdown's road) are the sums {@link ExactSum}
 * gives the same values one by one: the same digits and counts, so the same bits when read,
 * across the fold every 1,024 rows, values outside each sum's window, merges and Java
 * serialization (how Spark ships aggregation buffers).
 */
class ExactSumRowsTest {
  private static final String SEED = "20261206";

  @Property(tries = 200, seed = SEED)
  void rowsSumAsExactSumsOfTheSameValuesDo(@ForAll("rows") List<double[]> rows,
      @ForAll("weight") double weight) {
    int size = rows.get(0).length;
    ExactSumRows sums = new ExactSumRows(size);
    ExactSum[] expected = oneByOne(rows, weight, size);
    for (double[] row : rows) {
      sums.addRow(row, weight);
    }
    for (int k = 0; k < size; k++) {
      assertThat(sums.sum(k)).as("sum %d", k).isEqualTo(expected[k]);
      assertSameBits(sums.sum(k).value(), expected[k].value(), "sum " + k);
    }
  }

  /**
   * Split anywhere, shipped by Java serialization with its buckets unfolded and merged back,
   * in either order: the same sums as one pass over every row.
   */
  @Property(tries = 100, seed = SEED)
  void splitShippedAndMergedRowsSumAsOnePass(@ForAll("rows") List<double[]> rows,
      @ForAll @IntRange(min = 0, max = 100) int splitPercent) throws Exception {
    int size = rows.get(0).length;
    int split = rows.size() * splitPercent / 100;
    ExactSumRows first = new ExactSumRows(size);
    ExactSumRows second = new ExactSumRows(size);
    ExactSumRows whole = new ExactSumRows(size);
    for (int i = 0; i < rows.size(); i++) {
      (i < split ? first : second).addRow(rows.get(i), 1);
      whole.addRow(rows.get(i), 1);
    }
    ExactSumRows shipped = JavaSerialization.roundTrip(first);
    ExactSumRows otherWay = JavaSerialization.roundTrip(second);
    shipped.merge(second);
    otherWay.merge(first);
    assertThat(shipped).isEqualTo(whole).isEqualTo(otherWay);
  }

  /**
   * Rows of the largest significand at one exponent fill a bucket fastest: 2^10 of them stay
   * below 2^63 (the budget of 1,024 rows between folds), more than 2^11 exceed 64 bits, so a fold
   * later than every 2,048 rows makes these fail.
   */
  @ParameterizedTest
  @ValueSource(ints = {1023, 1024, 1025, 2048, 2049, 5000})
  void foldsBeforeABucketOverflows(int rows) {
    double x = 0x1.fffffffffffffp0;
    ExactSumRows sums = new ExactSumRows(2);
    for (int i = 0; i < rows; i++) {
      sums.addRow(new double[] {x, x * 0x1p-20}, 1);
    }
    BigDecimal exact = new BigDecimal(x).multiply(BigDecimal.valueOf(rows));
    assertThat(sums.sum(0).finitePart()).isEqualByComparingTo(exact);
    assertSameBits(sums.sum(0).value(), round(exact), rows + " rows");
    assertThat(sums.sum(1).finitePart())
        .isEqualByComparingTo(exact.multiply(new BigDecimal(0x1p-20)));
  }

  @Test
  void aRowHasOneValuePerSum() {
    ExactSumRows sums = new ExactSumRows(3);
    assertThatThrownBy(() -> sums.addRow(new double[2], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of 3 sums needs 3 values, but had 2");
    assertThatThrownBy(() -> sums.merge(new ExactSumRows(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge rows of 2 sums into rows of 3");
  }

  private static ExactSum[] oneByOne(List<double[]> rows, double weight, int size) {
    ExactSum[] sums = new ExactSum[size];
    for (int k = 0; k < size; k++) {
      sums[k] = new ExactSum();
    }
    for (double[] row : rows) {
      for (int k = 0; k < size; k++) {
        sums[k].add(weight * row[k]);
      }
    }
    return sums;
  }


  /**
   * 1 to 3,000 rows (past the fold at 1,024) of 1 to 12 values: mostly positive values over 150
   * binary orders of magnitude (beyond any one window of 64), and negatives, signed zeros,
   * subnormals, the extremes, infinities and NaN.
   */
  @Provide
  Arbitrary<List<double[]>> rows() {
    return Arbitraries.integers().between(1, 12).flatMap(size -> value()
        .array(double[].class).ofSize(size).list().ofMinSize(1).ofMaxSize(3000));
  }

  @Provide
  Arbitrary<Double> weight() {
    return Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.just(0.0),
        Arbitraries.doubles().between(0, 1e6));
  }

  private static Arbitrary<Double> value() {
    Arbitrary<Double> positive = Arbitraries.integers().between(-75, 75).flatMap(e ->
        Arbitraries.doubles().between(1, 2).map(m -> Math.scalb(m, e)));
    Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, 0x1p-1060,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN);
    return Arbitraries.frequencyOf(Tuple.<Integer, Arbitrary<? extends Double>>of(20, positive),
        Tuple.<Integer, Arbitrary<? extends Double>>of(2, positive.map(x -> -x)),
        Tuple.<Integer, Arbitrary<? extends Double>>of(1, special));
  }
}
