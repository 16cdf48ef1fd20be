package io.losslens.spark.agg;

import io.losslens.spark.functions.VectorInput;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns a caller configures by name (the report's {@code --label-col}, the evaluator's
 * {@code labelCol}, ...), checked against a schema before any loss is computed, by the rules the
 * aggregates bind their arguments with: which types are numbers, which are vectors. Messages are
 * the part after the caller's own prefix (its option or param name), so each caller names what
 * the user set.
 */
public final class InputColumns {
  /** A suggestion is made for a name at most this many edits away from a column's. */
  private static final int MAX_EDITS = 2;

  private InputColumns() {}

  /** The field named exactly {@code name} (as Spark ML resolves column params), or null. */
  public static StructField find(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Why {@code name} names no column of {@code schema}, with the closest column when there is
   * one (the same name in another case, else one within two edits):
   * {@code no column 'lable' in the input; did you mean 'label'? The columns are label, p}.
   */
  public static String missing(StructType schema, String name) {
    String columns = String.join(", ", schema.fieldNames());
    String suggestion = closest(schema, name);
    return "no column '" + name + "' in the input; " + (suggestion == null ? "the columns are "
        + columns : "did you mean '" + suggestion + "'? The columns are " + columns);
  }

  /** The column a user most likely meant by {@code name}, or null. */
  private static String closest(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f.name();
      }
    }
    String best = null;
    int bestEdits = MAX_EDITS + 1;
    String lower = name.toLowerCase(Locale.ROOT);
    for (StructField f : schema.fields()) {
      int edits = edits(lower, f.name().toLowerCase(Locale.ROOT));
      // fewer edits than either name has characters: 'x' is no typo of 'w', nor 'raw' of 'w'
      if (edits < bestEdits && edits < Math.min(name.length(), f.name().length())) {
        best = f.name();
        bestEdits = edits;
      }
    }
    return best;
  }

  /** The Levenshtein distance of {@code a} and {@code b}. */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Why {@code field} cannot be read as {@code expected}:
   * {@code column 'label' has type string, but must be a number (the class index)}.
   */
  public static String wrongType(StructField field, String expected) {
    return "column '" + field.name() + "' has type " + field.dataType().simpleString()
        + ", but must be " + expected;
  }

  /**
   * Whether the aggregates read a value of {@code type} as a number (a label, a scalar
   * prediction, a weight): any numeric type, widened to double, or an untyped NULL.
   */
  public static boolean isNumber(DataType type) {
    return type instanceof NumericType || type instanceof NullType;
  }

  /**
   * Whether the aggregates read a value of {@code type} as a vector: an array of numbers or a
   * Spark ML vector ({@link VectorInput#of}).
   */
  public static boolean isVector(DataType type) {
    return VectorInput.of(type) != null;
  }

  /** What {@link #isVector} accepts, for messages. */
  public static final String VECTOR_TYPES = "array of numbers or Spark ML vector";

  /** The column named {@code name}, quoted so that a dot in it is not read as a struct field. */
  public static Column column(String name) {
    return functions.col(quoted(name));
  }

  /** {@code name} as a quoted identifier, for {@code col} and SQL text. */
  public static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
