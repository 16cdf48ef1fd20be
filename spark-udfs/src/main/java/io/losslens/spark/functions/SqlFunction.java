package io.losslens.spark.functions;

import java.io.Serializable;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import scala.Function1;
import scala.Tuple3;
import scala.collection.Seq;

/**
 * One SQL function as Spark registers it: its name, its documentation and the builder of its
 * expression. The same definitions serve a session's registry and the session extension.
 */
public final class SqlFunction implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final ExpressionInfo info;
  private final Function1<Seq<Expression>, Expression> builder;

  public SqlFunction(String name, ExpressionInfo info,
      Function1<Seq<Expression>, Expression> builder) {
    this.name = name;
    this.info = info;
    this.builder = builder;
  }

  public String name() {
    return name;
  }

  public FunctionIdentifier identifier() {
    return new FunctionIdentifier(name);
  }

  public ExpressionInfo info() {
    return info;
  }

  public Function1<Seq<Expression>, Expression> builder() {
    return builder;
  }

  /** The triple {@code SparkSessionExtensions.injectFunction} takes. */
  public Tuple3<FunctionIdentifier, ExpressionInfo, Function1<Seq<Expression>, Expression>>
      injection() {
    return new Tuple3<>(identifier(), info, builder);
  }
}
