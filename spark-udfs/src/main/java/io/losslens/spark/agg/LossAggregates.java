package io.losslens.spark.agg;

import io.losslens.loss.LossInputException;
import io.losslens.loss.eval.SqlOptions;
import io.losslens.spark.functions.Catalyst;
import io.losslens.spark.functions.FunctionBuilder;
import io.losslens.spark.functions.SqlFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.GetStructField;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateFunction;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import scala.Option;

/**
 * The SQL aggregates of LossLens, each a typed aggregator applied through
 * {@code functions.udaf}; the loss and options are constants read once, at analysis, so a bad
 * loss name or option fails before any row is read:
 *
 * <ul>
 *   <li>{@code loss_summary(loss, label, prediction [, weight] [, options])}: the struct of
 *       {@link WeightedLossAggregator#SCHEMA};
 *   <li>{@code loss_mean(...)}, same arguments: its {@code mean} (NULL when there is none);
 *   <li>{@code per_class_loss(losses, label, prediction [, weight] [, options])}: the struct of
 *       {@link PerClassLossAggregator#SCHEMA}; {@code losses} is one name, a comma-separated
 *       list or an array of names.
 * </ul>
 *
 * {@code options} is a constant {@code map}, for example
 * {@code map('gamma', '1', 'mode', 'DROPMALFORMED')}; see {@link SqlOptions}.
 */
public final class LossAggregates {
  /** The aggregate names, in reference order. */
  public static final List<String> NAMES = List.of("loss_summary", "loss_mean", "per_class_loss");

  private LossAggregates() {}

  /** The aggregates as SQL functions, in {@link #NAMES} order. */
  public static List<SqlFunction> definitions() {
    List<SqlFunction> definitions = new ArrayList<>();
    for (String name : NAMES) {
      definitions.add(new SqlFunction(name, info(name), new Builder(name)));
    }
    return definitions;
  }

  private static ExpressionInfo info(String name) {
    boolean perClass = name.equals(PerClassLossAggregator.SQL_NAME);
    String usage = "_FUNC_(" + (perClass ? "losses" : "loss")
        + ", label, prediction [, weight] [, options]) - " + (perClass
            ? "The per-class breakdown of one or more losses (rows, weight, loss means and "
                + "shares, mean gradient magnitude, mean true-class probability, recall, "
                + "precision, suggested class weights), exact and reproducible."
            : name.equals("loss_mean")
                ? "The weighted mean of a loss: loss_summary(...).mean."
                : "The weighted mean of a loss with its exact sums and the accounting of "
                    + "every row.");
    String arguments = "\n    Arguments:\n"
        + (perClass
            ? "      * losses - a constant loss name, comma-separated names or array of names\n"
            : "      * loss - a constant loss name, such as 'cross_entropy' or 'focal_loss'\n")
        + "      * label - the class index or binary label (a vector for distribution losses)\n"
        + "      * prediction - probabilities, logits or scores: a number, array or ML vector\n"
        + "      * weight - the sample weight, >= 0 (default 1)\n"
        + "      * options - a constant map of options: "
        + String.join(", ", perClass ? SqlOptions.PER_CLASS_KEYS : SqlOptions.WEIGHTED_KEYS)
        + "\n  ";
    String examples = "\n    Examples:\n      > SELECT _FUNC_("
        + (perClass ? "'cross_entropy, multiclass_focal_loss'" : "'focal_loss'")
        + ", label, probability, weight, map('mode', 'DROPMALFORMED')) FROM predictions;\n  ";
    return new ExpressionInfo(perClass ? PerClassLossAggregator.class.getName()
        : WeightedLossAggregator.class.getName(), null, name, usage, arguments, examples, "",
        "agg_funcs", "", "", "");
  }

  /** Builds a call from its resolved arguments. */
  private static final class Builder extends FunctionBuilder {
    private static final long serialVersionUID = 1L;
    private final String name;

