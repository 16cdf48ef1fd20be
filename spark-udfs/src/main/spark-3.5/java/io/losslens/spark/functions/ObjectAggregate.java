package io.losslens.spark.functions;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.aggregate.TypedImperativeAggregate;
import scala.collection.IndexedSeq;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * A Catalyst aggregate over a Java object buffer, as a Java class can extend it: the children
 * and {@code withNewChildrenInternal} use {@code scala.collection.Seq} and {@code IndexedSeq} on
 * Scala 2.12 (Spark 3.5 here) and their {@code immutable} forms on 2.13 (the twin in
 * {@code src/main/spark-4}); subclasses see Java lists. Serializable, as Scala makes case classes,
 * to reach the executors.
 */
public abstract class ObjectAggregate<T> extends TypedImperativeAggregate<T>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Seq<Expression> children;

  protected ObjectAggregate(List<Expression> children) {
    this.children = CatalystShim.seq(List.copyOf(children));
  }

  /** The arguments, in order. */
  public final List<Expression> arguments() {
    return JavaConverters.seqAsJavaList(children);
  }

  /** This aggregate over other (bound or rewritten) arguments. */
  protected abstract ObjectAggregate<T> withArguments(List<Expression> arguments);

  @Override
  public final Seq<Expression> children() {
    return children;
  }

  @Override
  public final Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
    return withArguments(JavaConverters.seqAsJavaList(newChildren));
  }
}
