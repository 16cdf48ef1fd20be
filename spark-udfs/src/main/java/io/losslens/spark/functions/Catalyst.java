package io.losslens.spark.functions;

import java.util.List;
import org.apache.spark.QueryContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.DataType;
import scala.Option;
import scala.collection.immutable.Map$;

/**
 * The Catalyst constructors LossLens uses, in one place. What differs between the Spark 3.5 and
 * Spark 4 builds (Scala {@code Seq} types, constructors that gained parameters, encoders,
 * {@code Column} and {@code Expression}) is in {@link CatalystShim} and {@link FunctionBuilder},
 * one copy per Spark version; this class holds what compiles against both.
 */
public final class Catalyst {
  private Catalyst() {}

  /**
   * {@code staticinvoke} of {@code owner.method(args)}: compiled into the generated code as a
   * direct static call. NULL in any argument gives NULL without calling the method.
   */
  public static Expression staticInvoke(Class<?> owner, DataType resultType, String method,
      List<Expression> args) {
    return staticInvoke(owner, resultType, method, args, true, true);
  }

  /**
   * As above. {@code mayReturnNull = false} declares that the method returns NULL only for a
   * NULL argument; {@code deterministic = false} keeps the optimizer from evaluating the call
   * while folding constants (a call that only raises an error must run per row).
   */
  public static Expression staticInvoke(Class<?> owner, DataType resultType, String method,
      List<Expression> args, boolean mayReturnNull, boolean deterministic) {
    return CatalystShim.staticInvoke(owner, resultType, method, args, /* propagateNull */ true,
        mayReturnNull, deterministic);
  }

  /** A cast with the session's evaluation mode (numeric widening never fails in any mode). */
  public static Expression cast(Expression child, DataType to) {
    return new Cast(child, to, Option.empty(), Cast.apply$default$4());
  }

  /**
   * Throws Spark's analysis error with {@code message}. It is a checked exception to Java but
   * thrown from a Scala function here, as Spark's own function builders do; the return type
   * lets call sites write {@code throw Catalyst.analysisError(...)}.
   */
  public static RuntimeException analysisError(String message) {
    throw Catalyst.<RuntimeException>sneakyThrow(new AnalysisException(message, Option.empty(),
        Option.empty(), Option.empty(), Option.empty(), Map$.MODULE$.empty(), new QueryContext[0]));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
