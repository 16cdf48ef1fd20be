package io.losslens.spark.agg;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.RowAccumulator;
import io.losslens.spark.functions.CatalystShim;
import io.losslens.spark.functions.ObjectAggregate;
import io.losslens.spark.functions.VectorArgs;
import io.losslens.spark.functions.VectorInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.MutableProjection;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import scala.Function1;

/**
 * A {@link LossAggregator} as the SQL aggregates and the Column API run it: a Catalyst aggregate
 * that reads its arguments from the input row without an input projection or encoder. A vector
 * column (an {@code array<double>}, or a dense Spark ML vector's values) is read in place and
 * copied once, into a {@code double[]} reused across rows; so are a label or weight column,
 * widened to double as its cast would. Buffers, merge and results are the wrapped
 * aggregator's own; buffers are Java-serialized.
 *
 * <p>Arguments, in this order: the label (a double, NULL for distribution losses), the target
 * ({@code array<double>} or an ML vector, NULL for losses of a class label), the prediction
 * ({@code array<double>} or an ML vector) and the weight (a double). The reused arrays are safe
 * because Spark confines an aggregate function instance to the thread of one task, and the
 * accumulators read a row's vectors only while adding it.
 */
public final class LossAggregateFunction<B extends RowAccumulator<B>> extends ObjectAggregate<B> {
  private static final long serialVersionUID = 1L;
  private static final int LABEL = 0;
  private static final int TARGET = 1;
  private static final int PREDICTION = 2;
  private static final int WEIGHT = 3;

  private final LossAggregator<B> aggregator;
  private final String name;
  private final boolean weighted;
  /** The losses take a vector label (the target), so the label argument is always NULL. */
  private final boolean vectorLabel;
  private final boolean targetMayHoldNulls;
  private final boolean predictionMayHoldNulls;
  private final int mutableAggBufferOffset;
  private final int inputAggBufferOffset;
  private transient NumberArgument labelOf;
  private transient NumberArgument weightOf;
  private transient VectorArgument targetOf;
  private transient VectorArgument predictionOf;
  private transient Function1<Object, Object> toCatalyst;

  /**
   * {@code name}: the SQL name; {@code weighted}: the weight argument was given (not the
   * default 1); {@code ...MayHoldNulls}: the vector argument's type allows NULL elements, so each
   * row is scanned for them (a vector with a NULL element is a NULL vector). Public, with the
   * {@link #productElement} order, for Catalyst's reflective copies.
   */
  public LossAggregateFunction(List<Expression> arguments, LossAggregator<B> aggregator,
      String name, boolean weighted, boolean targetMayHoldNulls, boolean predictionMayHoldNulls,
      int mutableAggBufferOffset, int inputAggBufferOffset) {
    super(arguments);
    if (arguments.size() != 4) {
      throw new IllegalArgumentException(name + ": expected 4 bound arguments, got "
          + arguments.size());
    }
    this.aggregator = Objects.requireNonNull(aggregator);
    this.name = name;
    this.weighted = weighted;
    this.vectorLabel = aggregator.primaryLoss().label() == LossKind.Label.DISTRIBUTION;
    this.targetMayHoldNulls = targetMayHoldNulls;
    this.predictionMayHoldNulls = predictionMayHoldNulls;
    this.mutableAggBufferOffset = mutableAggBufferOffset;
    this.inputAggBufferOffset = inputAggBufferOffset;
  }

  @Override
  protected LossAggregateFunction<B> withArguments(List<Expression> newArguments) {
    return copy(newArguments, mutableAggBufferOffset, inputAggBufferOffset);
  }

  /** This aggregate with other arguments or buffer offsets; the configuration is the same. */
  private LossAggregateFunction<B> copy(List<Expression> arguments, int mutableOffset,
      int inputOffset) {
    return new LossAggregateFunction<>(arguments, aggregator, name, weighted,
        targetMayHoldNulls, predictionMayHoldNulls, mutableOffset, inputOffset);
  }

  @Override
  public B createAggregationBuffer() {
    return aggregator.zero();
  }

