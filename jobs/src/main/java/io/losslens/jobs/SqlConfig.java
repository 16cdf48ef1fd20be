package io.losslens.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The validated configuration of {@code losslens sql}: the statements to run, in order, and how
 * to print their results. Spark-free, so it is complete before a session exists.
 */
public final class SqlConfig {
  /** The default of {@code --max-rows}. */
  public static final int DEFAULT_MAX_ROWS = 1000;

  // A statement ends with ';' at the end of a line (trailing blanks allowed), so a ';' inside
  // a string literal or in the middle of a line never splits one.
  private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

  private final List<String> statements;
  private final OutputFormat format;
  private final int maxRows;

  private SqlConfig(List<String> statements, OutputFormat format, int maxRows) {
    this.statements = List.copyOf(statements);
    this.format = format;
    this.maxRows = maxRows;
  }

  /**
   * A configuration, validated: at least one statement, {@code maxRows >= 1}. Throws an
   * {@link IllegalArgumentException} naming the option otherwise.
   */
  public static SqlConfig of(List<String> statements, OutputFormat format, int maxRows) {
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("no SQL statement to run");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("--max-rows must be >= 1, but was " + maxRows);
    }
    return new SqlConfig(statements, format, maxRows);
  }

  /**
   * Splits a script into statements at each {@code ;} that ends a line, dropping pieces that hold
   * only blanks and {@code --} comments (such as the text after the last {@code ;}).
   */
  public static List<String> splitStatements(String script) {
    List<String> statements = new ArrayList<>();
    for (String piece : STATEMENT_END.split(script)) {
      if (hasCode(piece)) {
        statements.add(piece.strip());
      }
    }
    return statements;
  }

  private static boolean hasCode(String piece) {
    return piece.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("--"));
  }

  public List<String> statements() {
    return statements;
  }

  public OutputFormat format() {
    return format;
  }

  /** The most rows printed per statement; the output says when a result had more. */
  public int maxRows() {
    return maxRows;
  }
}
