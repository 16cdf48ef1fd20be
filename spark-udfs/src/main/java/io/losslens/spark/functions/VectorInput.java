package io.losslens.spark.functions;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.UserDefinedType;

/**
 * The SQL types a vector argument may have, and how each reaches a kernel's {@code double[]}:
 * the one place that decides which types are vectors, for session functions and the catalog.
 */
public enum VectorInput {
  /** {@code array<double>}: read as is. */
  DOUBLE_ARRAY,
  /** {@code array<float>}: widened exactly, element by element. */
  FLOAT_ARRAY,
  /**
   * Any other numeric array (literals such as {@code array(0.1, 0.7)} are decimal arrays,
   * {@code array(1, 0)} integer arrays) or an untyped NULL: cast to {@code array<double>} first.
   */
  CAST_TO_DOUBLE_ARRAY,
  /** A Spark ML (or old MLlib) {@code Vector}, dense or sparse, in its internal row form. */
  ML_VECTOR;

  private static final String ML_VECTOR_UDT = "org.apache.spark.ml.linalg.VectorUDT";
  private static final String MLLIB_VECTOR_UDT = "org.apache.spark.mllib.linalg.VectorUDT";

  /** What a vector argument of SQL type {@code type} is, or {@code null} if it cannot be one. */
  public static VectorInput of(DataType type) {
    if (type instanceof ArrayType) {
      DataType element = ((ArrayType) type).elementType();
      if (element == DataTypes.DoubleType) {
        return DOUBLE_ARRAY;
      }
      if (element == DataTypes.FloatType) {
        return FLOAT_ARRAY;
      }
      if (element instanceof NumericType || element instanceof NullType) {
        return CAST_TO_DOUBLE_ARRAY;
      }
    } else if (type instanceof UserDefinedType) {
      String udt = type.getClass().getName();
      if (udt.equals(ML_VECTOR_UDT) || udt.equals(MLLIB_VECTOR_UDT)) {
        return ML_VECTOR;
      }
    } else if (type instanceof NullType) {
      return CAST_TO_DOUBLE_ARRAY;
    }
    return null;
  }

  /**
   * Whether a value of {@code type} (a vector type) may hold NULL elements: an array whose type
   * allows them, or a NULL cast to one; a Spark ML vector's values never do.
   */
  public static boolean mayHoldNullElements(DataType type) {
    return type instanceof ArrayType ? ((ArrayType) type).containsNull() : of(type) != ML_VECTOR;
  }

  /** What {@code of} accepts, for error messages. */
  public static final String EXPECTED = "array<double>, array<float> or a Spark ML vector";
}
