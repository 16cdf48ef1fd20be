package io.losslens.spark.functions;

import io.losslens.loss.LossInputException;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;

/**
 * The catalog's bound functions: for each function, its {@code try_} twin and each
 * representation of its vector arguments, a {@link BoundLoss} whose static {@code invoke}
 * methods call the kernel.
 *
 * <p>Generated from {@code LossRegistry} by {@code BoundLossesSourceTest}; do not edit.
 */
public final class BoundLosses {
  private BoundLosses() {}

  /** {@code binary_cross_entropy(label, p [, eps])}. */
  public static final class BinaryCrossEntropy extends BoundLoss {
    private static final long serialVersionUID = 1L;

    BinaryCrossEntropy(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double p) {
      return io.losslens.loss.BinaryCrossEntropy.loss(label, p, 1.0E-15);
    }

    public static double invoke(double label, double p, double eps) {
      return io.losslens.loss.BinaryCrossEntropy.loss(label, p, eps);
    }
  }

  /** {@code try_binary_cross_entropy(label, p [, eps])}. */
  public static final class TryBinaryCrossEntropy extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryBinaryCrossEntropy(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double p) {
      try {
        return BinaryCrossEntropy.invoke(label, p);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double eps) {
      try {
        return BinaryCrossEntropy.invoke(label, p, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code binary_cross_entropy_logits(label, z)}. */
  public static final class BinaryCrossEntropyLogits extends BoundLoss {
    private static final long serialVersionUID = 1L;

    BinaryCrossEntropyLogits(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double z) {
      return io.losslens.loss.BinaryCrossEntropy.lossFromLogit(label, z);
    }
  }

  /** {@code try_binary_cross_entropy_logits(label, z)}. */
  public static final class TryBinaryCrossEntropyLogits extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryBinaryCrossEntropyLogits(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double z) {
      try {
        return BinaryCrossEntropyLogits.invoke(label, z);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code hinge_loss(label, score)}. */
  public static final class HingeLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    HingeLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double score) {
      return io.losslens.loss.HingeLoss.loss(label, score);
    }
  }

  /** {@code try_hinge_loss(label, score)}. */
  public static final class TryHingeLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryHingeLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double score) {
      try {
        return HingeLoss.invoke(label, score);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code squared_hinge_loss(label, score)}. */
  public static final class SquaredHingeLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SquaredHingeLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double score) {
      return io.losslens.loss.HingeLoss.squaredLoss(label, score);
    }
  }