    Builder(String name) {
      this.name = name;
    }

    @Override
    protected Expression build(List<Expression> args) {
      boolean perClass = name.equals(PerClassLossAggregator.SQL_NAME);
      String signature = (perClass ? "losses" : "loss")
          + ", label, prediction [, weight] [, options]";
      if (args.size() < 3 || args.size() > 5) {
        throw Catalyst.analysisError(name + ": expects 3 to 5 arguments (" + signature
            + "), but got " + args.size());
      }
      List<String> losses = lossNames(args.get(0), perClass);
      Expression weight = null;
      Map<String, String> options = Map.of();
      if (args.size() == 4 && args.get(3).dataType() instanceof MapType) {
        options = options(args.get(3), 4);
      } else if (args.size() >= 4) {
        weight = args.get(3);
      }
      if (args.size() == 5) {
        options = options(args.get(4), 5);
      }
      AggregateFunction call;
      try {
        SqlOptions.Parsed parsed = SqlOptions.parse(name, losses, options, perClass);
        LossAggregator<?> aggregator = perClass
            ? new PerClassLossAggregator(parsed.losses(), parsed.options())
            : new WeightedLossAggregator(parsed.losses().get(0), parsed.options());
        call = AggregateInputs.bind(aggregator, name, aggregator.primaryLoss(), args.get(1),
            args.get(2), weight);
      } catch (LossInputException e) {
        throw Catalyst.analysisError(e.getMessage());
      }
      if (!name.equals("loss_mean")) {
        return call;
      }
      int mean = WeightedLossAggregator.SCHEMA.fieldIndex("mean");
      return new GetStructField(call.toAggregateExpression(), mean, Option.apply("mean"));
    }

    private List<String> lossNames(Expression arg, boolean perClass) {
      Object value = constant(arg, 1, perClass ? "losses" : "loss");
      List<String> names = new ArrayList<>();
      if (arg.dataType() == DataTypes.StringType) {
        names.addAll(Arrays.stream(value.toString().split(",", -1)).map(String::trim)
            .collect(Collectors.toList()));
      } else if (perClass && arg.dataType() instanceof ArrayType
          && ((ArrayType) arg.dataType()).elementType() == DataTypes.StringType) {
        ArrayData array = (ArrayData) value;
        for (int i = 0; i < array.numElements(); i++) {
          names.add(String.valueOf(array.getUTF8String(i)).trim());
        }
      } else {
        throw Catalyst.analysisError(name + ": argument 1 must be a constant string"
            + (perClass ? " or array of strings" : "") + ", but was "
            + arg.dataType().simpleString());
      }
      if (!perClass && names.size() != 1) {
        throw Catalyst.analysisError(name + ": takes one loss, but was given " + names
            + "; per_class_loss takes several");
      }
      return names;
    }

    private Map<String, String> options(Expression arg, int position) {
      if (!(arg.dataType() instanceof MapType)
          || ((MapType) arg.dataType()).keyType() != DataTypes.StringType) {
        throw Catalyst.analysisError(name + ": argument " + position + " (options) must be a "
            + "constant map with string keys, such as map('mode', 'DROPMALFORMED'), but was "
            + arg.dataType().simpleString());
      }
      MapData map = (MapData) constant(arg, position, "options");
      DataType valueType = ((MapType) arg.dataType()).valueType();
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 0; i < map.numElements(); i++) {
        Object v = map.valueArray().get(i, valueType);
        options.put(map.keyArray().getUTF8String(i).toString(), v == null ? null : v.toString());
      }
      return options;
    }

    private Object constant(Expression arg, int position, String what) {
      if (!arg.foldable()) {
        throw Catalyst.analysisError(name + ": argument " + position + " (" + what
            + ") must be a constant");
      }
      Object value = arg.eval(null);
      if (value == null) {
        throw Catalyst.analysisError(name + ": argument " + position + " (" + what
            + ") must not be NULL");
      }
      return value;
    }
  }
}
