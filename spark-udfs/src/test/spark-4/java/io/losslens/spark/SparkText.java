package io.losslens.spark;

/**
 * Text Spark prints differently from version to version, as Spark 4.2 prints it; its twin in
 * {@code src/test/spark-3.5} gives Spark 3.5's. A plan ({@code EXPLAIN}, {@code executedPlan})
 * shows a {@code staticinvoke} as a call, {@code static_invoke(Owner.method(args...))}, without
 * the result type (the tests check result types through the query's schema).
 */
public final class SparkText {
  private SparkText() {}

  /** A static call of some method of exactly the class {@code owner}. */
  public static String staticInvokeOf(String owner) {
    return "static_invoke(" + owner + ".";
  }

  /**
   * A static call of a method of {@code owner} whose name starts with {@code method};
   * {@code resultType} is not printed by Spark 4.2.
   */
  public static String staticInvoke(String owner, String resultType, String method) {
    return "static_invoke(" + owner + "." + method;
  }

  /** The start of the analysis error for a column {@code name} that does not resolve. */
  public static String unresolvedColumn(String name) {
    return "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with "
        + "name `" + name + "` cannot be resolved.";
  }
}
