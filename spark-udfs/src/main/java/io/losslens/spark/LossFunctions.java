package io.losslens.spark;

import io.losslens.spark.agg.LossAggregates;
import io.losslens.spark.functions.CallBuilder;
import io.losslens.spark.functions.CatalystShim;
import io.losslens.spark.functions.FunctionDocs;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.SqlFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;

/**
 * Registers every LossLens SQL function and its {@code try_} twin in a session, callable
 * without prefix: {@code SELECT focal_loss(label, p) FROM preds}. Each call compiles to a
 * direct static call of the kernel in Spark's generated code. The aggregates
 * ({@code loss_summary}, {@code loss_mean}, {@code per_class_loss}; see {@link LossAggregates})
 * are registered with them.
 */
public final class LossFunctions {
  private static final List<SqlFunction> DEFINITIONS = build();

  private LossFunctions() {}

  /** Registers (or re-registers) all functions as temporary functions of {@code spark}. */
  public static void register(SparkSession spark) {
    FunctionRegistry registry = spark.sessionState().functionRegistry();
    for (SqlFunction f : definitions()) {
      CatalystShim.registerTemporaryFunction(registry, f.name(), f.info(), f.builder());
    }
  }

  /**
   * Every function, its {@code try_} twin, and the aggregates, as SQL function definitions: what
   * {@link #register} registers and {@link LossExtensions} injects into every session.
   */
  public static List<SqlFunction> definitions() {
    return DEFINITIONS;
  }

  private static List<SqlFunction> build() {
    List<SqlFunction> definitions = new ArrayList<>();
    for (LossFunction f : LossRegistry.all()) {
      definitions.add(new SqlFunction(f.name(), FunctionDocs.expressionInfo(f, false),
          new CallBuilder(f, false)));
      definitions.add(new SqlFunction(f.tryName(), FunctionDocs.expressionInfo(f, true),
          new CallBuilder(f, true)));
    }
    definitions.addAll(LossAggregates.definitions());
    return List.copyOf(definitions);
  }

  /**
   * Registers the functions unless {@code spark} has them already (from {@link #register} or the
   * session extension); the Column API calls this so that it works in any session.
   */
  public static void registerIfAbsent(SparkSession spark) {
    if (!isRegistered(spark)) {
      register(spark);
    }
  }

  /** True when every function, twin and aggregate is registered in {@code spark}. */
  public static boolean isRegistered(SparkSession spark) {
    FunctionRegistry registry = spark.sessionState().functionRegistry();
    return definitions().stream()
        .allMatch(f -> CatalystShim.isRegisteredFunction(registry, f.name()));
  }
}
