package io.losslens.jobs.bench;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@code losslens bench} measures: {@code rows} generated predictions of {@code classes}
 * classes (fixed by {@code seed}), the selected {@link BenchPath}s, {@code warmup} unmeasured
 * and {@code runs} measured runs of each, and the directory {@code output} of
 * {@code bench.json}. {@code builtin_expression} is always measured: it is the reference of
 * every ratio.
 */
public final class BenchConfig {
  public static final long DEFAULT_ROWS = 1_000_000;
  public static final int DEFAULT_CLASSES = 10;
  public static final int DEFAULT_RUNS = 5;
  public static final int DEFAULT_WARMUP = 2;
  public static final long DEFAULT_SEED = 42;
  /** The most classes {@code losslens demo} generates, and so the bench. */
  static final int MAX_CLASSES = 10_000;

  private final long rows;
  private final int classes;
  private final int runs;
  private final int warmup;
  private final Set<BenchPath> paths;
  private final long seed;
  private final String output;

  private BenchConfig(long rows, int classes, int runs, int warmup, Set<BenchPath> paths,
      long seed, String output) {
    this.rows = rows;
    this.classes = classes;
    this.runs = runs;
    this.warmup = warmup;
    this.paths = paths;
    this.seed = seed;
    this.output = output;
  }

  /** Builder-style start: the defaults, writing to {@code output}. */
  public static BenchConfig defaults(String output) {
    return of(DEFAULT_ROWS, DEFAULT_CLASSES, DEFAULT_RUNS, DEFAULT_WARMUP, null, DEFAULT_SEED,
        output);
  }

  /**
   * Validated; an {@link IllegalArgumentException} names the option, the value and the rule.
   * {@code paths} is the text of {@code --paths} (comma-separated names), null for all.
   */
  public static BenchConfig of(long rows, int classes, int runs, int warmup, String paths,
      long seed, String output) {
    if (rows < 1) {
      throw new IllegalArgumentException("--rows must be >= 1, but was " + rows);
    }
    if (classes < 2 || classes > MAX_CLASSES) {
      throw new IllegalArgumentException("--classes must be in [2, " + MAX_CLASSES + "], but was "
          + classes);
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be >= 1, but was " + runs);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be >= 0, but was " + warmup);
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output must name a directory, but was '" + output
          + "'");
    }
    return new BenchConfig(rows, classes, runs, warmup, parsePaths(paths), seed, output);
  }

  private static Set<BenchPath> parsePaths(String text) {
    if (text == null) {
      return Collections.unmodifiableSet(EnumSet.allOf(BenchPath.class));
    }
    Set<BenchPath> chosen = EnumSet.of(BenchPath.BUILTIN_EXPRESSION);
    for (String part : text.split(",", -1)) {
      String name = part.trim();
      BenchPath path = BenchPath.of(name);
      if (path == null) {
        throw new IllegalArgumentException("--paths: '" + name + "' is not a path; paths are "
            + String.join(", ", BenchPath.names()) + " (comma-separated)");
      }
      chosen.add(path);
    }
    return Collections.unmodifiableSet(chosen);
  }

  /** This configuration with other rows and classes (for tests at small sizes). */
  public BenchConfig withSize(long newRows, int newClasses) {
    return of(newRows, newClasses, runs, warmup, pathsText(), seed, output);
  }

  /** This configuration with other run counts. */
  public BenchConfig withRuns(int newRuns, int newWarmup) {
    return of(rows, classes, newRuns, newWarmup, pathsText(), seed, output);
  }

  /** This configuration with other paths ({@code --paths} text). */
  public BenchConfig withPaths(String newPaths) {
    return of(rows, classes, runs, warmup, newPaths, seed, output);
  }

  private String pathsText() {
    StringBuilder text = new StringBuilder();
    for (BenchPath p : paths) {
      text.append(text.length() == 0 ? "" : ",").append(p.pathName());
    }
    return text.toString();
  }

  public long rows() {
    return rows;
  }

  public int classes() {
    return classes;
  }

  public int runs() {
    return runs;
  }

  public int warmup() {
    return warmup;
  }

  /** The paths to measure, in measuring order; always with {@code builtin_expression}. */
  public Set<BenchPath> paths() {
    return paths;
  }

  public boolean measures(BenchPath path) {
    return paths.contains(path);
  }

  public long seed() {
    return seed;
  }

  public String output() {
    return output;
  }

  @Override
  public String toString() {
    return "rows=" + rows + ", classes=" + classes + ", runs=" + runs + ", warmup=" + warmup
        + ", seed=" + seed + ", paths=" + pathsText();
  }
}
