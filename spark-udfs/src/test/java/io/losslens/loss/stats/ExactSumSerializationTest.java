package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.assertSameSum;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** toByteArray/fromByteArray and Java serialization round trips; canonical bytes; bad input. */
class ExactSumSerializationTest {

  /** Random sums of all kinds: empty, tiny, huge, cancelling, non-finite. */
  static List<double[]> randomInputs(long seed, int count) {
    Random r = new Random(seed);
    List<double[]> out = new ArrayList<>();
    out.add(new double[0]);
    out.add(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE});
    out.add(new double[] {-Double.MAX_VALUE, -Double.MAX_VALUE});
    out.add(new double[] {Double.MIN_VALUE});
    out.add(new double[] {-Double.MIN_VALUE});
    out.add(new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1.0});
    out.add(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, -3.0});
    while (out.size() < count) {
      double[] v = ExactSumReference.adversarialMix(r, r.nextInt(100));
      if (r.nextInt(10) == 0 && v.length > 0) {
        v[r.nextInt(v.length)] = r.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
      }
      out.add(v);
    }
    return out;
  }

  @Test
  void byteRoundTripPreservesEverything() {
    Random r = new Random(7);
    for (double[] values : randomInputs(42, 400)) {
      ExactSum original = sumOf(values);
      byte[] bytes = original.toByteArray();
      ExactSum decoded = ExactSum.fromByteArray(bytes);
      String what = java.util.Arrays.toString(values);
      assertSameSum(decoded, original, what);
      assertSameBits(decoded.value(), ExactSumReference.expectedValue(values), what);
      assertThat(decoded.finitePart()).isEqualByComparingTo(original.finitePart());
      assertThat(decoded.toByteArray()).isEqualTo(bytes);
      // the decoded sum keeps working like the original
      double extra = ExactSumReference.adversarial(r);
      decoded.add(extra);
      original.add(extra);
      assertSameSum(decoded, original, what + " + " + extra);
      decoded.merge(sumOf(values));
      original.merge(sumOf(values));
      assertSameSum(decoded, original, what + " merged again");
    }
  }

  @Test
  void equalSumsGiveEqualBytes() {
    byte[] empty = new ExactSum().toByteArray();
    // by hand: each of these is an exact zero with no non-finite value: the empty sum
    assertThat(sumOf(1.0, -1.0).toByteArray()).isEqualTo(empty);
    assertThat(sumOf(-0.0).toByteArray()).isEqualTo(empty);
    assertThat(sumOf(Double.MAX_VALUE, -Double.MAX_VALUE).toByteArray()).isEqualTo(empty);
    // by hand: MAX + MAX - MAX - MAX + 1 = 1
    assertThat(sumOf(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, 1.0).toByteArray())
        .isEqualTo(sumOf(1.0).toByteArray());
    // by hand: 0.5 + 0.25 + 0.25 = 1, 2 - 1 = 1, 2^-1000 + 2^-1000 = 2^-999
    assertThat(sumOf(0.5, 0.25, 0.25).toByteArray()).isEqualTo(sumOf(1.0).toByteArray());
    assertThat(sumOf(2.0, -1.0).toByteArray()).isEqualTo(sumOf(1.0).toByteArray());
    assertThat(sumOf(0x1p-1000, 0x1p-1000).toByteArray()).isEqualTo(sumOf(0x1p-999).toByteArray());
    // by hand: -1 as 1 - 2, and as the sum of two -0.5
    assertThat(sumOf(1.0, -2.0).toByteArray()).isEqualTo(sumOf(-0.5, -0.5).toByteArray());
    assertThat(sumOf(1.0, -2.0)).isEqualTo(sumOf(-1.0));
  }

  @Test
  void javaSerializationRoundTrip() throws Exception {
    for (double[] values : randomInputs(43, 100)) {
      ExactSum original = sumOf(values); // not normalized: the raw state is serialized
      ExactSum reference = sumOf(values);
      ExactSum read = JavaSerialization.roundTrip(original);
      String what = java.util.Arrays.toString(values);
      assertSameSum(read, reference, what);
      assertSameBits(read.value(), ExactSumReference.expectedValue(values), what);
      read.add(1.0);
      reference.add(1.0);
      assertSameSum(read, reference, what + " + 1");
    }
  }


  /** A header (base, digit count) followed by room for {@code room} digits and the three counts. */
  private static byte[] encoding(int base, int length, int room) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 + 8 * room + 24);
    b.putInt(base).putInt(length);
    return b.array();
  }

  @ParameterizedTest(name = "base {0}, {1} digits")
  @CsvSource({
    // negative digit counts
    "0, -1, 0",
    "0, -2147483648, 0",
    // too many digits: the full range needs at most 68 (sums of < 2^63 doubles)
    "0, 69, 69",
    "0, 2147483647, 0",
    "0, 1000, 0",
    // negative base
    "-1, 3, 3",
    "-2147483648, 3, 3",
    // digits beyond the top of the range
    "60, 9, 9",
    "68, 1, 1",
    // a base so large that base + length overflows int: no valid encoding has base > 67
    "2147483647, 1, 1",
    "2147483640, 20, 20"
  })
  void garbageIsRejected(int base, int length, int room) {
    byte[] bytes = encoding(base, length, room);
    assertThatThrownBy(() -> ExactSum.fromByteArray(bytes))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
