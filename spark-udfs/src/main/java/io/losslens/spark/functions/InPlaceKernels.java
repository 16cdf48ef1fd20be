package io.losslens.spark.functions;

import io.losslens.loss.Check;
import io.losslens.loss.CrossEntropy;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Losses that use one entry of a checked vector, read from Spark's {@code array<double>} in
 * place instead of from a {@code double[]} copy: every entry is still checked, in the kernel's
 * order and with its messages, and the formula is the kernel's. Saves the allocation and copy of
 * the vector on the hottest path. NULL for a NULL vector or element.
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
    String fn = "cross_entropy";
    Check.eps(fn, eps);
    int n = probs.numElements();
    Check.nonEmpty(fn, "probs", n);
    for (int i = 0; i < n; i++) {
      Check.unitIntervalEntry(fn, "probs", i, probs.getDouble(i));
    }
    return CrossEntropy.ofLabelProbability(probs.getDouble(Check.classIndex(fn, label, n)), eps);
  }
}
