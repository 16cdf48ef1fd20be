package io.losslens.spark.functions;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.classic.ColumnNodeToExpressionConverter$;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.connector.catalog.CatalogManager;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The Spark and Scala signatures that differ between the Spark 3.5 (Scala 2.12) and Spark 4
 * (Scala 2.13) builds, for Spark 4. Its twin in {@code src/main/spark-3.5} has the same methods;
 * everything else calls these (or {@link Catalyst}) instead of the constructors.
 */
public final class CatalystShim {
  private CatalystShim() {}

  /** Registers {@code name} as a temporary function of the session that owns {@code registry}. */
  public static void registerTemporaryFunction(FunctionRegistry registry, String name,
      ExpressionInfo info, FunctionBuilder builder) {
    registry.registerFunction(inSystemNamespace(CatalogManager.SESSION_NAMESPACE(), name), info,
        builder);
  }

  /**
   * Whether {@code name} is a temporary function or one injected by a session extension. Spark
   * 4.2 keys its registry by qualified names: temporary functions are
   * {@code system.session.<name>}, injected ones {@code system.builtin.<name>}.
   */
  public static boolean isRegisteredFunction(FunctionRegistry registry, String name) {
    return registry.functionExists(inSystemNamespace(CatalogManager.SESSION_NAMESPACE(), name))
        || registry.functionExists(inSystemNamespace(CatalogManager.BUILTIN_NAMESPACE(), name));
  }

  private static FunctionIdentifier inSystemNamespace(String namespace, String name) {
    return new FunctionIdentifier(name, Option.apply(namespace),
        Option.apply(CatalogManager.SYSTEM_CATALOG_NAME()));
  }

  /** {@code list} as the Scala {@code Seq} Spark's signatures take ({@code immutable.Seq}). */
  public static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  /** {@code map} as a Scala map (a view, for the external values of rows). */
  public static <K, V> scala.collection.Map<K, V> map(Map<K, V> map) {
    return CollectionConverters.asScala(map);
  }

  /**
   * {@code StaticInvoke(owner, resultType, method, args, Nil, propagateNull, ...)}; Spark 4 adds
   * the V2 function it was made for, none here.
   */
  public static Expression staticInvoke(Class<?> owner, DataType resultType, String method,
      List<Expression> args, boolean propagateNull, boolean returnNullable,
      boolean deterministic) {
    return new StaticInvoke(owner, resultType, method, seq(args), seq(List.of()), propagateNull,
        returnNullable, deterministic, Option.empty());
  }

  /**
   * An encoder of {@code type} written by {@code serializer}, read by {@code deserializer}.
   * Spark 4 also wants it described as an {@link AgnosticEncoder} (for its class tag).
   */
  public static <T> ExpressionEncoder<T> expressionEncoder(Class<T> type, Expression serializer,
      Expression deserializer) {
    return new ExpressionEncoder<>(new Described<>(type, serializer.dataType()), serializer,
        deserializer);
  }

  /** {@code expression} as a {@link Column}: Spark 4's columns hold a node that wraps it. */
  public static Column column(Expression expression) {
    return ExpressionUtils.column(expression);
  }

  /** The expression of {@code column} (unresolved, as the column was built). */
  public static Expression expression(Column column) {
    return ColumnNodeToExpressionConverter$.MODULE$.apply(column.node());
  }

  /** A class serialized as {@code dataType} by expressions of its own. */
  private static final class Described<T> implements AgnosticEncoder<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final DataType dataType;

    Described(Class<T> type, DataType dataType) {
      this.type = type;
      this.dataType = dataType;
    }

    @Override
    public boolean isPrimitive() {
      return false;
    }

    @Override
    public DataType dataType() {
      return dataType;
    }

    @Override
    public boolean isStruct() {
      return dataType instanceof StructType;
    }

    @Override
    public StructType schema() {
      return isStruct() ? (StructType) dataType : AgnosticEncoder.super.schema();
    }

    @Override
    public ClassTag<T> clsTag() {
      return ClassTag$.MODULE$.apply(type);
    }
  }
}
