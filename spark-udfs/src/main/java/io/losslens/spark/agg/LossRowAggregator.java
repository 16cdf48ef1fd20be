package io.losslens.spark.agg;

import io.losslens.loss.eval.RowAccumulator;
import io.losslens.spark.functions.CatalystShim;
import io.losslens.spark.functions.VectorArgs;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.analysis.GetColumnByOrdinal;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.objects.Invoke;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.ObjectType;
import org.apache.spark.unsafe.Platform;

/**
 * A {@link LossAggregator} as the SQL aggregates and the Column API run it: over {@link LossRow}
 * views of the bound columns instead of {@link LossInput} beans. The vectors are copied once,
 * from Spark's array into a {@code double[]} this aggregator reuses, so a row costs no
 * allocation beyond the view; buffers, merge and results are the wrapped aggregator's own.
 *
 * <p>The reused arrays are safe because Spark confines an aggregate function instance (and the
 * mutable projections it already holds) to the thread of one task, and the accumulators read a
 * row's vectors only while adding it.
 */
final class LossRowAggregator<B extends RowAccumulator<B>> extends Aggregator<LossRow, B, Row> {
  private static final long serialVersionUID = 1L;
  /** The input columns, in this order. */
  static final List<String> FIELDS = List.of("label", "target", "prediction", "weight");
  private static final DataType VECTOR = DataTypes.createArrayType(DataTypes.DoubleType, true);

  private final LossAggregator<B> aggregator;
  private final boolean targetMayHoldNulls;
  private final boolean predictionMayHoldNulls;
  private transient double[] targetScratch;
  private transient double[] predictionScratch;

  /**
   * {@code ...MayHoldNulls}: the bound vector's type allows NULL elements, so each row is
   * scanned for them (a vector with a NULL element is a NULL vector).
   */
  LossRowAggregator(LossAggregator<B> aggregator, boolean targetMayHoldNulls,
      boolean predictionMayHoldNulls) {
    this.aggregator = aggregator;
    this.targetMayHoldNulls = targetMayHoldNulls;
    this.predictionMayHoldNulls = predictionMayHoldNulls;
  }

  @Override
  public B zero() {
    return aggregator.zero();
  }

  @Override
  public B reduce(B sums, LossRow row) {
    double[] target = null;
    if (row.target != null) {
      targetScratch = scratch(targetScratch, row.target.numElements());
      target = read(row.target, targetMayHoldNulls, targetScratch);
    }
    double[] prediction = null;
    if (row.prediction != null) {
      predictionScratch = scratch(predictionScratch, row.prediction.numElements());
      prediction = read(row.prediction, predictionMayHoldNulls, predictionScratch);
    }
    sums.add(row.labelIsNull ? null : row.label, target, prediction,
        row.weightIsNull ? null : row.weight);
    return sums;
  }

  private static double[] scratch(double[] scratch, int length) {
    return scratch != null && scratch.length == length ? scratch : new double[length];
  }

  /** {@code array} into {@code out}, or null when it has a NULL element. */
  private static double[] read(ArrayData array, boolean mayHoldNulls, double[] out) {
    if (mayHoldNulls && VectorArgs.hasNullElement(array)) {
      return null;
    }
    if (array instanceof UnsafeArrayData) {
      // the form the input projection writes: a null bitmap, then the values as raw doubles
      // (as UnsafeArrayData.toDoubleArray copies them, but into a reused array)
      UnsafeArrayData unsafe = (UnsafeArrayData) array;
      Platform.copyMemory(unsafe.getBaseObject(), unsafe.getBaseOffset()
          + UnsafeArrayData.calculateHeaderPortionInBytes(out.length), out,
          Platform.DOUBLE_ARRAY_OFFSET, out.length * 8L);
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = array.getDouble(i);
    }
    return out;
  }

  @Override
  public B merge(B a, B b) {
    return aggregator.merge(a, b);
  }

  @Override
  public Row finish(B sums) {
    return aggregator.finish(sums);
  }

  @Override
  public Encoder<B> bufferEncoder() {
    return aggregator.bufferEncoder();
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return aggregator.outputEncoder();
  }

  /**
   * The input encoder: columns {@link #FIELDS} (numbers as double, vectors as
   * {@code array<double>}) deserialized by one {@code staticinvoke} of {@link LossRow#of}.
   */
  static Encoder<LossRow> encoder() {
    Expression label = new GetColumnByOrdinal(0, DataTypes.DoubleType);
    Expression weight = new GetColumnByOrdinal(3, DataTypes.DoubleType);
    // a nullable primitive argument would make staticinvoke return NULL instead of calling
    List<Expression> args = List.of(new IsNull(label), orZero(label),
        new GetColumnByOrdinal(1, VECTOR), new GetColumnByOrdinal(2, VECTOR), new IsNull(weight),
        orZero(weight));
    Expression deserializer = CatalystShim.staticInvoke(LossRow.class,
        new ObjectType(LossRow.class), "of", args, false, false, true);
    Expression input = new BoundReference(0, new ObjectType(LossRow.class), false);
    Expression serializer = new CreateNamedStruct(CatalystShim.seq(List.of(
        Literal.create(FIELDS.get(0), DataTypes.StringType), getter(input, "labelOrNull",
            DataTypes.DoubleType),
        Literal.create(FIELDS.get(1), DataTypes.StringType), getter(input, "target", VECTOR),
        Literal.create(FIELDS.get(2), DataTypes.StringType), getter(input, "prediction", VECTOR),
        Literal.create(FIELDS.get(3), DataTypes.StringType), getter(input, "weightOrNull",
            DataTypes.DoubleType))));
    return CatalystShim.expressionEncoder(LossRow.class, serializer, deserializer);
  }

  private static Expression orZero(Expression number) {
    return new Coalesce(CatalystShim.seq(List.of(number,
        Literal.create(0.0, DataTypes.DoubleType))));
  }

  private static Expression getter(Expression input, String method, DataType type) {
    return new Invoke(input, method, type, CatalystShim.seq(List.of()),
        CatalystShim.<AbstractDataType>seq(List.of()), false, true, true);
  }
}
