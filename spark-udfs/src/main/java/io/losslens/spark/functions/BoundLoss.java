package io.losslens.spark.functions;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.connector.catalog.functions.ScalarFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.UserDefinedType;

/**
 * A catalog function bound to its argument types. Each subclass in {@link BoundLosses} serves
 * one function and one vector representation per vector argument, and declares a
 * {@code public static invoke} for each arity whose parameter types are exactly the Java types
 * Spark maps the declared input types to ({@code double}, {@code ArrayData}, {@code Object} for
 * an ML vector), so Spark compiles every call into a {@code staticinvoke} of it.
 * {@link #produceResult} is the row-at-a-time fallback Spark would use without one; it calls the
 * same {@code invoke}.
 */
public abstract class BoundLoss implements ScalarFunction<Object>, Serializable {
  private static final long serialVersionUID = 1L;
  /**
   * The letter of an {@code array<double>} whose type rules out NULL elements, for functions
   * read in place: their bound classes skip the scan for NULL elements (a NULL array still
   * reaches {@code invoke}, as Spark passes it, and gives NULL).
   */
  public static final char DOUBLE_ARRAY_WITHOUT_NULLS = 'N';
  private final String name;
  private final DataType[] inputTypes;
  private final DataType resultType;
  private transient Method invoke;

  protected BoundLoss(String name, DataType[] inputTypes, DataType resultType) {
    this.name = name;
    this.inputTypes = inputTypes.clone();
    this.resultType = resultType;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String canonicalName() {
    return "losslens." + name + Arrays.stream(inputTypes).map(DataType::simpleString)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public DataType[] inputTypes() {
    return inputTypes.clone();
  }

  @Override
  public DataType resultType() {
    return resultType;
  }

  @Override
  public Object produceResult(InternalRow input) {
    Object[] args = new Object[inputTypes.length];
    for (int i = 0; i < args.length; i++) {
      if (input.isNullAt(i)) {
        if (inputTypes[i] == DataTypes.DoubleType) {
          return null; // as the static call: a NULL number makes the result NULL
        }
        continue;
      }
      DataType type = inputTypes[i];
      args[i] = input.get(i, type instanceof UserDefinedType
          ? ((UserDefinedType<?>) type).sqlType() : type);
    }
    try {
      return invokeMethod().invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(name + ": " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The letter of a vector argument's representation in a bound class name: {@code D} for
   * {@code array<double>} (an omitted vector argument too), {@code F} for {@code array<float>},
   * {@code V} for an ML vector; see also {@link #DOUBLE_ARRAY_WITHOUT_NULLS}.
   */
  public static char representation(VectorInput input) {
    switch (input) {
      case FLOAT_ARRAY:
        return 'F';
      case ML_VECTOR:
        return 'V';
      default:
        return 'D';
    }
  }

  /**
   * The simple name of the bound class in {@link BoundLosses}: the function in camel case, with
   * {@code Try} in front for the twin, and {@code _} and one letter per vector argument after
   * it: {@code CrossEntropy_D}, {@code TryKlDivergence_VF}, {@code CrossEntropy_N},
   * {@code FocalLoss}.
   */
  public static String className(LossFunction function, boolean tryTwin, String representation) {
    StringBuilder s = new StringBuilder(tryTwin ? "Try" : "");
    for (String part : function.name().split("_")) {
      s.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return representation.isEmpty() ? s.toString() : s.append('_').append(representation).toString();
  }

  /** The Java class Spark passes a value of {@code type} as. */
  public static Class<?> javaClass(DataType type) {
    if (type == DataTypes.DoubleType) {
      return double.class;
    }
    return type instanceof ArrayType ? ArrayData.class : Object.class;
  }

  private Method invokeMethod() {
    if (invoke == null) {
      Class<?>[] parameters = Arrays.stream(inputTypes).map(BoundLoss::javaClass)
          .toArray(Class<?>[]::new);
      try {
        invoke = getClass().getMethod(MAGIC_METHOD_NAME, parameters);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(getClass().getName() + " has no invoke"
            + Arrays.toString(parameters), e);
      }
    }
    return invoke;
  }
}
