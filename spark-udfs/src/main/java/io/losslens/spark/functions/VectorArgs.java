package io.losslens.spark.functions;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.Platform;

/**
 * Turns a SQL vector value into the {@code double[]} the kernels take. Each method is the
 * target of a {@code staticinvoke} in generated code, so it sees Spark's internal values: no
 * boxing, one copy. A NULL element makes the whole vector NULL (and so the function's result),
 * and so does a NULL vector (a catalog function's {@code invoke} receives it as {@code null}).
 */
public final class VectorArgs {
  /** {@code VectorUDT.sqlType}: {@code struct<type: tinyint, size: int, indices: array<int>, values: array<double>>}. */
  private static final byte SPARSE = 0;
  /** The fields of that struct. */
  public static final int VECTOR_FIELDS = 4;

  private VectorArgs() {}

  /** An {@code array<double>} whose type allows NULL elements. */
  public static double[] fromDoubleArray(ArrayData array) {
    return array == null || hasNullElement(array) ? null : array.toDoubleArray();
  }

  /** An {@code array<double>} whose type rules out NULL elements: no scan for them. */
  public static double[] fromDoubleArrayWithoutNulls(ArrayData array) {
    return array.toDoubleArray();
  }

  /** An {@code array<float>} whose type allows NULL elements. */
  public static double[] fromFloatArray(ArrayData array) {
    return array == null || hasNullElement(array) ? null : fromFloatArrayWithoutNulls(array);
  }

  /** An {@code array<float>} whose type rules out NULL elements, widened exactly. */
  public static double[] fromFloatArrayWithoutNulls(ArrayData array) {
    double[] out = new double[array.numElements()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.getFloat(i);
    }
    return out;
  }

  /**
   * A Spark ML (or old MLlib) {@code Vector} in its internal row form, dense or sparse. Typed
   * {@code Object} because Spark looks a UDT argument's method up by {@code Object}.
   */
  public static double[] fromVectorRow(Object vectorRow) {
    if (vectorRow == null) {
      return null;
    }
    InternalRow vector = (InternalRow) vectorRow;
    return isSparse(vector) ? expand(vector) : vector.getArray(3).toDoubleArray();
  }

  /**
   * The values of a non-NULL vector in its internal row form as Spark's {@code array<double>}: a
   * dense vector's as they lie in the row (no copy), a sparse vector's expanded. No NULL elements.
   */
  public static ArrayData valuesOf(Object vectorRow) {
    InternalRow vector = (InternalRow) vectorRow;
    return isSparse(vector) ? UnsafeArrayData.fromPrimitiveArray(expand(vector))
        : vector.getArray(3);
  }

  private static boolean isSparse(InternalRow vector) {
    return vector.getByte(0) == SPARSE;
  }

  /** A sparse vector's values, zeros included. */
  private static double[] expand(InternalRow sparse) {
    ArrayData values = sparse.getArray(3);
    ArrayData indices = sparse.getArray(2);
    double[] out = new double[sparse.getInt(1)];
    for (int k = 0; k < values.numElements(); k++) {
      out[indices.getInt(k)] = values.getDouble(k);
    }
    return out;
  }

  /**
   * Where the values of Spark's own array form start, as an offset from its base object: after
   * the element count and the null bits. Read them with {@code Platform.getDouble} (or
   * {@code getLong} for the raw bits) at {@code 8 * i} beyond it.
   */
  public static long valuesOffset(UnsafeArrayData array) {
    return valuesOffset(array.getBaseOffset(), array.numElements());
  }

  /** {@link #valuesOffset(UnsafeArrayData)} of the array of that form at {@code start}. */
  public static long valuesOffset(long start, int numElements) {
    return start + UnsafeArrayData.calculateHeaderPortionInBytes(numElements);
  }

  /** The element count of the array of Spark's own form at {@code start} of {@code base}. */
  public static int numElements(Object base, long start) {
    // an 8-byte count, as UnsafeArrayData.pointTo reads it
    return (int) Platform.getLong(base, start);
  }

  /** Whether the array holds a NULL element. */
  public static boolean hasNullElement(ArrayData array) {
    if (array instanceof UnsafeArrayData) {
      UnsafeArrayData unsafe = (UnsafeArrayData) array;
      return hasNullElement(unsafe.getBaseObject(), unsafe.getBaseOffset(),
          unsafe.numElements());
    }
    for (int i = 0, n = array.numElements(); i < n; i++) {
      if (array.isNullAt(i)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #hasNullElement(ArrayData)} of the array of Spark's own form at {@code start}. */
  public static boolean hasNullElement(Object base, long start, int numElements) {
    // the null bits follow the 8-byte element count: test them a word at a time
    long end = valuesOffset(start, numElements);
    for (long word = start + 8; word < end; word += 8) {
      if (Platform.getLong(base, word) != 0) {
        return true;
      }
    }
    return false;
  }
}