  @Override
  public B update(B sums, InternalRow input) {
    if (labelOf == null) {
      List<Expression> args = arguments();
      labelOf = NumberArgument.of(args.get(LABEL));
      weightOf = NumberArgument.of(args.get(WEIGHT));
      targetOf = VectorArgument.of(args.get(TARGET), targetMayHoldNulls);
      predictionOf = VectorArgument.of(args.get(PREDICTION), predictionMayHoldNulls);
    }
    boolean hasLabel = labelOf.read(input);
    boolean hasWeight = weightOf.read(input);
    double[] target = targetOf.read(input);
    double[] prediction = predictionOf.read(input);
    if ((!hasLabel && !vectorLabel) || !hasWeight) {
      sums.add(hasLabel ? labelOf.value : null, target, prediction,
          hasWeight ? weightOf.value : null);
    } else {
      // the common row: nothing boxed
      sums.addUnboxed(hasLabel ? labelOf.value : Double.NaN, target, prediction, weightOf.value);
    }
    return sums;
  }

  /**
   * How a number argument (a double, or a number cast to one) is read from an input row: a
   * column in place, widened as its cast would, a constant once, anything else by a projection.
   * {@link #read} leaves the row's value in {@link #value}.
   */
  private abstract static class NumberArgument {
    double value;

    /** Reads the argument of {@code input} into {@link #value}; false when it is NULL. */
    abstract boolean read(InternalRow input);

    static NumberArgument of(Expression argument) {
      boolean widened = argument instanceof Cast && argument.dataType() == DataTypes.DoubleType;
      Expression column = widened ? ((Cast) argument).child() : argument;
      if (column instanceof BoundReference) {
        ColumnNumber.Type type = ColumnNumber.Type.of(column.dataType());
        if (type != null) {
          return new ColumnNumber(((BoundReference) column).ordinal(), type);
        }
      }
      if (argument.foldable()) {
        return new ConstantNumber((Double) argument.eval(null));
      }
      return new ProjectedNumber(argument);
    }
  }

  private static final class ColumnNumber extends NumberArgument {
    /** The column types whose widening to double is Java's, as Spark's cast widens them. */
    enum Type {
      DOUBLE, FLOAT, LONG, INT, SHORT, BYTE;

      static Type of(DataType type) {
        return type == DataTypes.DoubleType ? DOUBLE : type == DataTypes.FloatType ? FLOAT
            : type == DataTypes.LongType ? LONG : type == DataTypes.IntegerType ? INT
            : type == DataTypes.ShortType ? SHORT : type == DataTypes.ByteType ? BYTE : null;
      }
    }

    private final int ordinal;
    private final Type type;

    ColumnNumber(int ordinal, Type type) {
      this.ordinal = ordinal;
      this.type = type;
    }

    @Override
    boolean read(InternalRow input) {
      if (input.isNullAt(ordinal)) {
        return false;
      }
      switch (type) {
        case DOUBLE: value = input.getDouble(ordinal); break;
        case FLOAT: value = input.getFloat(ordinal); break;
        case LONG: value = input.getLong(ordinal); break;
        case INT: value = input.getInt(ordinal); break;
        case SHORT: value = input.getShort(ordinal); break;
        default: value = input.getByte(ordinal);
      }
      return true;
    }
  }

  private static final class ConstantNumber extends NumberArgument {
    private final boolean isNull;

    ConstantNumber(Double constant) {
      isNull = constant == null;
      value = isNull ? Double.NaN : constant;
    }

    @Override
    boolean read(InternalRow input) {
      return !isNull;
    }
  }

  private static final class ProjectedNumber extends NumberArgument {
    private final MutableProjection projection;

    ProjectedNumber(Expression argument) {
      projection = MutableProjection.create(CatalystShim.seq(List.of(argument)))
          .target(new SpecificInternalRow(new StructType().add("value", DataTypes.DoubleType)));
    }

    @Override
    boolean read(InternalRow input) {
      InternalRow row = projection.apply(input);
      if (row.isNullAt(0)) {
        return false;
      }
      value = row.getDouble(0);
      return true;
    }
  }

  /**
   * How a vector argument ({@code array<double>} or a Spark ML vector, whose values are one) is
   * read from an input row into an array reused across rows: an {@code array<double>} column in
   * place (a projection would copy it; from Spark's row form, without even a view object), a
   * constant once, anything else (a converted vector) by a projection.
   */
  private abstract static class VectorArgument {
    private final boolean mayHoldNulls;
    private double[] scratch;

