package io.losslens.spark.functions;

import java.util.Locale;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;

/** Usage text for {@code DESCRIBE FUNCTION} and the README reference, from the registry. */
public final class FunctionDocs {
  private FunctionDocs() {}

  /** What {@code DESCRIBE FUNCTION [EXTENDED]} shows for the function or its try twin. */
  public static ExpressionInfo expressionInfo(LossFunction f, boolean tryTwin) {
    return new ExpressionInfo(f.target().getName(), null, tryTwin ? f.tryName() : f.name(),
        usage(f, tryTwin), arguments(f), examples(f), "", "", "", "", "");
  }

  /**
   * The same text as one string, with {@code _FUNC_} replaced by the name: the description of a
   * catalog function.
   */
  public static String description(LossFunction f, boolean tryTwin) {
    return (usage(f, tryTwin) + arguments(f) + examples(f))
        .replace("_FUNC_", tryTwin ? f.tryName() : f.name());
  }

  private static String usage(LossFunction f, boolean tryTwin) {
    return "_FUNC_" + f.argumentList() + " - " + (tryTwin
        ? "Same as " + f.name() + ", but returns NULL where " + f.name() + " would fail. "
        : "") + f.summary();
  }

  private static String arguments(LossFunction f) {
    StringBuilder arguments = new StringBuilder("\n    Arguments:\n");
    for (Param p : f.params()) {
      arguments.append("      * ").append(p.name()).append(" - ").append(p.description())
          .append('\n');
    }
    return arguments.append("  ").toString();
  }

  private static String examples(LossFunction f) {
    return "\n    Examples:\n      > SELECT _FUNC_(" + f.exampleArguments() + ");\n       "
        + f.exampleResult() + "\n  ";
  }

  /**
   * The README's function reference: one table row per function, with the worked example.
   * A test keeps the README's copy equal to this.
   */
  public static String markdownReference() {
    StringBuilder md = new StringBuilder("| function | returns | what it computes | example |\n")
        .append("|---|---|---|---|\n");
    for (LossFunction f : LossRegistry.all()) {
      md.append("| `").append(f.signature()).append("` | ")
          .append(f.result() == LossFunction.Result.DOUBLE ? "double" : "array<double>")
          .append(" | ").append(f.summary().replace("|", "\\|")).append(" | `")
          .append(f.name()).append('(').append(f.exampleArguments()).append(")` = `")
          .append(f.exampleResult().toLowerCase(Locale.ROOT)).append("` |\n");
    }
    return md.toString();
  }
}
