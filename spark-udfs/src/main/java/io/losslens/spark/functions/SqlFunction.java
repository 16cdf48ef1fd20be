package io.losslens.spark.functions;

import java.io.Serializable;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;

/**
 * One SQL function as Spark registers it: its name, its documentation and the builder of its
 * expression. The same definitions serve a session's registry and the session extension.
 */
public final class SqlFunction implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final ExpressionInfo info;
  private final FunctionBuilder builder;

  public SqlFunction(String name, ExpressionInfo info, FunctionBuilder builder) {
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

  public FunctionBuilder builder() {
    return builder;
  }
}