  /** {@code try_squared_hinge_loss(label, score)}. */
  public static final class TrySquaredHingeLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySquaredHingeLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double score) {
      try {
        return SquaredHingeLoss.invoke(label, score);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}. */
  public static final class FocalLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    FocalLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double p) {
      return io.losslens.loss.FocalLoss.loss(label, p, 0.25, 2.0, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha) {
      return io.losslens.loss.FocalLoss.loss(label, p, alpha, 2.0, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha, double gamma) {
      return io.losslens.loss.FocalLoss.loss(label, p, alpha, gamma, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha, double gamma, double eps) {
      return io.losslens.loss.FocalLoss.loss(label, p, alpha, gamma, eps);
    }
  }

  /** {@code try_focal_loss(label, p [, alpha [, gamma [, eps]]])}. */
  public static final class TryFocalLoss extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryFocalLoss(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double p) {
      try {
        return FocalLoss.invoke(label, p);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha) {
      try {
        return FocalLoss.invoke(label, p, alpha);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha, double gamma) {
      try {
        return FocalLoss.invoke(label, p, alpha, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha, double gamma, double eps) {
      try {
        return FocalLoss.invoke(label, p, alpha, gamma, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code focal_loss_logits(label, z [, alpha [, gamma]])}. */
  public static final class FocalLossLogits extends BoundLoss {
    private static final long serialVersionUID = 1L;

    FocalLossLogits(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double z) {
      return io.losslens.loss.FocalLoss.lossFromLogit(label, z, 0.25, 2.0);
    }

    public static double invoke(double label, double z, double alpha) {
      return io.losslens.loss.FocalLoss.lossFromLogit(label, z, alpha, 2.0);
    }

    public static double invoke(double label, double z, double alpha, double gamma) {
      return io.losslens.loss.FocalLoss.lossFromLogit(label, z, alpha, gamma);
    }
  }

  /** {@code try_focal_loss_logits(label, z [, alpha [, gamma]])}. */
  public static final class TryFocalLossLogits extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryFocalLossLogits(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double z) {
      try {
        return FocalLossLogits.invoke(label, z);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double z, double alpha) {
      try {
        return FocalLossLogits.invoke(label, z, alpha);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double z, double alpha, double gamma) {
      try {
        return FocalLossLogits.invoke(label, z, alpha, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy(label, probs [, eps])}, probs array<double>. */
  public static final class CrossEntropy_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropy_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      return InPlaceKernels.crossEntropy(label, probs, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      return InPlaceKernels.crossEntropy(label, probs, eps);
    }
  }

  /** {@code try_cross_entropy(label, probs [, eps])}, probs array<double>. */
  public static final class TryCrossEntropy_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropy_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return CrossEntropy_D.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      try {
        return CrossEntropy_D.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy(label, probs [, eps])}, probs array<float>. */
  public static final class CrossEntropy_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropy_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      return InPlaceKernels.crossEntropyOfFloats(label, probs, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      return InPlaceKernels.crossEntropyOfFloats(label, probs, eps);
    }
  }

  /** {@code try_cross_entropy(label, probs [, eps])}, probs array<float>. */
  public static final class TryCrossEntropy_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropy_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return CrossEntropy_F.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      try {
        return CrossEntropy_F.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy(label, probs [, eps])}, probs an ML vector. */
  public static final class CrossEntropy_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropy_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      return InPlaceKernels.crossEntropyOfVector(label, probs, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double eps) {
      return InPlaceKernels.crossEntropyOfVector(label, probs, eps);
    }
  }

  /** {@code try_cross_entropy(label, probs [, eps])}, probs an ML vector. */
  public static final class TryCrossEntropy_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropy_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      try {
        return CrossEntropy_V.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double eps) {
      try {
        return CrossEntropy_V.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy(label, probs [, eps])}, probs array<double> without NULL elements. */
  public static final class CrossEntropy_N extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropy_N(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      return probs == null ? null : InPlaceKernels.crossEntropyWithoutNulls(label, probs, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      return probs == null ? null : InPlaceKernels.crossEntropyWithoutNulls(label, probs, eps);
    }
  }

  /** {@code try_cross_entropy(label, probs [, eps])}, probs array<double> without NULL elements. */
  public static final class TryCrossEntropy_N extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropy_N(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return CrossEntropy_N.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double eps) {
      try {
        return CrossEntropy_N.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits(label, logits)}, logits array<double>. */
  public static final class CrossEntropyLogits_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogits_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData logits) {
      double[] logitsValues = VectorArgs.fromDoubleArray(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.lossFromLogits(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits(label, logits)}, logits array<double>. */
  public static final class TryCrossEntropyLogits_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogits_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData logits) {
      try {
        return CrossEntropyLogits_D.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits(label, logits)}, logits array<float>. */
  public static final class CrossEntropyLogits_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogits_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData logits) {
      double[] logitsValues = VectorArgs.fromFloatArray(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.lossFromLogits(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits(label, logits)}, logits array<float>. */
  public static final class TryCrossEntropyLogits_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogits_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData logits) {
      try {
        return CrossEntropyLogits_F.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits(label, logits)}, logits an ML vector. */
  public static final class CrossEntropyLogits_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogits_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object logits) {
      double[] logitsValues = VectorArgs.fromVectorRow(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.lossFromLogits(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits(label, logits)}, logits an ML vector. */
  public static final class TryCrossEntropyLogits_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogits_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object logits) {
      try {
        return CrossEntropyLogits_V.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<double>, probs array<double>. */
  public static final class SoftCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<double>, probs array<double>. */
  public static final class TrySoftCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropy_DD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_DD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<double>, probs array<float>. */
  public static final class SoftCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<double>, probs array<float>. */
  public static final class TrySoftCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropy_DF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_DF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<double>, probs an ML vector. */
  public static final class SoftCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, Object probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<double>, probs an ML vector. */
  public static final class TrySoftCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, Object probs) {
      try {
        return SoftCrossEntropy_DV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, Object probs, double eps) {
      try {
        return SoftCrossEntropy_DV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<float>, probs array<double>. */
  public static final class SoftCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<float>, probs array<double>. */
  public static final class TrySoftCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropy_FD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_FD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<float>, probs array<float>. */
  public static final class SoftCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<float>, probs array<float>. */
  public static final class TrySoftCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropy_FF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_FF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target array<float>, probs an ML vector. */
  public static final class SoftCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, Object probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target array<float>, probs an ML vector. */
  public static final class TrySoftCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData target, Object probs) {
      try {
        return SoftCrossEntropy_FV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData target, Object probs, double eps) {
      try {
        return SoftCrossEntropy_FV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs array<double>. */
  public static final class SoftCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs array<double>. */
  public static final class TrySoftCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, ArrayData probs) {
      try {
        return SoftCrossEntropy_VD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_VD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs array<float>. */
  public static final class SoftCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs array<float>. */
  public static final class TrySoftCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, ArrayData probs) {
      try {
        return SoftCrossEntropy_VF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropy_VF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs an ML vector. */
  public static final class SoftCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, Object probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.softLoss(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy(target, probs [, eps])}, target an ML vector, probs an ML vector. */
  public static final class TrySoftCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object target, Object probs) {
      try {
        return SoftCrossEntropy_VV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object target, Object probs, double eps) {
      try {
        return SoftCrossEntropy_VV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<double>. */
  public static final class WeightedCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<double>. */
  public static final class TryWeightedCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_DD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_DD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<float>. */
  public static final class WeightedCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<float>. */
  public static final class TryWeightedCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_DF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_DF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights an ML vector. */
  public static final class WeightedCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<double>, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights) {
      try {
        return WeightedCrossEntropy_DV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropy_DV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<double>. */
  public static final class WeightedCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<double>. */
  public static final class TryWeightedCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_FD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_FD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<float>. */
  public static final class WeightedCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<float>. */
  public static final class TryWeightedCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_FF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_FF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights an ML vector. */
  public static final class WeightedCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs array<float>, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights) {
      try {
        return WeightedCrossEntropy_FV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropy_FV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<double>. */
  public static final class WeightedCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<double>. */
  public static final class TryWeightedCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_VD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_VD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<float>. */
  public static final class WeightedCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<float>. */
  public static final class TryWeightedCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropy_VF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropy_VF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights an ML vector. */
  public static final class WeightedCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.weightedLoss(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy(label, probs, class_weights [, eps])}, probs an ML vector, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs, Object classWeights) {
      try {
        return WeightedCrossEntropy_VV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropy_VV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs array<double>. */
  public static final class MultilabelCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs array<double>. */
  public static final class TryMultilabelCrossEntropy_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_DD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_DD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs array<float>. */
  public static final class MultilabelCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs array<float>. */
  public static final class TryMultilabelCrossEntropy_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_DF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_DF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs an ML vector. */
  public static final class MultilabelCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, Object probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<double>, probs an ML vector. */
  public static final class TryMultilabelCrossEntropy_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, Object probs) {
      try {
        return MultilabelCrossEntropy_DV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropy_DV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs array<double>. */
  public static final class MultilabelCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs array<double>. */
  public static final class TryMultilabelCrossEntropy_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_FD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_FD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs array<float>. */
  public static final class MultilabelCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs array<float>. */
  public static final class TryMultilabelCrossEntropy_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_FF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_FF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs an ML vector. */
  public static final class MultilabelCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, Object probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(ArrayData labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels array<float>, probs an ML vector. */
  public static final class TryMultilabelCrossEntropy_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData labels, Object probs) {
      try {
        return MultilabelCrossEntropy_FV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropy_FV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs array<double>. */
  public static final class MultilabelCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs array<double>. */
  public static final class TryMultilabelCrossEntropy_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_VD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_VD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs array<float>. */
  public static final class MultilabelCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs array<float>. */
  public static final class TryMultilabelCrossEntropy_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropy_VF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropy_VF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs an ML vector. */
  public static final class MultilabelCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, Object probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, 1.0E-15);
    }

    public static Double invoke(Object labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.CrossEntropy.multilabelLoss(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy(labels, probs [, eps])}, labels an ML vector, probs an ML vector. */
  public static final class TryMultilabelCrossEntropy_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropy_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object labels, Object probs) {
      try {
        return MultilabelCrossEntropy_VV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropy_VV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss(label, scores)}, scores array<double>. */
  public static final class MulticlassHingeLoss_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLoss_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromDoubleArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss(label, scores)}, scores array<double>. */
  public static final class TryMulticlassHingeLoss_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLoss_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      try {
        return MulticlassHingeLoss_D.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss(label, scores)}, scores array<float>. */
  public static final class MulticlassHingeLoss_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLoss_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromFloatArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss(label, scores)}, scores array<float>. */
  public static final class TryMulticlassHingeLoss_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLoss_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      try {
        return MulticlassHingeLoss_F.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss(label, scores)}, scores an ML vector. */
  public static final class MulticlassHingeLoss_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLoss_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object scores) {
      double[] scoresValues = VectorArgs.fromVectorRow(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss(label, scores)}, scores an ML vector. */
  public static final class TryMulticlassHingeLoss_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLoss_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object scores) {
      try {
        return MulticlassHingeLoss_V.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss(label, scores)}, scores array<double>. */
  public static final class MulticlassSquaredHingeLoss_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLoss_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromDoubleArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassSquaredLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss(label, scores)}, scores array<double>. */
  public static final class TryMulticlassSquaredHingeLoss_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLoss_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      try {
        return MulticlassSquaredHingeLoss_D.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss(label, scores)}, scores array<float>. */
  public static final class MulticlassSquaredHingeLoss_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLoss_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromFloatArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassSquaredLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss(label, scores)}, scores array<float>. */
  public static final class TryMulticlassSquaredHingeLoss_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLoss_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData scores) {
      try {
        return MulticlassSquaredHingeLoss_F.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss(label, scores)}, scores an ML vector. */
  public static final class MulticlassSquaredHingeLoss_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLoss_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object scores) {
      double[] scoresValues = VectorArgs.fromVectorRow(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.HingeLoss.multiclassSquaredLoss(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss(label, scores)}, scores an ML vector. */
  public static final class TryMulticlassSquaredHingeLoss_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLoss_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object scores) {
      try {
        return MulticlassSquaredHingeLoss_V.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<double>. */
  public static final class MulticlassFocalLoss_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<double>. */
  public static final class TryMulticlassFocalLoss_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_DD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_DD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_DD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_DD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<float>. */
  public static final class MulticlassFocalLoss_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<float>. */
  public static final class TryMulticlassFocalLoss_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_DF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_DF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_DF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_DF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas an ML vector. */
  public static final class MulticlassFocalLoss_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas an ML vector. */
  public static final class TryMulticlassFocalLoss_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_DV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_DV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLoss_DV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLoss_DV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<double>. */
  public static final class MulticlassFocalLoss_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<double>. */
  public static final class TryMulticlassFocalLoss_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_FD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_FD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_FD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_FD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<float>. */
  public static final class MulticlassFocalLoss_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<float>. */
  public static final class TryMulticlassFocalLoss_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_FF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_FF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_FF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_FF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas an ML vector. */
  public static final class MulticlassFocalLoss_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas an ML vector. */
  public static final class TryMulticlassFocalLoss_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLoss_FV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLoss_FV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLoss_FV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLoss_FV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<double>. */
  public static final class MulticlassFocalLoss_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<double>. */
  public static final class TryMulticlassFocalLoss_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      try {
        return MulticlassFocalLoss_VD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLoss_VD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_VD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_VD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<float>. */
  public static final class MulticlassFocalLoss_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<float>. */
  public static final class TryMulticlassFocalLoss_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      try {
        return MulticlassFocalLoss_VF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLoss_VF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLoss_VF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLoss_VF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas an ML vector. */
  public static final class MulticlassFocalLoss_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLoss_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, 2.0, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static Double invoke(double label, Object probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.FocalLoss.multiclassLoss(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas an ML vector. */
  public static final class TryMulticlassFocalLoss_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLoss_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, Object probs) {
      try {
        return MulticlassFocalLoss_VV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLoss_VV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLoss_VV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, Object probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLoss_VV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<double>, q array<double>. */
  public static final class KlDivergence_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<double>, q array<double>. */
  public static final class TryKlDivergence_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergence_DD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergence_DD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<double>, q array<float>. */
  public static final class KlDivergence_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<double>, q array<float>. */
  public static final class TryKlDivergence_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergence_DF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergence_DF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<double>, q an ML vector. */
  public static final class KlDivergence_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, Object q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<double>, q an ML vector. */
  public static final class TryKlDivergence_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      try {
        return KlDivergence_DV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, Object q, double eps) {
      try {
        return KlDivergence_DV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<float>, q array<double>. */
  public static final class KlDivergence_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<float>, q array<double>. */
  public static final class TryKlDivergence_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergence_FD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergence_FD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<float>, q array<float>. */
  public static final class KlDivergence_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<float>, q array<float>. */
  public static final class TryKlDivergence_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergence_FF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergence_FF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p array<float>, q an ML vector. */
  public static final class KlDivergence_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(ArrayData p, Object q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p array<float>, q an ML vector. */
  public static final class TryKlDivergence_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      try {
        return KlDivergence_FV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(ArrayData p, Object q, double eps) {
      try {
        return KlDivergence_FV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p an ML vector, q array<double>. */
  public static final class KlDivergence_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(Object p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p an ML vector, q array<double>. */
  public static final class TryKlDivergence_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      try {
        return KlDivergence_VD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object p, ArrayData q, double eps) {
      try {
        return KlDivergence_VD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p an ML vector, q array<float>. */
  public static final class KlDivergence_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(Object p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p an ML vector, q array<float>. */
  public static final class TryKlDivergence_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      try {
        return KlDivergence_VF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object p, ArrayData q, double eps) {
      try {
        return KlDivergence_VF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence(p, q [, eps])}, p an ML vector, q an ML vector. */
  public static final class KlDivergence_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergence_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, Object q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, 1.0E-15);
    }

    public static Double invoke(Object p, Object q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.kl(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence(p, q [, eps])}, p an ML vector, q an ML vector. */
  public static final class TryKlDivergence_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergence_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, Object q) {
      try {
        return KlDivergence_VV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(Object p, Object q, double eps) {
      try {
        return KlDivergence_VV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<double>, q array<double>. */
  public static final class JsDivergence_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<double>, q array<double>. */
  public static final class TryJsDivergence_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergence_DD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<double>, q array<float>. */
  public static final class JsDivergence_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<double>, q array<float>. */
  public static final class TryJsDivergence_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergence_DF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<double>, q an ML vector. */
  public static final class JsDivergence_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<double>, q an ML vector. */
  public static final class TryJsDivergence_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      try {
        return JsDivergence_DV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<float>, q array<double>. */
  public static final class JsDivergence_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<float>, q array<double>. */
  public static final class TryJsDivergence_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergence_FD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<float>, q array<float>. */
  public static final class JsDivergence_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<float>, q array<float>. */
  public static final class TryJsDivergence_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergence_FF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p array<float>, q an ML vector. */
  public static final class JsDivergence_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p array<float>, q an ML vector. */
  public static final class TryJsDivergence_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(ArrayData p, Object q) {
      try {
        return JsDivergence_FV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p an ML vector, q array<double>. */
  public static final class JsDivergence_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p an ML vector, q array<double>. */
  public static final class TryJsDivergence_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      try {
        return JsDivergence_VD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p an ML vector, q array<float>. */
  public static final class JsDivergence_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p an ML vector, q array<float>. */
  public static final class TryJsDivergence_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, ArrayData q) {
      try {
        return JsDivergence_VF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence(p, q)}, p an ML vector, q an ML vector. */
  public static final class JsDivergence_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergence_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, Object q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.loss.Divergence.js(pValues, qValues);
    }
  }

  /** {@code try_js_divergence(p, q)}, p an ML vector, q an ML vector. */
  public static final class TryJsDivergence_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergence_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(Object p, Object q) {
      try {
        return JsDivergence_VV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code binary_cross_entropy_grad(label, p [, eps])}. */
  public static final class BinaryCrossEntropyGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    BinaryCrossEntropyGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double p) {
      return io.losslens.loss.BinaryCrossEntropy.gradient(label, p, 1.0E-15);
    }

    public static double invoke(double label, double p, double eps) {
      return io.losslens.loss.BinaryCrossEntropy.gradient(label, p, eps);
    }
  }

  /** {@code try_binary_cross_entropy_grad(label, p [, eps])}. */
  public static final class TryBinaryCrossEntropyGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryBinaryCrossEntropyGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double p) {
      try {
        return BinaryCrossEntropyGrad.invoke(label, p);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double eps) {
      try {
        return BinaryCrossEntropyGrad.invoke(label, p, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code binary_cross_entropy_logits_grad(label, z)}. */
  public static final class BinaryCrossEntropyLogitsGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    BinaryCrossEntropyLogitsGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double z) {
      return io.losslens.loss.BinaryCrossEntropy.gradientFromLogit(label, z);
    }
  }

  /** {@code try_binary_cross_entropy_logits_grad(label, z)}. */
  public static final class TryBinaryCrossEntropyLogitsGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryBinaryCrossEntropyLogitsGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double z) {
      try {
        return BinaryCrossEntropyLogitsGrad.invoke(label, z);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code hinge_loss_grad(label, score)}. */
  public static final class HingeLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    HingeLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double score) {
      return io.losslens.loss.HingeLoss.gradient(label, score);
    }
  }

  /** {@code try_hinge_loss_grad(label, score)}. */
  public static final class TryHingeLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryHingeLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double score) {
      try {
        return HingeLossGrad.invoke(label, score);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code squared_hinge_loss_grad(label, score)}. */
  public static final class SquaredHingeLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SquaredHingeLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double score) {
      return io.losslens.loss.HingeLoss.squaredGradient(label, score);
    }
  }

  /** {@code try_squared_hinge_loss_grad(label, score)}. */
  public static final class TrySquaredHingeLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySquaredHingeLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double score) {
      try {
        return SquaredHingeLossGrad.invoke(label, score);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}. */
  public static final class FocalLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    FocalLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double p) {
      return io.losslens.loss.FocalLoss.gradient(label, p, 0.25, 2.0, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha) {
      return io.losslens.loss.FocalLoss.gradient(label, p, alpha, 2.0, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha, double gamma) {
      return io.losslens.loss.FocalLoss.gradient(label, p, alpha, gamma, 1.0E-15);
    }

    public static double invoke(double label, double p, double alpha, double gamma, double eps) {
      return io.losslens.loss.FocalLoss.gradient(label, p, alpha, gamma, eps);
    }
  }

  /** {@code try_focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}. */
  public static final class TryFocalLossGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryFocalLossGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double p) {
      try {
        return FocalLossGrad.invoke(label, p);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha) {
      try {
        return FocalLossGrad.invoke(label, p, alpha);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha, double gamma) {
      try {
        return FocalLossGrad.invoke(label, p, alpha, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double p, double alpha, double gamma, double eps) {
      try {
        return FocalLossGrad.invoke(label, p, alpha, gamma, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}. */
  public static final class FocalLossLogitsGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    FocalLossLogitsGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static double invoke(double label, double z) {
      return io.losslens.loss.FocalLoss.gradientFromLogit(label, z, 0.25, 2.0);
    }

    public static double invoke(double label, double z, double alpha) {
      return io.losslens.loss.FocalLoss.gradientFromLogit(label, z, alpha, 2.0);
    }

    public static double invoke(double label, double z, double alpha, double gamma) {
      return io.losslens.loss.FocalLoss.gradientFromLogit(label, z, alpha, gamma);
    }
  }

  /** {@code try_focal_loss_logits_grad(label, z [, alpha [, gamma]])}. */
  public static final class TryFocalLossLogitsGrad extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryFocalLossLogitsGrad(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static Double invoke(double label, double z) {
      try {
        return FocalLossLogitsGrad.invoke(label, z);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double z, double alpha) {
      try {
        return FocalLossLogitsGrad.invoke(label, z, alpha);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static Double invoke(double label, double z, double alpha, double gamma) {
      try {
        return FocalLossLogitsGrad.invoke(label, z, alpha, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_grad(label, probs [, eps])}, probs array<double>. */
  public static final class CrossEntropyGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, eps);
    }
  }

  /** {@code try_cross_entropy_grad(label, probs [, eps])}, probs array<double>. */
  public static final class TryCrossEntropyGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return CrossEntropyGrad_D.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double eps) {
      try {
        return CrossEntropyGrad_D.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_grad(label, probs [, eps])}, probs array<float>. */
  public static final class CrossEntropyGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, eps);
    }
  }

  /** {@code try_cross_entropy_grad(label, probs [, eps])}, probs array<float>. */
  public static final class TryCrossEntropyGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return CrossEntropyGrad_F.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double eps) {
      try {
        return CrossEntropyGrad_F.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_grad(label, probs [, eps])}, probs an ML vector. */
  public static final class CrossEntropyGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyGrad(label, probsValues, eps);
    }
  }

  /** {@code try_cross_entropy_grad(label, probs [, eps])}, probs an ML vector. */
  public static final class TryCrossEntropyGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      try {
        return CrossEntropyGrad_V.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double eps) {
      try {
        return CrossEntropyGrad_V.invoke(label, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits_grad(label, logits)}, logits array<double>. */
  public static final class CrossEntropyLogitsGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogitsGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData logits) {
      double[] logitsValues = VectorArgs.fromDoubleArray(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyLogitsGrad(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits_grad(label, logits)}, logits array<double>. */
  public static final class TryCrossEntropyLogitsGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogitsGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData logits) {
      try {
        return CrossEntropyLogitsGrad_D.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits_grad(label, logits)}, logits array<float>. */
  public static final class CrossEntropyLogitsGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogitsGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData logits) {
      double[] logitsValues = VectorArgs.fromFloatArray(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyLogitsGrad(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits_grad(label, logits)}, logits array<float>. */
  public static final class TryCrossEntropyLogitsGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogitsGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData logits) {
      try {
        return CrossEntropyLogitsGrad_F.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code cross_entropy_logits_grad(label, logits)}, logits an ML vector. */
  public static final class CrossEntropyLogitsGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    CrossEntropyLogitsGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object logits) {
      double[] logitsValues = VectorArgs.fromVectorRow(logits);
      if (logitsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.crossEntropyLogitsGrad(label, logitsValues);
    }
  }

  /** {@code try_cross_entropy_logits_grad(label, logits)}, logits an ML vector. */
  public static final class TryCrossEntropyLogitsGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryCrossEntropyLogitsGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object logits) {
      try {
        return CrossEntropyLogitsGrad_V.invoke(label, logits);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs array<double>. */
  public static final class SoftCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs array<double>. */
  public static final class TrySoftCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_DD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_DD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs array<float>. */
  public static final class SoftCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs array<float>. */
  public static final class TrySoftCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_DF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_DF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs an ML vector. */
  public static final class SoftCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, Object probs) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromDoubleArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<double>, probs an ML vector. */
  public static final class TrySoftCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, Object probs) {
      try {
        return SoftCrossEntropyGrad_DV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, Object probs, double eps) {
      try {
        return SoftCrossEntropyGrad_DV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs array<double>. */
  public static final class SoftCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs array<double>. */
  public static final class TrySoftCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_FD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_FD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs array<float>. */
  public static final class SoftCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs array<float>. */
  public static final class TrySoftCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_FF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_FF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs an ML vector. */
  public static final class SoftCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, Object probs) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromFloatArray(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target array<float>, probs an ML vector. */
  public static final class TrySoftCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData target, Object probs) {
      try {
        return SoftCrossEntropyGrad_FV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData target, Object probs, double eps) {
      try {
        return SoftCrossEntropyGrad_FV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs array<double>. */
  public static final class SoftCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs array<double>. */
  public static final class TrySoftCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_VD.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_VD.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs array<float>. */
  public static final class SoftCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, ArrayData probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object target, ArrayData probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs array<float>. */
  public static final class TrySoftCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, ArrayData probs) {
      try {
        return SoftCrossEntropyGrad_VF.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object target, ArrayData probs, double eps) {
      try {
        return SoftCrossEntropyGrad_VF.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs an ML vector. */
  public static final class SoftCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    SoftCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, Object probs) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object target, Object probs, double eps) {
      double[] targetValues = VectorArgs.fromVectorRow(target);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (targetValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.softCrossEntropyGrad(targetValues, probsValues, eps);
    }
  }

  /** {@code try_soft_cross_entropy_grad(target, probs [, eps])}, target an ML vector, probs an ML vector. */
  public static final class TrySoftCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TrySoftCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object target, Object probs) {
      try {
        return SoftCrossEntropyGrad_VV.invoke(target, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object target, Object probs, double eps) {
      try {
        return SoftCrossEntropyGrad_VV.invoke(target, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<double>. */
  public static final class WeightedCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<double>. */
  public static final class TryWeightedCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_DD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_DD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<float>. */
  public static final class WeightedCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights array<float>. */
  public static final class TryWeightedCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_DF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_DF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights an ML vector. */
  public static final class WeightedCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<double>, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights) {
      try {
        return WeightedCrossEntropyGrad_DV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_DV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<double>. */
  public static final class WeightedCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<double>. */
  public static final class TryWeightedCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_FD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_FD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<float>. */
  public static final class WeightedCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights array<float>. */
  public static final class TryWeightedCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_FF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_FF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights an ML vector. */
  public static final class WeightedCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs array<float>, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights) {
      try {
        return WeightedCrossEntropyGrad_FV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_FV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<double>. */
  public static final class WeightedCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromDoubleArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<double>. */
  public static final class TryWeightedCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_VD.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_VD.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<float>. */
  public static final class WeightedCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromFloatArray(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights array<float>. */
  public static final class TryWeightedCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights) {
      try {
        return WeightedCrossEntropyGrad_VF.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, ArrayData classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_VF.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights an ML vector. */
  public static final class WeightedCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    WeightedCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, Object classWeights) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, Object classWeights, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] classWeightsValues = VectorArgs.fromVectorRow(classWeights);
      if (probsValues == null || classWeightsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.weightedCrossEntropyGrad(label, probsValues, classWeightsValues, eps);
    }
  }

  /** {@code try_weighted_cross_entropy_grad(label, probs, class_weights [, eps])}, probs an ML vector, class_weights an ML vector. */
  public static final class TryWeightedCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryWeightedCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs, Object classWeights) {
      try {
        return WeightedCrossEntropyGrad_VV.invoke(label, probs, classWeights);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, Object classWeights, double eps) {
      try {
        return WeightedCrossEntropyGrad_VV.invoke(label, probs, classWeights, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs array<double>. */
  public static final class MultilabelCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs array<double>. */
  public static final class TryMultilabelCrossEntropyGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_DD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_DD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs array<float>. */
  public static final class MultilabelCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs array<float>. */
  public static final class TryMultilabelCrossEntropyGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_DF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_DF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs an ML vector. */
  public static final class MultilabelCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, Object probs) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromDoubleArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<double>, probs an ML vector. */
  public static final class TryMultilabelCrossEntropyGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, Object probs) {
      try {
        return MultilabelCrossEntropyGrad_DV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_DV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs array<double>. */
  public static final class MultilabelCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs array<double>. */
  public static final class TryMultilabelCrossEntropyGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_FD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_FD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs array<float>. */
  public static final class MultilabelCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs array<float>. */
  public static final class TryMultilabelCrossEntropyGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_FF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_FF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs an ML vector. */
  public static final class MultilabelCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, Object probs) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromFloatArray(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels array<float>, probs an ML vector. */
  public static final class TryMultilabelCrossEntropyGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData labels, Object probs) {
      try {
        return MultilabelCrossEntropyGrad_FV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_FV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs array<double>. */
  public static final class MultilabelCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs array<double>. */
  public static final class TryMultilabelCrossEntropyGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_VD.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_VD.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs array<float>. */
  public static final class MultilabelCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, ArrayData probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object labels, ArrayData probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs array<float>. */
  public static final class TryMultilabelCrossEntropyGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, ArrayData probs) {
      try {
        return MultilabelCrossEntropyGrad_VF.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object labels, ArrayData probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_VF.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs an ML vector. */
  public static final class MultilabelCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MultilabelCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, Object probs) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, 1.0E-15);
    }

    public static ArrayData invoke(Object labels, Object probs, double eps) {
      double[] labelsValues = VectorArgs.fromVectorRow(labels);
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (labelsValues == null || probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multilabelCrossEntropyGrad(labelsValues, probsValues, eps);
    }
  }

  /** {@code try_multilabel_cross_entropy_grad(labels, probs [, eps])}, labels an ML vector, probs an ML vector. */
  public static final class TryMultilabelCrossEntropyGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMultilabelCrossEntropyGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object labels, Object probs) {
      try {
        return MultilabelCrossEntropyGrad_VV.invoke(labels, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object labels, Object probs, double eps) {
      try {
        return MultilabelCrossEntropyGrad_VV.invoke(labels, probs, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss_grad(label, scores)}, scores array<double>. */
  public static final class MulticlassHingeLossGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLossGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromDoubleArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss_grad(label, scores)}, scores array<double>. */
  public static final class TryMulticlassHingeLossGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLossGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      try {
        return MulticlassHingeLossGrad_D.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss_grad(label, scores)}, scores array<float>. */
  public static final class MulticlassHingeLossGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLossGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromFloatArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss_grad(label, scores)}, scores array<float>. */
  public static final class TryMulticlassHingeLossGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLossGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      try {
        return MulticlassHingeLossGrad_F.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_hinge_loss_grad(label, scores)}, scores an ML vector. */
  public static final class MulticlassHingeLossGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassHingeLossGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object scores) {
      double[] scoresValues = VectorArgs.fromVectorRow(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_hinge_loss_grad(label, scores)}, scores an ML vector. */
  public static final class TryMulticlassHingeLossGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassHingeLossGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object scores) {
      try {
        return MulticlassHingeLossGrad_V.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss_grad(label, scores)}, scores array<double>. */
  public static final class MulticlassSquaredHingeLossGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLossGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromDoubleArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassSquaredHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss_grad(label, scores)}, scores array<double>. */
  public static final class TryMulticlassSquaredHingeLossGrad_D extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLossGrad_D(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      try {
        return MulticlassSquaredHingeLossGrad_D.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss_grad(label, scores)}, scores array<float>. */
  public static final class MulticlassSquaredHingeLossGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLossGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      double[] scoresValues = VectorArgs.fromFloatArray(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassSquaredHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss_grad(label, scores)}, scores array<float>. */
  public static final class TryMulticlassSquaredHingeLossGrad_F extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLossGrad_F(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData scores) {
      try {
        return MulticlassSquaredHingeLossGrad_F.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_squared_hinge_loss_grad(label, scores)}, scores an ML vector. */
  public static final class MulticlassSquaredHingeLossGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassSquaredHingeLossGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object scores) {
      double[] scoresValues = VectorArgs.fromVectorRow(scores);
      if (scoresValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassSquaredHingeLossGrad(label, scoresValues);
    }
  }

  /** {@code try_multiclass_squared_hinge_loss_grad(label, scores)}, scores an ML vector. */
  public static final class TryMulticlassSquaredHingeLossGrad_V extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassSquaredHingeLossGrad_V(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object scores) {
      try {
        return MulticlassSquaredHingeLossGrad_V.invoke(label, scores);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<double>. */
  public static final class MulticlassFocalLossGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<double>. */
  public static final class TryMulticlassFocalLossGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_DD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_DD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_DD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_DD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<float>. */
  public static final class MulticlassFocalLossGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas array<float>. */
  public static final class TryMulticlassFocalLossGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_DF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_DF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_DF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_DF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas an ML vector. */
  public static final class MulticlassFocalLossGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromDoubleArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<double>, alphas an ML vector. */
  public static final class TryMulticlassFocalLossGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_DV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_DV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLossGrad_DV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_DV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<double>. */
  public static final class MulticlassFocalLossGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<double>. */
  public static final class TryMulticlassFocalLossGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_FD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_FD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_FD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_FD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<float>. */
  public static final class MulticlassFocalLossGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas array<float>. */
  public static final class TryMulticlassFocalLossGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_FF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_FF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_FF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_FF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas an ML vector. */
  public static final class MulticlassFocalLossGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromFloatArray(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs array<float>, alphas an ML vector. */
  public static final class TryMulticlassFocalLossGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, ArrayData probs) {
      try {
        return MulticlassFocalLossGrad_FV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_FV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLossGrad_FV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, ArrayData probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_FV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<double>. */
  public static final class MulticlassFocalLossGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromDoubleArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<double>. */
  public static final class TryMulticlassFocalLossGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      try {
        return MulticlassFocalLossGrad_VD.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_VD.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_VD.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_VD.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<float>. */
  public static final class MulticlassFocalLossGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromFloatArray(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas array<float>. */
  public static final class TryMulticlassFocalLossGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      try {
        return MulticlassFocalLossGrad_VF.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_VF.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas) {
      try {
        return MulticlassFocalLossGrad_VF.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, ArrayData alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_VF.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas an ML vector. */
  public static final class MulticlassFocalLossGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    MulticlassFocalLossGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, 2.0, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      if (probsValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, Object alphas) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, 1.0E-15);
    }

    public static ArrayData invoke(double label, Object probs, double gamma, Object alphas, double eps) {
      double[] probsValues = VectorArgs.fromVectorRow(probs);
      double[] alphasValues = VectorArgs.fromVectorRow(alphas);
      if (probsValues == null || alphasValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.multiclassFocalLossGrad(label, probsValues, gamma, alphasValues, eps);
    }
  }

  /** {@code try_multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}, probs an ML vector, alphas an ML vector. */
  public static final class TryMulticlassFocalLossGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryMulticlassFocalLossGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(double label, Object probs) {
      try {
        return MulticlassFocalLossGrad_VV.invoke(label, probs);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma) {
      try {
        return MulticlassFocalLossGrad_VV.invoke(label, probs, gamma);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, Object alphas) {
      try {
        return MulticlassFocalLossGrad_VV.invoke(label, probs, gamma, alphas);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(double label, Object probs, double gamma, Object alphas, double eps) {
      try {
        return MulticlassFocalLossGrad_VV.invoke(label, probs, gamma, alphas, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<double>, q array<double>. */
  public static final class KlDivergenceGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<double>, q array<double>. */
  public static final class TryKlDivergenceGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergenceGrad_DD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_DD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<double>, q array<float>. */
  public static final class KlDivergenceGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<double>, q array<float>. */
  public static final class TryKlDivergenceGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergenceGrad_DF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_DF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<double>, q an ML vector. */
  public static final class KlDivergenceGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, Object q, double eps) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<double>, q an ML vector. */
  public static final class TryKlDivergenceGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      try {
        return KlDivergenceGrad_DV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, Object q, double eps) {
      try {
        return KlDivergenceGrad_DV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<float>, q array<double>. */
  public static final class KlDivergenceGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<float>, q array<double>. */
  public static final class TryKlDivergenceGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergenceGrad_FD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_FD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<float>, q array<float>. */
  public static final class KlDivergenceGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<float>, q array<float>. */
  public static final class TryKlDivergenceGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return KlDivergenceGrad_FF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_FF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p array<float>, q an ML vector. */
  public static final class KlDivergenceGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(ArrayData p, Object q, double eps) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p array<float>, q an ML vector. */
  public static final class TryKlDivergenceGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      try {
        return KlDivergenceGrad_FV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(ArrayData p, Object q, double eps) {
      try {
        return KlDivergenceGrad_FV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p an ML vector, q array<double>. */
  public static final class KlDivergenceGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(Object p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p an ML vector, q array<double>. */
  public static final class TryKlDivergenceGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      try {
        return KlDivergenceGrad_VD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_VD.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p an ML vector, q array<float>. */
  public static final class KlDivergenceGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(Object p, ArrayData q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p an ML vector, q array<float>. */
  public static final class TryKlDivergenceGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      try {
        return KlDivergenceGrad_VF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object p, ArrayData q, double eps) {
      try {
        return KlDivergenceGrad_VF.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code kl_divergence_grad(p, q [, eps])}, p an ML vector, q an ML vector. */
  public static final class KlDivergenceGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    KlDivergenceGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, Object q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, 1.0E-15);
    }

    public static ArrayData invoke(Object p, Object q, double eps) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.klDivergenceGrad(pValues, qValues, eps);
    }
  }

  /** {@code try_kl_divergence_grad(p, q [, eps])}, p an ML vector, q an ML vector. */
  public static final class TryKlDivergenceGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryKlDivergenceGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, Object q) {
      try {
        return KlDivergenceGrad_VV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }

    public static ArrayData invoke(Object p, Object q, double eps) {
      try {
        return KlDivergenceGrad_VV.invoke(p, q, eps);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<double>, q array<double>. */
  public static final class JsDivergenceGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<double>, q array<double>. */
  public static final class TryJsDivergenceGrad_DD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_DD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergenceGrad_DD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<double>, q array<float>. */
  public static final class JsDivergenceGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<double>, q array<float>. */
  public static final class TryJsDivergenceGrad_DF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_DF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergenceGrad_DF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<double>, q an ML vector. */
  public static final class JsDivergenceGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromDoubleArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<double>, q an ML vector. */
  public static final class TryJsDivergenceGrad_DV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_DV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      try {
        return JsDivergenceGrad_DV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<float>, q array<double>. */
  public static final class JsDivergenceGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<float>, q array<double>. */
  public static final class TryJsDivergenceGrad_FD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_FD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergenceGrad_FD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<float>, q array<float>. */
  public static final class JsDivergenceGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<float>, q array<float>. */
  public static final class TryJsDivergenceGrad_FF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_FF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, ArrayData q) {
      try {
        return JsDivergenceGrad_FF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p array<float>, q an ML vector. */
  public static final class JsDivergenceGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      double[] pValues = VectorArgs.fromFloatArray(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p array<float>, q an ML vector. */
  public static final class TryJsDivergenceGrad_FV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_FV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(ArrayData p, Object q) {
      try {
        return JsDivergenceGrad_FV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p an ML vector, q array<double>. */
  public static final class JsDivergenceGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromDoubleArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p an ML vector, q array<double>. */
  public static final class TryJsDivergenceGrad_VD extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_VD(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      try {
        return JsDivergenceGrad_VD.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p an ML vector, q array<float>. */
  public static final class JsDivergenceGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromFloatArray(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p an ML vector, q array<float>. */
  public static final class TryJsDivergenceGrad_VF extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_VF(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, ArrayData q) {
      try {
        return JsDivergenceGrad_VF.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }

  /** {@code js_divergence_grad(p, q)}, p an ML vector, q an ML vector. */
  public static final class JsDivergenceGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    JsDivergenceGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, Object q) {
      double[] pValues = VectorArgs.fromVectorRow(p);
      double[] qValues = VectorArgs.fromVectorRow(q);
      if (pValues == null || qValues == null) {
        return null; // a NULL vector or element
      }
      return io.losslens.spark.functions.VectorResults.jsDivergenceGrad(pValues, qValues);
    }
  }

  /** {@code try_js_divergence_grad(p, q)}, p an ML vector, q an ML vector. */
  public static final class TryJsDivergenceGrad_VV extends BoundLoss {
    private static final long serialVersionUID = 1L;

    TryJsDivergenceGrad_VV(String name, DataType[] inputTypes, DataType resultType) {
      super(name, inputTypes, resultType);
    }

    public static ArrayData invoke(Object p, Object q) {
      try {
        return JsDivergenceGrad_VV.invoke(p, q);
      } catch (LossInputException e) {
        return null;
      }
    }
  }
}
