package io.losslens.spark.functions;

import java.lang.reflect.InvocationTargetException;
import org.apache.spark.sql.connector.catalog.functions.BoundFunction;
import org.apache.spark.sql.connector.catalog.functions.UnboundFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A LossLens function (or its {@code try_} twin) as a catalog function: {@link #bind} checks the
 * call's argument types with the same rules and messages as the session functions, and picks
 * the {@link BoundLoss} generated for the representation of each vector argument:
 * {@code array<double>} (and other numeric arrays, which Spark casts to it), {@code array<float>},
 * or an ML vector. Numbers are declared {@code double}, so Spark widens them. A function read in
 * place ({@link LossFunction#inPlaceTarget}) whose vectors are all {@code array<double>} of a
 * type that rules out NULL elements gets the binding that does not scan for them.
 */
public final class UnboundLoss implements UnboundFunction {
  private final LossFunction function;
  private final boolean tryTwin;

  public UnboundLoss(LossFunction function, boolean tryTwin) {
    this.function = function;
    this.tryTwin = tryTwin;
  }

  @Override
  public String name() {
    return tryTwin ? function.tryName() : function.name();
  }

  @Override
  public String description() {
    return FunctionDocs.description(function, tryTwin);
  }

  @Override
  public BoundFunction bind(StructType inputType) {
    StructField[] fields = inputType.fields();
    CallBuilder.checkArity(function, name(), fields.length);
    DataType[] declared = new DataType[fields.length];
    StringBuilder representation = new StringBuilder();
    boolean arraysWithoutNulls = function.inPlaceTarget() != null;
    for (int i = 0; i < function.params().size(); i++) {
      Param param = function.params().get(i);
      DataType type = i < fields.length ? fields[i].dataType() : null;
      if (param.kind() == Param.Kind.NUMBER) {
        if (type != null) {
          CallBuilder.checkNumber(name(), i, param.name(), type);
          declared[i] = DataTypes.DoubleType;
        }
        continue;
      }
      VectorInput input = type == null ? VectorInput.DOUBLE_ARRAY : VectorInput.of(type);
      if (input == null) {
        throw CallBuilder.typeError(name(), i, param.name(), VectorInput.EXPECTED, type);
      }
      char letter = BoundLoss.representation(input);
      representation.append(letter);
      arraysWithoutNulls &= letter == 'D' && type != null
          && !VectorInput.mayHoldNullElements(type);
      if (type != null) {
        declared[i] = declaredVector(input, type);
      }
    }
    String letters = arraysWithoutNulls
        ? String.valueOf(BoundLoss.DOUBLE_ARRAY_WITHOUT_NULLS).repeat(representation.length())
        : representation.toString();
    return newBound(BoundLoss.className(function, tryTwin, letters), declared);
  }

  /** The declared type of a vector argument: Spark casts the argument to it if needed. */
  private static DataType declaredVector(VectorInput input, DataType type) {
    switch (input) {
      case ML_VECTOR:
        return type;
      case FLOAT_ARRAY:
        return DataTypes.createArrayType(DataTypes.FloatType,
            VectorInput.mayHoldNullElements(type));
      default:
        return DataTypes.createArrayType(DataTypes.DoubleType,
            VectorInput.mayHoldNullElements(type));
    }
  }

  private BoundLoss newBound(String className, DataType[] declared) {
    try {
      return (BoundLoss) Class.forName(BoundLosses.class.getName() + "$" + className)
          .getDeclaredConstructor(String.class, DataType[].class, DataType.class)
          .newInstance(name(), declared, CallBuilder.resultType(function));
    } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
        | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("no bound function " + className + " for " + name(), e);
    }
  }
}
