package io.losslens.spark;

import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.Param;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * {@code LossColumns.java} is generated from the registry: this test regenerates it in memory
 * and fails when the committed file differs. Run with {@code -Dlosslens.regenerate=true} to
 * rewrite it after changing the registry.
 */
class LossColumnsSourceTest {
  private static final Path SOURCE = Paths.get("src/main/java/io/losslens/spark/LossColumns.java");

  @Test
  void committedSourceMatchesRegistry() throws IOException {
    GeneratedSource.assertUpToDate(SOURCE, generate());
  }

  static String generate() {
    StringBuilder s = new StringBuilder();
    s.append("package io.losslens.spark;\n\n")
        .append("import org.apache.spark.sql.Column;\n")
        .append("import org.apache.spark.sql.SparkSession;\n")
        .append("import org.apache.spark.sql.functions;\n\n")
        .append("/**\n")
        .append(" * The LossLens SQL functions as a Java/Scala {@link Column} API, one method per function and\n")
        .append(" * arity (optional trailing arguments take their SQL defaults). Each builds the same call as\n")
        .append(" * SQL does, so it runs on the same fast path; the functions are registered in the active\n")
        .append(" * session on first use.\n")
        .append(" *\n")
        .append(" * <p>Generated from {@code LossRegistry} by {@code LossColumnsSourceTest}; do not edit.\n")
        .append(" */\n")
        .append("public final class LossColumns {\n")
        .append("  private LossColumns() {}\n");
    for (LossFunction f : LossRegistry.all()) {
      for (int arity = f.minArity(); arity <= f.maxArity(); arity++) {
        method(s, f, arity, false);
      }
      for (int arity = f.minArity(); arity <= f.maxArity(); arity++) {
        method(s, f, arity, true);
      }
    }
    s.append("\n")
        .append("  private static Column call(String name, Column... arguments) {\n")
        .append("    LossFunctions.registerIfAbsent(SparkSession.active());\n")
        .append("    return functions.call_function(name, arguments);\n")
        .append("  }\n")
        .append("}\n");
    return s.toString();
  }

  private static void method(StringBuilder s, LossFunction f, int arity, boolean tryTwin) {
    String sqlName = tryTwin ? f.tryName() : f.name();
    s.append("\n  /**\n   * {@code ").append(sqlName).append("}: ")
        .append(tryTwin ? "NULL where {@link #" + camel(f.name()) + "} would fail. " : "")
        .append(f.summary().replace("{", "&#123;").replace("}", "&#125;")
            .replace("<", "&lt;").replace(">", "&gt;"))
        .append("\n   *\n   * <p>SQL: {@code ").append(f.signature()).append("}\n   */\n");
    s.append("  public static Column ").append(camel(sqlName)).append('(');
    for (int i = 0; i < arity; i++) {
      Param p = f.params().get(i);
      s.append(i == 0 ? "" : ", ").append("Column ").append(camel(p.name()));
    }
    s.append(") {\n    return call(\"").append(sqlName).append('"');
    for (int i = 0; i < arity; i++) {
      s.append(", ").append(camel(f.params().get(i).name()));
    }
    s.append(");\n  }\n");
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
