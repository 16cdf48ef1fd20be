package io.losslens.jobs.demo;

/**
 * What {@code losslens demo} generates: {@code rows} predictions of a {@code classes}-class
 * model, class frequencies falling geometrically so that the most frequent class has
 * {@code imbalance} times the rows of the least frequent, a model of the given {@code quality}
 * (the mean logit margin of the true class; 0 is guessing), and a seed that fixes every value.
 */
public final class DemoConfig {
  public static final long DEFAULT_ROWS = 200_000;
  public static final int DEFAULT_CLASSES = 5;
  public static final double DEFAULT_IMBALANCE = 50;
  public static final double DEFAULT_QUALITY = 2.5;
  public static final long DEFAULT_SEED = 42;

  private final long rows;
  private final int classes;
  private final double imbalance;
  private final double quality;
  private final long seed;

  private DemoConfig(long rows, int classes, double imbalance, double quality, long seed) {
    this.rows = rows;
    this.classes = classes;
    this.imbalance = imbalance;
    this.quality = quality;
    this.seed = seed;
  }

  public static DemoConfig defaults() {
    return new DemoConfig(DEFAULT_ROWS, DEFAULT_CLASSES, DEFAULT_IMBALANCE, DEFAULT_QUALITY,
        DEFAULT_SEED);
  }

  /** Validated; an {@link IllegalArgumentException} names the option, the value and the rule. */
  public static DemoConfig of(long rows, int classes, double imbalance, double quality,
      long seed) {
    if (rows < 1) {
      throw new IllegalArgumentException("--rows must be >= 1, but was " + rows);
    }
    if (classes < 2 || classes > 10_000) {
      throw new IllegalArgumentException("--classes must be in [2, 10000], but was " + classes);
    }
    if (!(imbalance >= 1) || Double.isInfinite(imbalance)) {
      throw new IllegalArgumentException("--imbalance must be a finite number >= 1 (most over "
          + "least frequent class), but was " + imbalance);
    }
    if (!(quality >= 0) || Double.isInfinite(quality)) {
      throw new IllegalArgumentException("--quality must be a finite number >= 0, but was "
          + quality);
    }
    return new DemoConfig(rows, classes, imbalance, quality, seed);
  }

  public long rows() {
    return rows;
  }

  public int classes() {
    return classes;
  }

  public double imbalance() {
    return imbalance;
  }

  public double quality() {
    return quality;
  }

  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return "rows=" + rows + ", classes=" + classes + ", imbalance=" + imbalance + ", quality="
        + quality + ", seed=" + seed;
  }
}
