package io.losslens.jobs;

import java.util.Locale;

/** How a command prints query results. */
public enum OutputFormat {
  /** An aligned text table with a header, like Spark's {@code Dataset.show}. */
  TABLE,
  /** One JSON object per row (JSON Lines), as Spark's {@code Dataset.toJSON} writes it. */
  JSON;

  /** The name users type: {@code table} or {@code json}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@code --format} value; the message of a bad one lists the choices. */
  public static OutputFormat parse(String value) {
    for (OutputFormat f : values()) {
      if (f.optionValue().equals(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be table or json, but was '" + value + "'");
  }
}
