package io.losslens.spark.agg;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.RowAccumulator;
import io.losslens.spark.functions.CallBuilder;
import io.losslens.spark.functions.Catalyst;
import io.losslens.spark.functions.CatalystShim;
import io.losslens.spark.functions.FunctionBuilder;
import io.losslens.spark.functions.VectorInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateFunction;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Binds the label, prediction and weight of an aggregate call to a typed aggregator, the same
 * way for SQL and for the Column API: numbers are widened to double, vectors of any supported
 * type (numeric arrays, Spark ML vectors) become {@code array<double>} (an {@code array<double>}
 * column is read as it is), a scalar prediction a 1-vector, and a missing weight is 1. The
 * aggregator is then applied as a {@link LossAggregateFunction} over these columns. Methods
 * here are also targets of {@code staticinvoke}.
 */
public final class AggregateInputs {
  private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  private AggregateInputs() {}

  /**
   * A call of {@code aggregator} for the Column API. Column arguments are not resolved yet, and
   * their types decide how they are read, so the aggregator is registered in the active session
   * under a name derived from its whole configuration and called by that name; the analyzer
   * then binds it exactly as the SQL functions are bound.
   */
  static Column call(LossAggregator<?> aggregator, String function, LossKind primary,
      String configuration, Column label, Column prediction, Column weight) {
    String name = "losslens_" + function + "_" + digest(configuration);
    FunctionRegistry registry = SparkSession.active().sessionState().functionRegistry();
    if (!CatalystShim.isRegisteredFunction(registry, name)) {
      CatalystShim.registerTemporaryFunction(registry, name,
          new ExpressionInfo(aggregator.getClass().getName(), name),
          new Binder(aggregator, function, primary));
    }
    return weight == null ? functions.call_function(name, label, prediction)
        : functions.call_function(name, label, prediction, weight);
  }

  private static String digest(String configuration) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(configuration.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Binds the arguments of a Column API call (label, prediction [, weight]). */
  private static final class Binder extends FunctionBuilder {
    private static final long serialVersionUID = 1L;
    private final LossAggregator<?> aggregator;
    private final String function;
    private final LossKind primary;

    Binder(LossAggregator<?> aggregator, String function, LossKind primary) {
      this.aggregator = aggregator;
      this.function = function;
      this.primary = primary;
    }

    @Override
    protected Expression build(List<Expression> args) {
      return bind(aggregator, function, primary, args.get(0), args.get(1),
          args.size() > 2 ? args.get(2) : null);
    }
  }

  /**
   * The aggregate function of {@code aggregator} over the given arguments ({@code weight} may be
   * null); analysis errors name {@code function} and the argument.
   */
  static AggregateFunction bind(LossAggregator<?> aggregator, String function,
      LossKind primary, Expression label, Expression prediction, Expression weight) {
    boolean vectorLabel = primary.label() == LossKind.Label.DISTRIBUTION;
    Expression labelInput = vectorLabel
        ? vectorInput(function, 1, "label", label)
        : CallBuilder.number(function, 1, "label", label);
    Expression predictionInput;
    if (InputColumns.isNumber(prediction.dataType())) {
      if (primary.prediction().isVector()) {
        throw Catalyst.analysisError(function + ": argument 3 (prediction) must be a vector "
            + "(array or Spark ML vector) for " + primary.sqlName() + ", but was "
            + prediction.dataType().simpleString());
      }
      predictionInput = Catalyst.staticInvoke(AggregateInputs.class, DOUBLES, "scalar",
          List.of(CallBuilder.number(function, 2, "prediction", prediction)), true, true);
    } else {
      predictionInput = vectorInput(function, 2, "prediction", prediction);
    }
    Expression weightInput = weight == null ? Literal.create(1.0, DataTypes.DoubleType)
        : CallBuilder.number(function, 3, "weight", weight);
    Expression noLabel = Literal.create(null, DataTypes.DoubleType);
    Expression noTarget = Literal.create(null, DOUBLES);
    return aggregate(aggregator, function, vectorLabel ? noLabel : labelInput,
        vectorLabel ? labelInput : noTarget, predictionInput, weightInput, weight != null);
  }

  private static <B extends RowAccumulator<B>> AggregateFunction aggregate(
      LossAggregator<B> aggregator, String function, Expression label, Expression target,
      Expression prediction, Expression weight, boolean weighted) {
    return new LossAggregateFunction<>(List.of(label, target, prediction, weight), aggregator,
        function, weighted, VectorInput.mayHoldNullElements(target.dataType()),
        VectorInput.mayHoldNullElements(prediction.dataType()), 0, 0);
  }

  /**
   * A vector argument as {@code array<double>} or a Spark ML vector: an {@code array<double>} (its
   * NULL elements, if its type allows them, are found while it is read) or an ML vector (a dense
   * one's values are read in place) as it is, any other vector converted.
   */
  private static Expression vectorInput(String function, int index, String argument,
      Expression arg) {
    VectorInput input = VectorInput.of(arg.dataType());
    if (input == VectorInput.DOUBLE_ARRAY || input == VectorInput.ML_VECTOR) {
      return arg;
    }
    return arrayOf(CallBuilder.vector(function, index, argument, arg));
  }

  private static Expression arrayOf(Expression vector) {
    return Catalyst.staticInvoke(AggregateInputs.class, DOUBLES, "doubles", List.of(vector), true,
        true);
  }

  /** A scalar prediction as a 1-vector. */
  public static ArrayData scalar(double prediction) {
    return UnsafeArrayData.fromPrimitiveArray(new double[] {prediction});
  }

  /** A converted vector as Spark's {@code array<double>}. */
  public static ArrayData doubles(double[] vector) {
    return UnsafeArrayData.fromPrimitiveArray(vector);
  }
}
