package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data and expected values shared by the SQL-recipe ITs ({@link ThriftServerIT},
 * {@link SparkConnectIT}, {@link PySparkExampleIT}): a 5-row, 3-class prediction table with
 * weights, and a 3-row binary one. Every value is from
 * {@code tests/src/test/provenance/sql_anywhere_expected.py} (mpmath, 50 digits, from the
 * contract's formulas and the README's definitions of the aggregates), rounded to the nearest
 * double; each constant names the line of the script's output it comes from.
 */
final class RecipeValues {
  /**
   * Relative. The library computes each value with a handful of roundings: {@code Math.log}
   * within 1 ulp, a product or two, an exact sum rounded once, one division; so within a few ulps
   * (2.2e-16 each, relative) of the nearest double to the exact value.
   */
  static final double TOLERANCE = 1e-15;

  /** The table {@code preds} (id, label, probs, weight) as SQL {@code VALUES}; PREDS in the script. */
  static final String PREDS_VALUES = "VALUES (1, 0, array(0.7D, 0.2D, 0.1D), 1.0D), "
      + "(2, 1, array(0.1D, 0.8D, 0.1D), 2.0D), (3, 2, array(0.2D, 0.3D, 0.5D), 1.0D), "
      + "(4, 1, array(0.5D, 0.4D, 0.1D), 0.5D), (5, 0, array(0.6D, 0.3D, 0.1D), 1.5D) "
      + "AS t(id, label, probs, weight)";

  /** "cross_entropy(label, probs) per row", ids 1 to 5. */
  static final double[] CE_BY_ID = {0.35667494393873245, 0.2231435513142097,
      0.6931471805599453, 0.916290731874155, 0.5108256237659907};
  /** "loss_mean(cross_entropy), weighted". */
  static final double WEIGHTED_CE_MEAN = 0.4534155047855268;
  /** "loss_mean(cross_entropy), unweighted". */
  static final double CE_MEAN = 0.5400164062906067;
  /** "loss_mean(multiclass_focal_loss), unweighted" (gamma 2, no alphas). */
  static final double FOCAL_MEAN = 0.125182009084859;
  /**
   * "per_class_loss(cross_entropy), weighted": class, rows, weight_sum, weighted mean
   * cross-entropy, recall, precision (by weight; the prediction is the argmax).
   */
  static final double[][] PER_CLASS = {
      {0, 2, 2.5, 0.44916535183508743, 1.0, 0.8333333333333334},
      {1, 2, 2.5, 0.3617729874261988, 0.8, 1.0},
      {2, 1, 1.0, 0.6931471805599453, 1.0, 1.0}};

  /**
   * "focal_loss(label, p, 0.25, 2.0), binary_cross_entropy(label, p) per row" of the binary
   * table (id, label, p) = (1, 1, 0.9), (2, 0, 0.2), (3, 1, 0.4): focal, bce.
   */
  static final double[][] BINARY_FOCAL_AND_BCE = {
      {0.00026340128914456557, 0.10536051565782628},
      {0.006694306539426294, 0.22314355131420976},
      {0.08246616586867395, 0.916290731874155}};

  /** -ln 0.7: "cross_entropy(1, array(0.1, 0.7, 0.2))", a worked value of the contract. */
  static final double CE_OF_0_7 = 0.35667494393873245;
  /** "cross_entropy_grad(1, array(0.1, 0.7, 0.2))": (0, -1/0.7, 0). */
  static final double[] CE_GRAD_OF_0_7 = {0.0, -1.4285714285714286, 0.0};

  private RecipeValues() {}

  /** {@code actual} within {@link #TOLERANCE} of {@code expected}, relative. */
  static void assertNear(double actual, double expected, String what) {
    assertThat(Math.abs(actual - expected)).as("%s: %s, expected %s", what, actual, expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.abs(expected));
  }
}