    VectorArgument(boolean mayHoldNulls) {
      this.mayHoldNulls = mayHoldNulls;
    }

    /** The argument of {@code input}, or null when it is NULL or holds a NULL element. */
    abstract double[] read(InternalRow input);

    static VectorArgument of(Expression argument, boolean mayHoldNulls) {
      boolean mlVector = VectorInput.of(argument.dataType()) == VectorInput.ML_VECTOR;
      if (argument instanceof BoundReference && !mlVector) {
        return new ArrayColumn(((BoundReference) argument).ordinal(), mayHoldNulls);
      }
      return new OtherVector(arrayOf(argument, mlVector), mayHoldNulls);
    }

    /** {@code array} into the reused array, or null when it has a NULL element. */
    double[] copy(ArrayData array) {
      if (array instanceof UnsafeArrayData) {
        UnsafeArrayData unsafe = (UnsafeArrayData) array;
        return copy(unsafe.getBaseObject(), unsafe.getBaseOffset());
      }
      if (mayHoldNulls && VectorArgs.hasNullElement(array)) {
        return null;
      }
      double[] out = scratch(array.numElements());
      for (int i = 0; i < out.length; i++) {
        out[i] = array.getDouble(i);
      }
      return out;
    }

    /**
     * The array of Spark's own form at {@code start} of {@code base} (an element count, null
     * bits, then the values as raw doubles) into the reused array, or null when it has a NULL
     * element.
     */
    double[] copy(Object base, long start) {
      int length = VectorArgs.numElements(base, start);
      if (mayHoldNulls && VectorArgs.hasNullElement(base, start, length)) {
        return null;
      }
      return copyValues(base, VectorArgs.valuesOffset(start, length), scratch(length));
    }

    private double[] scratch(int length) {
      if (scratch == null || scratch.length != length) {
        scratch = new double[length];
      }
      return scratch;
    }

    /** Values one by one: {@code Platform.copyMemory}'s call costs more than a row's few. */
    private static double[] copyValues(Object base, long values, double[] out) {
      for (int i = 0; i < out.length; i++) {
        out[i] = Platform.getDouble(base, values + 8L * i);
      }
      return out;
    }
  }

  /** An {@code array<double>} column. */
  private static final class ArrayColumn extends VectorArgument {
    private final int ordinal;

    ArrayColumn(int ordinal, boolean mayHoldNulls) {
      super(mayHoldNulls);
      this.ordinal = ordinal;
    }

    @Override
    double[] read(InternalRow input) {
      if (input.isNullAt(ordinal)) {
        return null;
      }
      if (input instanceof UnsafeRow) {
        // the array lies in the row, at the offset the high half of its slot holds: read it
        // there, where getArray would make a view object per row
        UnsafeRow row = (UnsafeRow) input;
        return copy(row.getBaseObject(), row.getBaseOffset() + (row.getLong(ordinal) >>> 32));
      }
      return copy(input.getArray(ordinal));
    }
  }

  /** An ML vector column, a constant or an expression, read through Spark's array view. */
  private static final class OtherVector extends VectorArgument {
    private final Function<InternalRow, ArrayData> arrayOf;

    OtherVector(Function<InternalRow, ArrayData> arrayOf, boolean mayHoldNulls) {
      super(mayHoldNulls);
      this.arrayOf = arrayOf;
    }

    @Override
    double[] read(InternalRow input) {
      ArrayData array = arrayOf.apply(input);
      return array == null ? null : copy(array);
    }
  }

  /** The values of a vector argument other than an {@code array<double>} column, or null. */
  private static Function<InternalRow, ArrayData> arrayOf(Expression argument, boolean mlVector) {
    if (argument instanceof BoundReference) {
      int ordinal = ((BoundReference) argument).ordinal();
      return input -> vectorAt(input, ordinal, mlVector);
    }
    if (argument.foldable()) {
      ArrayData constant = vectorAt(new GenericInternalRow(new Object[] {argument.eval(null)}), 0,
          mlVector);
      return input -> constant;
    }
    MutableProjection projection = MutableProjection.create(CatalystShim.seq(List.of(argument)));
    return input -> vectorAt(projection.apply(input), 0, mlVector);
  }

