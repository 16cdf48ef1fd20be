package io.losslens.spark.functions;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.DataType;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.reflect.ClassTag$;

/**
 * The Spark and Scala signatures that differ between the Spark 3.5 (Scala 2.12) and Spark 4
 * (Scala 2.13) builds, for Spark 3.5. Its twin in {@code src/main/spark-4} has the same methods;
 * everything else calls these (or {@link Catalyst}) instead of the constructors.
 */
public final class CatalystShim {
  private CatalystShim() {}

  /** Registers {@code name} as a temporary function of the session that owns {@code registry}. */
  public static void registerTemporaryFunction(FunctionRegistry registry, String name,
      ExpressionInfo info, FunctionBuilder builder) {
    registry.registerFunction(new FunctionIdentifier(name), info, builder);
  }

  /**
   * Whether {@code name} is a temporary function or one injected by a session extension (in
   * Spark 3.5 both are registered under the bare name).
   */
  public static boolean isRegisteredFunction(FunctionRegistry registry, String name) {
    return registry.functionExists(new FunctionIdentifier(name));
  }

  /** {@code list} as the Scala {@code Seq} Spark's signatures take ({@code scala.collection.Seq}). */
  public static <T> Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }

  /** {@code map} as a Scala map (a view, for the external values of rows). */
  public static <K, V> scala.collection.Map<K, V> map(Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }

  /** {@code StaticInvoke(owner, resultType, method, args, Nil, propagateNull, ...)}. */
  public static Expression staticInvoke(Class<?> owner, DataType resultType, String method,
      List<Expression> args, boolean propagateNull, boolean returnNullable,
      boolean deterministic) {
    return new StaticInvoke(owner, resultType, method, seq(args), seq(List.of()), propagateNull,
        returnNullable, deterministic);
  }

  /** An encoder of {@code type} written by {@code serializer}, read by {@code deserializer}. */
  public static <T> ExpressionEncoder<T> expressionEncoder(Class<T> type, Expression serializer,
      Expression deserializer) {
    return new ExpressionEncoder<>(serializer, deserializer, ClassTag$.MODULE$.apply(type));
  }

  /** {@code expression} as a {@link Column}. */
  public static Column column(Expression expression) {
    return new Column(expression);
  }

  /** The expression of {@code column} (unresolved, as the column was built). */
  public static Expression expression(Column column) {
    return column.expr();
  }
}
