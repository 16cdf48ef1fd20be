package io.losslens.spark.agg;

import io.losslens.loss.eval.AggregationOptions;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossSpec;
import io.losslens.loss.eval.PerClassAccumulator;
import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.PerClassSummary;
import io.losslens.loss.stats.PerClassSummary.ClassRow;
import io.losslens.spark.functions.CatalystShim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-class loss breakdown of one or more losses over rows of {@link LossInput}, in one
 * pass, exact and reproducible: per class (by true label) the row count, weight, support share,
 * each loss's weighted mean, share and mean gradient magnitude, the mean probability of the
 * true class, recall and precision of the predicted class, and suggested class weights
 * (balanced and effective-number); overall and macro means; the accounting of every row.
 * The SQL function {@code per_class_loss}.
 *
 * <pre>{@code
 * PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"),
 *     LossSpec.multiclassFocal(2)).numClasses(10);
 * Row report = df.select(breakdown.apply(col("label"), col("probability"))).first().getStruct(0);
 * }</pre>
 *
 * <p>Classes without rows are listed with zero rows; every NULL in the result has its reason in
 * a {@code notes} field. Result schema: {@link #SCHEMA}.
 */
public final class PerClassLossAggregator
    extends LossAggregator<PerClassAccumulator> {
  private static final long serialVersionUID = 1L;
  /** The SQL name of the aggregate. */
  public static final String SQL_NAME = "per_class_loss";

  private static final DataType BY_LOSS =
      DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true);
  private static final DataType NOTES = DataTypes.createArrayType(DataTypes.StringType, false);

  /** One class of the breakdown. Loss-keyed maps are keyed by loss name. */
  public static final StructType CLASS_SCHEMA = new StructType()
      .add("class", DataTypes.IntegerType, false)
      .add("rows", DataTypes.LongType, false)
      .add("weight_sum", DataTypes.DoubleType, false)
      .add("support_share", DataTypes.DoubleType, true)
      .add("loss_mean", BY_LOSS, false)
      .add("loss_share", BY_LOSS, false)
      .add("mean_gradient_magnitude", BY_LOSS, false)
      .add("mean_true_probability", DataTypes.DoubleType, true)
      .add("recall", DataTypes.DoubleType, true)
      .add("precision", DataTypes.DoubleType, true)
      .add("balanced_weight", DataTypes.DoubleType, true)
      .add("effective_number_weight", DataTypes.DoubleType, true)
      .add("notes", NOTES, false);

  /** The result. */
  public static final StructType SCHEMA = new StructType()
      .add("losses", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("num_classes", DataTypes.IntegerType, false)
      .add("rows", DataTypes.LongType, false)
      .add("invalid_rows", DataTypes.LongType, false)
      .add("total_rows", DataTypes.LongType, false)
      .add("invalid", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false),
          false)
      .add("weight_sum", DataTypes.DoubleType, false)
      .add("loss_mean", BY_LOSS, false)
      .add("macro_loss_mean", BY_LOSS, false)
      .add("beta", DataTypes.DoubleType, false)
      .add("classes", DataTypes.createArrayType(CLASS_SCHEMA, false), false)
      .add("notes", NOTES, false);

  private final List<LossSpec> losses;
  private final AggregationOptions options;

  public PerClassLossAggregator(List<LossSpec> losses, AggregationOptions options) {
    super(SQL_NAME, PerClassAccumulator.class, SCHEMA);
    this.losses = List.copyOf(losses);
    this.options = Objects.requireNonNull(options);
    zero(); // checks that the losses and the options fit together
  }

  /** The breakdown of {@code losses} with the default options. */
  public static PerClassLossAggregator of(LossSpec... losses) {
    return new PerClassLossAggregator(List.of(losses), AggregationOptions.defaults(SQL_NAME));
  }

  public PerClassLossAggregator mode(Mode mode) {
    return with(o -> o.withMode(mode));
  }

  /** Weights each row by the class weight of its true class, times its sample weight. */
  public PerClassLossAggregator classWeights(double... classWeights) {
    return with(o -> o.withClassWeights(classWeights));
  }

  public PerClassLossAggregator numClasses(int numClasses) {
    return with(o -> o.withNumClasses(numClasses));
  }

  /** The effective-number parameter of the suggested class weights (default 0.999). */
  public PerClassLossAggregator beta(double beta) {
    return with(o -> o.withBeta(beta));
  }

  private PerClassLossAggregator with(UnaryOperator<AggregationOptions> change) {
    return new PerClassLossAggregator(losses, change.apply(options));
  }

  public List<LossSpec> losses() {
    return losses;
  }

  public AggregationOptions options() {
    return options;
  }

  @Override
  LossKind primaryLoss() {
    return losses.get(0).kind();
  }

  @Override
  String configuration() {
    return losses + " " + options;
  }

  @Override
  public PerClassAccumulator zero() {
    return new PerClassAccumulator(losses, options);
  }

  @Override
  public Row finish(PerClassAccumulator sums) {
    PerClassSummary summary = sums.summary();
    List<Row> classes = new ArrayList<>(summary.classes().size());
    for (ClassRow c : summary.classes()) {
      classes.add(classRow(c));
    }
    List<String> notes = new ArrayList<>();
    if (summary.classes().isEmpty()) {
      notes.add("no valid rows, so the number of classes is not known");
    }
    List<String> names = new ArrayList<>();
    for (LossSpec loss : losses) {
      names.add(loss.toString());
    }
    return RowFactory.create(CatalystShim.seq(names), summary.classes().size(), summary.rows(),
        summary.accounting().invalidTotal(), summary.accounting().total(),
        Results.invalidByReason(summary.accounting()), summary.weightSum(),
        byLoss("loss_mean", summary::lossMean, notes),
        byLoss("macro_loss_mean", summary::macroLossMean, notes), options.beta(),
        CatalystShim.seq(classes), CatalystShim.seq(notes));
  }

  private Row classRow(ClassRow c) {
    List<String> notes = new ArrayList<>();
    boolean empty = c.rows() == 0;
    // a class without rows has one reason for all its missing numbers
    List<String> details = empty ? new ArrayList<>() : notes;
    if (empty) {
      notes.add("no rows of this class");
    }
    return RowFactory.create(c.classIndex(), c.rows(), c.weightSum(),
        Results.value("support_share", c.supportShare(), details),
        byLoss("loss_mean", c::lossMean, details), byLoss("loss_share", c::lossShare, details),
        byLoss("mean_gradient_magnitude", c::meanGradientMagnitude, details),
        Results.value("mean_true_probability", c.meanTrueProbability(), details),
        Results.value("recall", c.recall(), details),
        Results.value("precision", c.precision(), details),
        Results.value("balanced_weight", c.balancedWeight(), details),
        Results.value("effective_number_weight", c.effectiveNumberWeight(), details),
        CatalystShim.seq(notes));
  }

  private scala.collection.Map<String, Double> byLoss(String field, IntFunction<Metric> metric,
      List<String> notes) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int l = 0; l < losses.size(); l++) {
      String name = losses.get(l).name();
      values.put(name, Results.value(field + "[" + name + "]", metric.apply(l), notes));
    }
    return Results.map(values);
  }
}