  /** The vector at {@code ordinal} of {@code row} as {@code array<double>}, or null. */
  private static ArrayData vectorAt(InternalRow row, int ordinal, boolean mlVector) {
    if (row.isNullAt(ordinal)) {
      return null;
    }
    return mlVector ? VectorArgs.valuesOf(row.getStruct(ordinal, VectorArgs.VECTOR_FIELDS))
        : row.getArray(ordinal);
  }

  @Override
  public B merge(B sums, B other) {
    return aggregator.merge(sums, other);
  }

  @Override
  public Object eval(B sums) {
    if (toCatalyst == null) {
      toCatalyst = CatalystTypeConverters.createToCatalystConverter(dataType());
    }
    return toCatalyst.apply(aggregator.finish(sums));
  }

  @Override
  public byte[] serialize(B sums) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sums);
    } catch (IOException e) {
      throw new IllegalStateException(name + ": cannot serialize an aggregation buffer", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public B deserialize(byte[] bytes) {
    try (ObjectInputStream in = new BufferInput(new ByteArrayInputStream(bytes))) {
      return aggregator.bufferClass().cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(name + ": cannot read an aggregation buffer", e);
    }
  }

  /** Resolves classes with LossLens's own class loader (the job jar's, under spark-submit). */
  private static final class BufferInput extends ObjectInputStream {
    BufferInput(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, LossAggregateFunction.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }

  @Override
  public DataType dataType() {
    return aggregator.outputSchema();
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public int mutableAggBufferOffset() {
    return mutableAggBufferOffset;
  }

  @Override
  public int inputAggBufferOffset() {
    return inputAggBufferOffset;
  }

  @Override
  public LossAggregateFunction<B> withNewMutableAggBufferOffset(int offset) {
    return copy(arguments(), offset, inputAggBufferOffset);
  }

  @Override
  public LossAggregateFunction<B> withNewInputAggBufferOffset(int offset) {
    return copy(arguments(), mutableAggBufferOffset, offset);
  }

  @Override
  public String prettyName() {
    return name;
  }

  /** The arguments as the call had them: the label (or target), prediction and any weight. */
  private List<Expression> callArguments() {
    List<Expression> args = arguments();
    Expression label = vectorLabel ? args.get(TARGET) : args.get(LABEL);
    return weighted ? List.of(label, args.get(PREDICTION), args.get(WEIGHT))
        : List.of(label, args.get(PREDICTION));
  }

  @Override
  public String sql() {
    return sql(false);
  }

  @Override
  public String sql(boolean isDistinct) {
    return call(isDistinct, Expression::sql);
  }

  @Override
  public String toAggString(boolean isDistinct) {
    return call(isDistinct, Expression::toString);
  }

  @Override
  public String toString() {
    return toAggString(false);
  }

  private String call(boolean isDistinct, Function<Expression, String> show) {
    return name + (isDistinct ? "(DISTINCT " : "(") + callArguments().stream().map(show)
        .collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public int productArity() {
    return 8;
  }

  @Override
  public Object productElement(int n) {
    switch (n) {
      case 0: return arguments();
      case 1: return aggregator;
      case 2: return name;
      case 3: return weighted;
      case 4: return targetMayHoldNulls;
      case 5: return predictionMayHoldNulls;
      case 6: return mutableAggBufferOffset;
      case 7: return inputAggBufferOffset;
      default: throw new IndexOutOfBoundsException(String.valueOf(n));
    }
  }

  @Override
  public boolean canEqual(Object other) {
    return other instanceof LossAggregateFunction;
  }

  /** Equal when they aggregate the same arguments with the same configuration. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LossAggregateFunction)) {
      return false;
    }
    LossAggregateFunction<?> f = (LossAggregateFunction<?>) o;
    return arguments().equals(f.arguments()) && aggregator.getClass() == f.aggregator.getClass()
        && aggregator.configuration().equals(f.aggregator.configuration())
        && name.equals(f.name) && weighted == f.weighted
        && targetMayHoldNulls == f.targetMayHoldNulls
        && predictionMayHoldNulls == f.predictionMayHoldNulls
        && mutableAggBufferOffset == f.mutableAggBufferOffset
        && inputAggBufferOffset == f.inputAggBufferOffset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(arguments(), aggregator.configuration(), name, mutableAggBufferOffset,
        inputAggBufferOffset);
  }
}
