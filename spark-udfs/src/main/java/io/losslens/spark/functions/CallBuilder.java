package io.losslens.spark.functions;

import io.losslens.loss.LossInputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.TryEval;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.ObjectType;

/**
 * Turns a call of a registered loss function into a Catalyst expression, given the resolved
 * argument expressions: checks arity and types, widens numbers to double, converts vectors to
 * {@code double[]}, fills defaults, checks constant parameters once (at analysis), and calls the kernel through
 * {@code staticinvoke} (a direct static call in generated code). The {@code try_} twin is the
 * same call inside {@code TryEval}.
 */
public final class CallBuilder extends FunctionBuilder {
  private static final long serialVersionUID = 1L;
  private static final DataType VECTOR_ARG = new ObjectType(double[].class);

  private final LossFunction function;
  private final boolean tryTwin;

  public CallBuilder(LossFunction function, boolean tryTwin) {
    this.function = function;
    this.tryTwin = tryTwin;
  }

  /** The SQL result type of the function. */
  public static DataType resultType(LossFunction function) {
    return function.result() == LossFunction.Result.DOUBLE
        ? DataTypes.DoubleType : DataTypes.createArrayType(DataTypes.DoubleType, false);
  }

  @Override
  protected Expression build(List<Expression> args) {
    String name = tryTwin ? function.tryName() : function.name();
    checkArity(function, name, args.size());
    List<Param> params = function.params();
    InPlace inPlace = inPlace(args);
    List<Expression> call = new ArrayList<>();
    boolean nullConstant = false;
    boolean failingConstant = false;
    LossInputException invalidConstant = null;
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      if (i >= args.size()) {
        if (param.defaultValue() != null) {
          call.add(Literal.create(param.defaultValue(), DataTypes.DoubleType));
        }
        continue;
      }
      Expression arg = args.get(i);
      Expression converted = param.kind() == Param.Kind.NUMBER
          ? number(name, i, param.name(), arg) : vector(name, i, param.name(), arg);
      if (param.kind() == Param.Kind.VECTOR && inPlace != InPlace.NONE) {
        // the in-place kernels read an array<double>, an array<float> or an ML vector's row as
        // it is
        call.add(inPlace == InPlace.ARRAYS ? doubleArray(arg) : arg);
      } else {
        call.add(converted);
      }
      if (arg.foldable()) {
        Object value;
        try {
          value = converted.eval(null);
        } catch (RuntimeException e) {
          if (!tryTwin) {
            throw e;
          }
          // the argument itself fails (with ANSI on: CAST('x' AS INT), 1 / 0); the twin's
          // TryEval would give NULL for every row, as it does when such an argument is a column
          failingConstant = true;
          continue;
        }
        if (value == null) {
          nullConstant = true;
        } else if (param.constantCheck() != null && invalidConstant == null) {
          try {
            param.constantCheck().check(function.name(), value);
          } catch (LossInputException e) {
            invalidConstant = e;
          }
        }
      }
    }
    DataType resultType = resultType(function);
    // NULL comes first: a NULL constant makes the result NULL even beside an invalid constant
    if (nullConstant || failingConstant || (invalidConstant != null && tryTwin)) {
      return Literal.create(null, resultType);
    }
    if (invalidConstant != null) {
      return failUnlessNull(call, invalidConstant.getMessage(), resultType);
    }
    Expression kernelCall;
    if (inPlace == InPlace.NONE) {
      kernelCall = Catalyst.staticInvoke(function.target(), resultType, function.method(), call);
    } else if (inPlace == InPlace.VECTORS) {
      // NULL vectors are propagated by Spark, and a vector has no NULL elements
      kernelCall = Catalyst.staticInvoke(function.inPlaceTarget(), resultType,
          function.inPlaceMethod() + "OfVectorWithoutNulls", call, false, true);
    } else {
      String method = function.inPlaceMethod()
          + (inPlace == InPlace.FLOAT_ARRAYS ? "OfFloats" : "");
      if (call.stream().anyMatch(c -> c.dataType() instanceof ArrayType
          && VectorInput.mayHoldNullElements(c.dataType()))) {
        kernelCall = Catalyst.staticInvoke(function.inPlaceTarget(), resultType, method, call);
      } else {
        // no NULL element possible and NULL arguments propagated by Spark: a primitive result
        kernelCall = Catalyst.staticInvoke(function.inPlaceTarget(), resultType,
            method + "WithoutNulls", call, false, true);
      }
    }
    return tryTwin ? new TryEval(kernelCall) : kernelCall;
  }

  /** Which in-place variant of the kernel a call can use, if any. */
  private enum InPlace {
    NONE,
    /** Every vector argument an {@code array<double>} (or cast to one). */
    ARRAYS,
    /** Every vector argument an {@code array<float>}. */
    FLOAT_ARRAYS,
    /** Every vector argument a Spark ML vector. */
    VECTORS
  }

  private InPlace inPlace(List<Expression> args) {
    if (function.inPlaceTarget() == null) {
      return InPlace.NONE;
    }
    boolean arrays = true;
    boolean floats = true;
    boolean vectors = true;
    for (int i = 0; i < args.size(); i++) {
      if (function.params().get(i).kind() == Param.Kind.VECTOR) {
        VectorInput input = VectorInput.of(args.get(i).dataType());
        arrays &= input == VectorInput.DOUBLE_ARRAY || input == VectorInput.CAST_TO_DOUBLE_ARRAY;
        floats &= input == VectorInput.FLOAT_ARRAY;
        vectors &= input == VectorInput.ML_VECTOR;
      }
    }
    return arrays ? InPlace.ARRAYS : floats ? InPlace.FLOAT_ARRAYS
        : vectors ? InPlace.VECTORS : InPlace.NONE;
  }

  /** A vector argument as an {@code array<double>}: as it is, or cast to one. */
  private static Expression doubleArray(Expression arg) {
    DataType type = arg.dataType();
    return VectorInput.of(type) == VectorInput.DOUBLE_ARRAY ? arg : Catalyst.cast(arg,
        DataTypes.createArrayType(DataTypes.DoubleType, VectorInput.mayHoldNullElements(type)));
  }

  /**
   * A call with an invalid constant parameter: an analysis error when no argument can be NULL;
   * otherwise NULL for rows with a NULL argument and the check's error for every other row.
   */
  private static Expression failUnlessNull(List<Expression> call, String message,
      DataType resultType) {
    Expression anyNull = call.stream().filter(Expression::nullable)
        .<Expression>map(IsNull::new).reduce(Or::new).orElse(null);
    if (anyNull == null) {
      throw Catalyst.analysisError(message);
    }
    Expression raise = Catalyst.staticInvoke(InvalidConstant.class, resultType,
        resultType == DataTypes.DoubleType ? "raiseDouble" : "raiseArray",
        List.of(Literal.create(message, new ObjectType(String.class))), true, false);
    return new If(anyNull, Literal.create(null, resultType), raise);
  }

  /** An analysis error unless {@code given} arguments fit {@code function}. */
  static void checkArity(LossFunction function, String name, int given) {
    int min = function.minArity();
    int max = function.maxArity();
    if (given < min || given > max) {
      String expected = min == max ? Integer.toString(min) : min + " to " + max;
      throw Catalyst.analysisError(name + ": expects " + expected + " arguments ("
          + function.signature() + "), but got " + given);
    }
  }

  /**
   * Argument {@code index} (0-based) of {@code name}, any numeric type, as a {@code double};
   * an analysis error naming the argument otherwise.
   */
  public static Expression number(String name, int index, String argument, Expression arg) {
    DataType type = arg.dataType();
    checkNumber(name, index, argument, type);
    return type == DataTypes.DoubleType ? arg : Catalyst.cast(arg, DataTypes.DoubleType);
  }

  /** An analysis error unless a number argument's SQL type is numeric (or an untyped NULL). */
  static void checkNumber(String name, int index, String argument, DataType type) {
    if (!(type instanceof NumericType || type instanceof NullType)) {
      throw typeError(name, index, argument, "a number", type);
    }
  }

  /**
   * Argument {@code index} (0-based) of {@code name}, an array of numbers or a Spark ML vector,
   * as a {@code double[]} object (NULL if it has a NULL element); an analysis error otherwise.
   */
  public static Expression vector(String name, int index, String argument, Expression arg) {
    DataType type = arg.dataType();
    VectorInput input = VectorInput.of(type);
    if (input == null) {
      throw typeError(name, index, argument, VectorInput.EXPECTED, type);
    }
    // a NULL element makes the vector NULL: only possible, and only scanned for, where the
    // type allows it
    boolean nullElements = VectorInput.mayHoldNullElements(type);
    String withoutNulls = nullElements ? "" : "WithoutNulls";
    switch (input) {
      case DOUBLE_ARRAY:
        return toDoubles("fromDoubleArray" + withoutNulls, arg, nullElements);
      case FLOAT_ARRAY:
        return toDoubles("fromFloatArray" + withoutNulls, arg, nullElements);
      case CAST_TO_DOUBLE_ARRAY:
        return toDoubles("fromDoubleArray" + withoutNulls, doubleArray(arg), nullElements);
      default:
        return toDoubles("fromVectorRow", arg, false);
    }
  }

  private static Expression toDoubles(String converter, Expression arg, boolean nullElements) {
    return Catalyst.staticInvoke(VectorArgs.class, VECTOR_ARG, converter, List.of(arg),
        nullElements, true);
  }

  static RuntimeException typeError(String name, int index, String argument,
      String expected, DataType actual) {
    return Catalyst.analysisError(name + ": argument " + (index + 1) + " (" + argument
        + ") must be " + expected + ", but was " + actual.simpleString());
  }
}
