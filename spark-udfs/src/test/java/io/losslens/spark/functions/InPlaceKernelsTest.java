package io.losslens.spark.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.Check;
import io.losslens.loss.CrossEntropy;
import io.losslens.loss.LossInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;

/**
 * The whole-row test of the entries ({@link Check#allInUnitInterval}, and the same test read in
 * place from Spark's {@code array<double>}) decides exactly as the comparison of every entry
 * does, at the edges of [0, 1] and of the doubles: the in-place kernel gives the checked
 * kernel's bits or fails with its message, whichever road it takes, from an array or from a
 * Spark ML vector; so does the same test on the bits of an {@code array<float>}'s entries.
 */
class InPlaceKernelsTest {

  /** Doubles at and around the edges of [0, 1] and of the double range, and plain ones. */
  @Provide
  Arbitrary<Double> entries() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1.0,
            Math.nextUp(1.0), Math.nextDown(1.0), -1.0, 0.5, Double.NaN,
            Double.longBitsToDouble(0x7ff8_0000_0000_0001L), Double.longBitsToDouble(-1L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
            -Double.MAX_VALUE, 2.0, 1e-300),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles());
  }

  @Provide
  Arbitrary<double[]> vectors() {
    return entries().array(double[].class).ofMinSize(0).ofMaxSize(12);
  }

  @Property(tries = 3000)
  void theWholeRowTestAgreesWithComparingEachEntry(@ForAll("vectors") double[] v) {
    boolean each = true;
    for (double x : v) {
      each &= x >= 0 && x <= 1;
    }
    assertThat(Check.allInUnitInterval(v)).isEqualTo(each);
  }

  @Property(tries = 3000)
  void inPlaceCrossEntropyIsTheCheckedKernel(@ForAll("vectors") double[] probs,
      @ForAll("labels") double label, @ForAll("eps") double eps) {
    String expected = checked(label, probs, eps);
    assertThat(inPlace(label, UnsafeArrayData.fromPrimitiveArray(probs), eps)).isEqualTo(expected);
    // any other form of ArrayData takes the entry-by-entry road
    Object[] boxed = new Object[probs.length];
    for (int i = 0; i < probs.length; i++) {
      boxed[i] = probs[i];
    }
    assertThat(inPlace(label, new GenericArrayData(boxed), eps)).isEqualTo(expected);
  }

  /**
   * A Spark ML vector in its internal row form (as {@code VectorUDT} writes it): a dense one's
   * values are read in place and give the checked kernel's bits or message; a sparse one is the
   * kernel on its expansion (which has +0.0 where the vector stores nothing).
   */
  @Property(tries = 2000)
  void inPlaceCrossEntropyOfVectorIsTheCheckedKernel(@ForAll("vectors") double[] probs,
      @ForAll("labels") double label, @ForAll("eps") double eps) {
    Vector dense = Vectors.dense(probs);
    assertThat(ofVector(label, dense, eps)).isEqualTo(checked(label, probs, eps));
    Vector sparse = dense.toSparse();
    assertThat(ofVector(label, sparse, eps)).isEqualTo(checked(label, sparse.toArray(), eps));
  }

  @Property(tries = 200)
  void crossEntropyOfANullVectorIsNull(@ForAll("labels") double label) {
    assertThat(InPlaceKernels.crossEntropyOfVector(label, null, 1e-15)).isNull();
  }

  /** Floats at and around the edges of [0, 1] and of the float range, and plain ones. */
  @Provide
  Arbitrary<Float> floatEntries() {
    return Arbitraries.oneOf(
        Arbitraries.of(0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1f,
            Math.nextUp(1f), Math.nextDown(1f), -1f, 0.5f, 0.1f, Float.NaN,
            Float.intBitsToFloat(0x7fc0_0001), Float.intBitsToFloat(-1),
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MAX_VALUE,
            2f, 1e-30f),
        Arbitraries.floats().between(0, 1),
        Arbitraries.floats());
  }

  @Provide
  Arbitrary<float[]> floatVectors() {
    return floatEntries().array(float[].class).ofMinSize(0).ofMaxSize(12);
  }

  @Property(tries = 3000)
  void theFloatBitTestPassesExactlyTheFloatsOfTheUnitIntervalButNegativeZero(
      @ForAll("floatEntries") float x) {
    int bits = Float.floatToRawIntBits(x);
    assertThat(Check.floatOutsideUnitInterval(bits) >= 0)
        .isEqualTo(x >= 0 && x <= 1 && bits != Float.floatToRawIntBits(-0f));
  }

  /**
   * An {@code array<float>} read in place gives the checked kernel's bits or message over the
   * vector widened to double (exactly, as Spark's cast widens it), from Spark's own array form
   * and from any other; a NULL array or element gives NULL.
   */
  @Property(tries = 3000)
  void inPlaceCrossEntropyOfFloatsIsTheCheckedKernelOfTheWidenedVector(
      @ForAll("floatVectors") float[] probs, @ForAll("labels") double label,
      @ForAll("eps") double eps) {
    double[] widened = new double[probs.length];
    Object[] boxed = new Object[probs.length];
    for (int i = 0; i < probs.length; i++) {
      widened[i] = probs[i];
      boxed[i] = probs[i];
    }
    String expected = checked(label, widened, eps);
    assertThat(ofFloats(label, UnsafeArrayData.fromPrimitiveArray(probs), eps))
        .isEqualTo(expected);
    assertThat(ofFloats(label, new GenericArrayData(boxed), eps)).isEqualTo(expected);
    assertThat(InPlaceKernels.crossEntropyOfFloats(label, null, eps)).isNull();
    if (probs.length > 0) {
      boxed[probs.length / 2] = null;
      assertThat(InPlaceKernels.crossEntropyOfFloats(label, new GenericArrayData(boxed), eps))
          .isNull();
    }
  }

  @Provide
  Arbitrary<Double> labels() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, 1.0, 2.0, 3.0, -1.0, 0.5, 11.0, 12.0,
        Double.NaN, Double.POSITIVE_INFINITY, 1e10), Arbitraries.integers().between(0, 12)
        .map(Integer::doubleValue));
  }

  @Provide
  Arbitrary<Double> eps() {
    return Arbitraries.of(1e-15, 0.1, 0.4999, 0.0, 0.5, -1e-15, Double.NaN, Double.MIN_VALUE);
  }

  private static String checked(double label, double[] probs, double eps) {
    try {
      return Long.toHexString(Double.doubleToRawLongBits(CrossEntropy.loss(label, probs, eps)));
    } catch (LossInputException e) {
      return e.getMessage();
    }
  }

  private static String ofVector(double label, Vector probs, double eps) {
    Object row = new VectorUDT().serialize(probs);
    try {
      String withoutNulls = Long.toHexString(Double.doubleToRawLongBits(
          InPlaceKernels.crossEntropyOfVectorWithoutNulls(label, row, eps)));
      // the boxed twin, for callers that may pass a NULL vector, gives the same bits
      assertThat(Long.toHexString(Double.doubleToRawLongBits(
          InPlaceKernels.crossEntropyOfVector(label, row, eps)))).isEqualTo(withoutNulls);
      return withoutNulls;
    } catch (LossInputException e) {
      return e.getMessage();
    }
  }

  private static String ofFloats(double label, ArrayData probs, double eps) {
    try {
      String withoutNulls = Long.toHexString(Double.doubleToRawLongBits(
          InPlaceKernels.crossEntropyOfFloatsWithoutNulls(label, probs, eps)));
      // the boxed twin, for arrays that may hold NULL elements, gives the same bits
      assertThat(Long.toHexString(Double.doubleToRawLongBits(
          InPlaceKernels.crossEntropyOfFloats(label, probs, eps)))).isEqualTo(withoutNulls);
      return withoutNulls;
    } catch (LossInputException e) {
      return e.getMessage();
    }
  }

  private static String inPlace(double label, ArrayData probs, double eps) {
    try {
      return Long.toHexString(Double.doubleToRawLongBits(
          InPlaceKernels.crossEntropyWithoutNulls(label, probs, eps)));
    } catch (LossInputException e) {
      return e.getMessage();
    }
  }
}
