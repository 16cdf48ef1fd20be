package io.losslens.spark.functions;

import io.losslens.loss.CrossEntropy;
import io.losslens.loss.Divergence;
import io.losslens.loss.FocalLoss;
import io.losslens.loss.HingeLoss;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Adapters for the gradient kernels that write into an output vector: allocate the result,
 * delegate, and hand Spark an {@code array<double>} without boxing. No math here.
 */
public final class VectorResults {
  private VectorResults() {}

  public static ArrayData crossEntropyGrad(double label, double[] probs, double eps) {
    double[] out = new double[probs.length];
    CrossEntropy.gradient(label, probs, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData crossEntropyLogitsGrad(double label, double[] logits) {
    double[] out = new double[logits.length];
    CrossEntropy.gradientFromLogits(label, logits, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData softCrossEntropyGrad(double[] target, double[] probs, double eps) {
    double[] out = new double[probs.length];
    CrossEntropy.softGradient(target, probs, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData weightedCrossEntropyGrad(double label, double[] probs,
      double[] classWeights, double eps) {
    double[] out = new double[probs.length];
    CrossEntropy.weightedGradient(label, probs, classWeights, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData multilabelCrossEntropyGrad(double[] labels, double[] probs,
      double eps) {
    double[] out = new double[probs.length];
    CrossEntropy.multilabelGradient(labels, probs, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData multiclassHingeLossGrad(double label, double[] scores) {
    double[] out = new double[scores.length];
    HingeLoss.multiclassGradient(label, scores, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData multiclassSquaredHingeLossGrad(double label, double[] scores) {
    double[] out = new double[scores.length];
    HingeLoss.multiclassSquaredGradient(label, scores, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData multiclassFocalLossGrad(double label, double[] probs, double gamma,
      double[] alphas, double eps) {
    double[] out = new double[probs.length];
    FocalLoss.multiclassGradient(label, probs, gamma, alphas, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  /** Without {@code alphas}: every class weighs 1. */
  public static ArrayData multiclassFocalLossGrad(double label, double[] probs, double gamma,
      double eps) {
    return multiclassFocalLossGrad(label, probs, gamma, null, eps);
  }

  public static ArrayData klDivergenceGrad(double[] p, double[] q, double eps) {
    double[] out = new double[p.length];
    Divergence.klGradient(p, q, eps, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }

  public static ArrayData jsDivergenceGrad(double[] p, double[] q) {
    double[] out = new double[p.length];
    Divergence.jsGradient(p, q, out);
    return UnsafeArrayData.fromPrimitiveArray(out);
  }
}
