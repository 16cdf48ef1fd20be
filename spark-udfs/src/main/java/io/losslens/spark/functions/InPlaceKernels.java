package io.losslens.spark.functions;

import io.losslens.loss.Check;
import io.losslens.loss.CrossEntropy;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.Platform;

/**
 * Losses that use one entry of a checked vector, read from Spark's {@code array<double>} in
 * place instead of from a {@code double[]} copy: every entry is still checked, in the kernel's
 * order and with its messages, and the formula is the kernel's. Saves the allocation and copy of
 * the vector on the hottest path. NULL for a NULL vector or element. A Spark ML vector argument
 * (its internal row, as {@code Object}) has variants named {@code ...OfVector}: a dense vector's
 * values are an {@code array<double>} in the row, read in place the same way; an
 * {@code array<float>} has variants named {@code ...OfFloats}.
 */
public final class InPlaceKernels {
  private InPlaceKernels() {}

  /** {@link CrossEntropy#loss}: the checks of its {@code checkProbs}, then the label's entry. */
  public static Double crossEntropy(double label, ArrayData probs, double eps) {
    if (probs == null || VectorArgs.hasNullElement(probs)) {
      return null;
    }
    return crossEntropyWithoutNulls(label, probs, eps);
  }

  /**
   * {@link #crossEntropy} of a vector without NULL elements, for a call whose NULL arguments
   * Spark handles before calling (the registered functions over an {@code array<double>} whose
   * type rules NULL elements out): never NULL, so the result is not boxed.
   */
  public static double crossEntropyWithoutNulls(double label, ArrayData probs, double eps) {
    if (probs instanceof UnsafeArrayData) {
      // Spark's own form: the values as raw doubles after the header, tested a whole row at a
      // time (Check.outsideUnitInterval); a row that fails it is checked entry by entry below
      UnsafeArrayData unsafe = (UnsafeArrayData) probs;
      int n = unsafe.numElements();
      Object base = unsafe.getBaseObject();
      long values = VectorArgs.valuesOffset(unsafe);
      long outside = 0;
      for (int i = 0; i < n; i++) {
        outside |= Check.outsideUnitInterval(Platform.getLong(base, values + 8L * i));
      }
      if (outside >= 0 && Check.isClassIndex(label, n) && Check.isEps(eps)) {
        return CrossEntropy.ofLabelProbability(
            Platform.getDouble(base, values + 8L * (int) label), eps);
      }
    }
    String fn = "cross_entropy";
    Check.eps(fn, eps);
    int n = probs.numElements();
    Check.nonEmpty(fn, "probs", n);
    for (int i = 0; i < n; i++) {
      Check.unitIntervalEntry(fn, "probs", i, probs.getDouble(i));
    }
    return CrossEntropy.ofLabelProbability(probs.getDouble(Check.classIndex(fn, label, n)), eps);
  }

  /**
   * {@link #crossEntropy} of an {@code array<float>}: its entries widened to double, exactly, so
   * the checks, messages and result are the kernel's over the widened vector, without building
   * it. NULL for a NULL vector or element.
   */
  public static Double crossEntropyOfFloats(double label, ArrayData probs, double eps) {
    if (probs == null || VectorArgs.hasNullElement(probs)) {
      return null;
    }
    return crossEntropyOfFloatsWithoutNulls(label, probs, eps);
  }

  /** {@link #crossEntropyOfFloats} of a vector without NULL elements: never NULL. */
  public static double crossEntropyOfFloatsWithoutNulls(double label, ArrayData probs,
      double eps) {
    if (probs instanceof UnsafeArrayData) {
      // as crossEntropyWithoutNulls, on the raw bits of the floats
      UnsafeArrayData unsafe = (UnsafeArrayData) probs;
      int n = unsafe.numElements();
      Object base = unsafe.getBaseObject();
      long values = VectorArgs.valuesOffset(unsafe);
      int outside = 0;
      for (int i = 0; i < n; i++) {
        outside |= Check.floatOutsideUnitInterval(Platform.getInt(base, values + 4L * i));
      }
      if (outside >= 0 && Check.isClassIndex(label, n) && Check.isEps(eps)) {
        return CrossEntropy.ofLabelProbability(
            Platform.getFloat(base, values + 4L * (int) label), eps);
      }
    }
    return CrossEntropy.loss(label, VectorArgs.fromFloatArrayWithoutNulls(probs), eps);
  }

  /**
   * {@link #crossEntropy} of a Spark ML vector (its internal row form, as Spark passes a UDT's
   * value): a dense vector's values are read in place, a sparse one is expanded. NULL for a NULL
   * vector.
   */
  public static Double crossEntropyOfVector(double label, Object probs, double eps) {
    return probs == null ? null : crossEntropyOfVectorWithoutNulls(label, probs, eps);
  }

  /**
   * {@link #crossEntropyOfVector} of a non-NULL vector, for a call whose NULL arguments Spark
   * handles before calling: a vector holds no NULL elements, so the result is never NULL.
   */
  public static double crossEntropyOfVectorWithoutNulls(double label, Object probs, double eps) {
    return crossEntropyWithoutNulls(label, VectorArgs.valuesOf(probs), eps);
  }
}
