package io.losslens.spark.agg;

import io.losslens.loss.eval.AggregationOptions;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossSpec;
import io.losslens.loss.eval.WeightedLossAccumulator;
import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.WeightedLossState;
import io.losslens.loss.stats.WeightedLossState.Normalization;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The weighted mean of a loss over rows of {@link LossInput}, exact and reproducible: sums of
 * {@code w * loss} and {@code w}, the row count, the mean (by weight or by rows) and the
 * accounting of every row. The SQL function {@code loss_summary}; {@code loss_mean} is its mean.
 *
 * <pre>{@code
 * WeightedLossAggregator focal = WeightedLossAggregator.of(LossSpec.focal(0.25, 2))
 *     .mode(Mode.DROPMALFORMED);
 * Row summary = inputs.select(focal.toColumn()).first();             // Dataset<LossInput>
 * df.groupBy("segment").agg(focal.apply(col("label"), col("p"), col("w")));
 * }</pre>
 *
 * <p>The row weight is the sample weight times the class weight of the true class, when class
 * weights are set. Result schema: {@link #SCHEMA}.
 */
public final class WeightedLossAggregator
    extends LossAggregator<WeightedLossAccumulator> {
  private static final long serialVersionUID = 1L;
  /** The SQL name of the aggregate. */
  public static final String SQL_NAME = "loss_summary";

  /** The result: every number is exact-summed and rounded once. */
  public static final StructType SCHEMA = new StructType()
      .add("loss", DataTypes.StringType, false)
      .add("mean", DataTypes.DoubleType, true)
      .add("normalization", DataTypes.StringType, false)
      .add("weighted_loss_sum", DataTypes.DoubleType, false)
      .add("weight_sum", DataTypes.DoubleType, false)
      .add("rows", DataTypes.LongType, false)
      .add("invalid_rows", DataTypes.LongType, false)
      .add("total_rows", DataTypes.LongType, false)
      .add("invalid", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false),
          false)
      .add("note", DataTypes.StringType, true);

  private final LossSpec loss;
  private final AggregationOptions options;

  public WeightedLossAggregator(LossSpec loss, AggregationOptions options) {
    super(SQL_NAME, WeightedLossAccumulator.class, SCHEMA);
    this.loss = loss.requireComplete();
    this.options = Objects.requireNonNull(options);
    zero(); // checks that the loss and the options fit together
  }

  /** The mean of {@code loss} with the default options (FAILFAST, normalized by weight). */
  public static WeightedLossAggregator of(LossSpec loss) {
    return new WeightedLossAggregator(loss, AggregationOptions.defaults(SQL_NAME));
  }

  public WeightedLossAggregator mode(Mode mode) {
    return with(o -> o.withMode(mode));
  }

  public WeightedLossAggregator normalization(Normalization normalization) {
    return with(o -> o.withNormalization(normalization));
  }

  /** Weights each row by the class weight of its true class, times its sample weight. */
  public WeightedLossAggregator classWeights(double... classWeights) {
    return with(o -> o.withClassWeights(classWeights));
  }

  public WeightedLossAggregator numClasses(int numClasses) {
    return with(o -> o.withNumClasses(numClasses));
  }

  private WeightedLossAggregator with(UnaryOperator<AggregationOptions> change) {
    return new WeightedLossAggregator(loss, change.apply(options));
  }

  public LossSpec loss() {
    return loss;
  }

  public AggregationOptions options() {
    return options;
  }

  @Override
  LossKind primaryLoss() {
    return loss.kind();
  }

  @Override
  String configuration() {
    return loss + " " + options;
  }

  @Override
  public WeightedLossAccumulator zero() {
    return new WeightedLossAccumulator(loss, options);
  }

  @Override
  public Row finish(WeightedLossAccumulator sums) {
    WeightedLossState state = sums.state();
    Metric mean = sums.mean();
    return RowFactory.create(loss.toString(), mean.isPresent() ? mean.value() : null,
        options.normalization() == Normalization.BY_WEIGHT ? "weight" : "rows",
        state.weightedLossSum(), state.weightSum(), state.rows(),
        state.accounting().invalidTotal(), state.accounting().total(),
        Results.invalidByReason(state.accounting()), mean.missingReason());
  }
}
