package io.losslens.jobs.bench;

/**
 * The three losses {@code losslens bench} measures, each on its own cached data: multi-class
 * cross-entropy on the multi-class predictions, binary cross-entropy and binary focal loss
 * (alpha 0.25, gamma 2) on the binary ones.
 */
public enum BenchLoss {
  CROSS_ENTROPY("cross_entropy"),
  BINARY_CROSS_ENTROPY("binary_cross_entropy"),
  FOCAL_LOSS("focal_loss");

  /** The contract's default clip, the one every path uses (MLlib's logLoss too). */
  static final double EPS = 1e-15;
  /** The contract's defaults of {@code focal_loss}, which the SQL paths leave out. */
  static final double FOCAL_ALPHA = 0.25;
  static final double FOCAL_GAMMA = 2;

  private final String sqlName;

  BenchLoss(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The SQL function, and the name in {@code bench.json}'s {@code loss} field. */
  public String sqlName() {
    return sqlName;
  }

  boolean isBinary() {
    return this != CROSS_ENTROPY;
  }
}
