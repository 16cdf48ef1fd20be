package io.losslens.spark.agg;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.RowAccumulator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;

/**
 * What the LossLens Aggregators share: rows of {@link LossInput} (in a typed Dataset) or
 * bound columns (SQL and the Column API, through {@link LossAggregateFunction}) go to a
 * Spark-free {@link RowAccumulator}, buffers are Java-serialized, results are rows of a
 * fixed schema, and the Column API binds its arguments as the SQL function does.
 */
public abstract class LossAggregator<B extends RowAccumulator<B>>
    extends Aggregator<LossInput, B, Row> {
  private static final long serialVersionUID = 1L;

  private final String sqlName;
  private final Class<B> bufferClass;
  private final StructType schema;

  LossAggregator(String sqlName, Class<B> bufferClass, StructType schema) {
    this.sqlName = sqlName;
    this.bufferClass = bufferClass;
    this.schema = schema;
  }

  /** The loss that decides how labels and predictions are read. */
  abstract LossKind primaryLoss();

  /** The whole configuration, exactly: equal strings, equal aggregations. */
  abstract String configuration();

  /**
   * The aggregate over columns of a DataFrame in the active session; {@code weight} may be null
   * (weight 1). Columns may be of any type the SQL function takes.
   */
  public Column apply(Column label, Column prediction, Column weight) {
    return AggregateInputs.call(this, sqlName, primaryLoss(), configuration(), label, prediction,
        weight);
  }

  /** The aggregate over unweighted columns. */
  public Column apply(Column label, Column prediction) {
    return apply(label, prediction, null);
  }

  final Class<B> bufferClass() {
    return bufferClass;
  }

  final StructType outputSchema() {
    return schema;
  }

  @Override
  public final B reduce(B sums, LossInput row) {
    sums.add(row.getLabel(), row.getTarget(), row.getPrediction(), row.getWeight());
    return sums;
  }

  @Override
  public final B merge(B a, B b) {
    a.merge(b);
    return a;
  }

  @Override
  public final Encoder<B> bufferEncoder() {
    return Encoders.javaSerialization(bufferClass);
  }

  @Override
  public final Encoder<Row> outputEncoder() {
    return Encoders.row(schema);
  }
}
