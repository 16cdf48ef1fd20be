package io.losslens.spark.functions;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.Expression;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.runtime.AbstractFunction1;

/**
 * A SQL function's builder as Spark's function registry and session extensions take it: a
 * Scala {@code Seq[Expression] => Expression}, whose {@code Seq} is {@code scala.collection.Seq}
 * on Scala 2.12 (Spark 3.5 here) and {@code scala.collection.immutable.Seq} on 2.13 (Spark 4).
 * Subclasses build the call from a Java list of the resolved arguments.
 */
public abstract class FunctionBuilder extends AbstractFunction1<Seq<Expression>, Expression>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The call's expression from its resolved arguments. */
  protected abstract Expression build(List<Expression> arguments);

  @Override
  public final Expression apply(Seq<Expression> arguments) {
    return build(JavaConverters.seqAsJavaList(arguments));
  }
}
