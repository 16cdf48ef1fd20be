package io.losslens.spark;

/**
 * Text Spark prints differently from version to version, as Spark 3.5 prints it; its twin in
 * {@code src/test/spark-4} gives Spark 4.2's. A plan ({@code EXPLAIN}, {@code executedPlan})
 * shows a {@code staticinvoke} as the fields of the case class:
 * {@code staticinvoke(class Owner, ResultType, method, args...)}.
 */
public final class SparkText {
  private SparkText() {}

  /** A static call of some method of exactly the class {@code owner}. */
  public static String staticInvokeOf(String owner) {
    return "staticinvoke(class " + owner + ",";
  }

  /**
   * A static call of a method of {@code owner} whose name starts with {@code method} and whose
   * SQL result type prints as {@code resultType}.
   */
  public static String staticInvoke(String owner, String resultType, String method) {
    return "staticinvoke(class " + owner + ", " + resultType + ", " + method;
  }

  /** The start of the analysis error for a column {@code name} that does not resolve. */
  public static String unresolvedColumn(String name) {
    return "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `"
        + name + "` cannot be resolved.";
  }
}
