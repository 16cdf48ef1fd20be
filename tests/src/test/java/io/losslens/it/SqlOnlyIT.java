package io.losslens.it;

import static io.losslens.it.DataFrameAssertions.assertDataFrameApproximateEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.losslens.spark.LossFunctions;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LossLens used from SQL alone: {@code LossFunctions.register(spark)} in a local session,
 * predictions in temporary views made from {@code VALUES}, every loss computed by
 * {@code spark.sql}. Results are compared with spark-testing-base against values derived
 * independently: {@code src/test/provenance/sql_only_expected.py} (mpmath, 50 digits, from the
 * formulas of {@code shared/design/sql-functions.md}); each comment names the line of that
 * script's output the value comes from.
 */
class SqlOnlyIT {
  /** Absolute; the largest expected value is about 70, where a double's ulp is 1.4e-14. */
  private static final double TOLERANCE = 1e-12;

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
    LossFunctions.register(spark);

    spark.sql("CREATE OR REPLACE TEMPORARY VIEW binary_preds AS SELECT * FROM VALUES "
        + "(1, 1.0D, 0.6D), (2, 0.0D, 0.05D), (3, 0.0D, 1.0D), (4, 0.25D, 0.6D), "
        + "(5, NULL, 0.5D), (6, 1.0D, NULL), (7, 1.0D, 0.0D) AS t(id, label, p)");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW margins AS SELECT * FROM VALUES "
        + "(1, 1, 0.3D), (2, -1, 0.3D), (3, 0, -2.0D), (4, 1, 1.0D), (5, -1, 0.5D), "
        + "(6, NULL, 1.0D), (7, 1, NULL) AS t(id, label, score)");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW logit_preds AS SELECT * FROM VALUES "
        + "(1, 1, 0.5D), (2, 0, 2.0D), (3, 1, -30.0D), (4, 0, 40.0D), (5, 1, NULL) "
        + "AS t(id, label, z)");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW class_preds AS SELECT * FROM VALUES "
        + "(1, 1, array(0.1D, 0.7D, 0.2D), array(1.0D, 1.0D, 5.0D)), "
        + "(2, 2, array(0.1D, 0.7D, 0.2D), array(1.0D, 1.0D, 5.0D)), "
        + "(3, 0, array(0.0D, 0.5D, 0.5D), array(2.0D, 1.0D, 1.0D)), "
        + "(4, 3, array(0.25D, 0.25D, 0.25D, 0.25D), array(1.0D, 2.0D, 3.0D, 4.0D)), "
        + "(5, NULL, array(0.1D, 0.7D, 0.2D), array(1.0D, 1.0D, 5.0D)), "
        + "(6, 1, NULL, array(1.0D, 1.0D, 5.0D)), "
        + "(7, 1, array(0.2D, NULL, 0.8D), array(1.0D, 1.0D, 1.0D)) "
        + "AS t(id, label, probs, weights)");
  }

  @Test
  void binaryLosses() {
    assertSql(expected("id INT, bce DOUBLE, focal DOUBLE",
            // binary_preds row: bce, focal (alpha 0.25, gamma 2 by default)
            row(1, 0.5108256237659907, 0.02043302495063963),
            row(2, 0.051293294387550536, 9.617492697665726e-05),
            row(3, 34.538776394910684, 25.904082296182963), // p = 1: clipped to 1 - 1e-15
            row(4, 0.814924454847114, 0.15407165474453247), // soft label 0.25
            row(5, null, null),
            row(6, null, null),
            row(7, 34.538776394910684, 8.634694098727653)), // p = 0: clipped to 1e-15
        "SELECT id, binary_cross_entropy(label, p) AS bce, focal_loss(label, p) AS focal "
            + "FROM binary_preds ORDER BY id");

    assertSql(expected("id INT, bce_grad DOUBLE",
            // binary_preds row: bce_grad (rows 3 and 7, where the clip is active, left out)
            row(1, -1.6666666666666667),
            row(2, 1.0526315789473684),
            row(4, 1.4583333333333333),
            row(5, null),
            row(6, null)),
        "SELECT id, binary_cross_entropy_grad(label, p) AS bce_grad "
            + "FROM binary_preds WHERE id NOT IN (3, 7) ORDER BY id");
  }

  @Test
  void hingeLosses() {
    assertSql(expected("id INT, hinge DOUBLE, sq_hinge DOUBLE, hinge_grad DOUBLE, "
                + "sq_hinge_grad DOUBLE",
            // margins row: hinge, sq_hinge, hinge_grad, sq_hinge_grad
            row(1, 0.7, 0.49, -1.0, -1.4),
            row(2, 1.3, 1.69, 1.0, 2.6),
            row(3, 0.0, 0.0, 0.0, 0.0), // label 0 is the negative class
            row(4, 0.0, 0.0, 0.0, 0.0), // on the kink t*s = 1: gradient 0
            row(5, 1.5, 2.25, 1.0, 3.0),
            row(6, null, null, null, null),
            row(7, null, null, null, null)),
        "SELECT id, hinge_loss(label, score) AS hinge,"
            + " squared_hinge_loss(label, score) AS sq_hinge,"
            + " hinge_loss_grad(label, score) AS hinge_grad,"
            + " squared_hinge_loss_grad(label, score) AS sq_hinge_grad FROM margins ORDER BY id");
  }

  @Test
  void logitLosses() {
    assertSql(expected("id INT, bce DOUBLE, bce_grad DOUBLE, focal DOUBLE",
            // logit_preds row: bce, bce_grad, focal
            row(1, 0.4740769841801067, -0.37754066879814546, 0.01689337262937591),
            row(2, 2.1269280110429727, 0.8807970779778824, 1.2375586345660567),
            row(3, 30.000000000000092, -0.9999999999999064, 7.49999999999862),
            row(4, 40.0, 1.0, 30.0),
            row(5, null, null, null)),
        "SELECT id, binary_cross_entropy_logits(label, z) AS bce,"
            + " binary_cross_entropy_logits_grad(label, z) AS bce_grad,"
            + " focal_loss_logits(label, z) AS focal FROM logit_preds ORDER BY id");
  }

  @Test
  void multiClassLossesOverArrayColumns() {
    assertSql(expected("id INT, ce DOUBLE, focal DOUBLE, weighted DOUBLE",
            // class_preds row: ce, focal (gamma 2 by default), weighted
            row(1, 0.35667494393873245, 0.03210074495448593, 0.35667494393873245),
            row(2, 1.6094379124341003, 1.030040263957824, 8.047189562170502),
            row(3, 34.538776394910684, 34.53877639491061, 69.07755278982137), // p[0] = 0, clipped
            row(4, 1.3862943611198906, 0.7797905781299385, 5.545177444479562), // 4 classes
            row(5, null, null, null), // NULL label
            row(6, null, null, null), // NULL vector
            row(7, null, null, null)), // NULL element
        "SELECT id, cross_entropy(label, probs) AS ce,"
            + " multiclass_focal_loss(label, probs) AS focal,"
            + " weighted_cross_entropy(label, probs, weights) AS weighted"
            + " FROM class_preds ORDER BY id");
  }

  @Test
  void contractWorkedValues() {
    // The worked values of sql-functions.md, called as the contract writes them. Where the
    // contract's digits differ, it derived the value from the decimal inputs and mpmath from the
    // doubles SQL passes; the difference is below 1e-16.
    assertSql(expected("bce_1 DOUBLE, bce_2 DOUBLE, ce DOUBLE, hinge_1 DOUBLE, hinge_2 DOUBLE, "
                + "sq_hinge DOUBLE, bce_clip DOUBLE, hinge_grad DOUBLE, sq_hinge_grad DOUBLE, "
                + "bce_logits_grad DOUBLE, kl DOUBLE, focal DOUBLE",
            row(0.2231435513142097, // binary_cross_entropy(1, 0.8)
                0.35667494393873234, // binary_cross_entropy(0, 0.3); contract: 0.35667494393873245
                0.35667494393873245, // cross_entropy(1, array(0.1, 0.7, 0.2))
                0.19999999999999996, // hinge_loss(1, 0.8)
                1.3, // hinge_loss(-1, 0.3)
                1.69, // squared_hinge_loss(-1, 0.3)
                34.538776394910684, // binary_cross_entropy(0, 1)
                -1.0, // hinge_loss_grad(1, 0.5)
                3.0, // squared_hinge_loss_grad(-1, 0.5)
                -0.2, // binary_cross_entropy_logits_grad(1, ln(4))
                0.026812454257447924, // kl_divergence(...); contract: 0.026812454257447993
                0.00026340128914456557)), // focal_loss(1, 0.9, 0.25, 2)
        "SELECT binary_cross_entropy(1, 0.8) AS bce_1, binary_cross_entropy(0, 0.3) AS bce_2,"
            + " cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce, hinge_loss(1, 0.8) AS hinge_1,"
            + " hinge_loss(-1, 0.3) AS hinge_2, squared_hinge_loss(-1, 0.3) AS sq_hinge,"
            + " binary_cross_entropy(0, 1) AS bce_clip, hinge_loss_grad(1, 0.5) AS hinge_grad,"
            + " squared_hinge_loss_grad(-1, 0.5) AS sq_hinge_grad,"
            + " binary_cross_entropy_logits_grad(1, ln(4)) AS bce_logits_grad,"
            + " kl_divergence(array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1)) AS kl,"
            + " focal_loss(1, 0.9, 0.25, 2) AS focal");
  }

  @Test
  void moreVectorFunctions() {
    assertSql(expected("ce_logits DOUBLE, mc_hinge DOUBLE, js DOUBLE",
            row(0.4170300162778335, // cross_entropy_logits(0, array(2.0D, 1.0D, 0.1D))
                0.5, // multiclass_hinge_loss(0, array(2.0D, 1.5D, 0.3D))
                0.006958856339413945)), // js_divergence(array(0.7D, ...), array(0.6D, ...))
        "SELECT cross_entropy_logits(0, array(2.0D, 1.0D, 0.1D)) AS ce_logits,"
            + " multiclass_hinge_loss(0, array(2.0D, 1.5D, 0.3D)) AS mc_hinge,"
            + " js_divergence(array(0.7D, 0.2D, 0.1D), array(0.6D, 0.3D, 0.1D)) AS js");
  }

  @Test
  void vectorGradientsElementByElement() {
    // spark-testing-base compares doubles with a tolerance but arrays exactly, so the arrays
    // are exploded into one row per element.
    assertSql(expected("name STRING, pos INT, g DOUBLE",
            // cross_entropy_grad(1, P3)
            row("cross_entropy_grad", 0, 0.0),
            row("cross_entropy_grad", 1, -1.4285714285714286),
            row("cross_entropy_grad", 2, 0.0),
            // cross_entropy_logits_grad(1, array(ln(0.1), ln(0.7), ln(0.2))): the contract's
            // softmax(z) - onehot(1) = (0.1, -0.3, 0.2)
            row("cross_entropy_logits_grad", 0, 0.10000000000000002),
            row("cross_entropy_logits_grad", 1, -0.30000000000000004),
            row("cross_entropy_logits_grad", 2, 0.2),
            // kl_divergence_grad(KP, KQ)
            row("kl_divergence_grad", 0, -1.1666666666666667),
            row("kl_divergence_grad", 1, -0.6666666666666667),
            row("kl_divergence_grad", 2, -1.0)),
        "SELECT name, pos, g FROM ("
            + " SELECT 'cross_entropy_grad' AS name,"
            + "   cross_entropy_grad(1, array(0.1D, 0.7D, 0.2D)) AS grad"
            + " UNION ALL SELECT 'cross_entropy_logits_grad',"
            + "   cross_entropy_logits_grad(1, array(ln(0.1), ln(0.7), ln(0.2)))"
            + " UNION ALL SELECT 'kl_divergence_grad',"
            + "   kl_divergence_grad(array(0.7D, 0.2D, 0.1D), array(0.6D, 0.3D, 0.1D))"
            + ") LATERAL VIEW posexplode(grad) e AS pos, g ORDER BY name, pos");
  }

  @Test
  void tryTwinsReturnNullWhereTheFunctionFails() {
    assertSql(expected("id INT, ce DOUBLE, bce DOUBLE",
            row(1, 0.35667494393873245, 0.2231435513142097), // as cross_entropy, bce(1, 0.8)
            row(2, null, null), // label 3: out of range for 3 classes, and not a binary label
            row(3, null, null)), // probability 1.5; p = -0.1
        "SELECT id, try_cross_entropy(label, probs) AS ce, try_binary_cross_entropy(label, p)"
            + " AS bce FROM VALUES (1, 1, array(0.1D, 0.7D, 0.2D), 0.8D),"
            + " (2, 3, array(0.1D, 0.7D, 0.2D), 0.8D), (3, 1, array(0.5D, 1.5D), -0.1D)"
            + " AS t(id, label, probs, p) ORDER BY id");
    assertThat(spark.sql("SELECT try_binary_cross_entropy(2, 0.5) AS bce").first().isNullAt(0))
        .isTrue();
  }

  @Test
  void invalidInputFailsTheQueryWithTheFunctionsMessage() {
    Throwable failure = catchThrowable(() -> spark.sql(
        "SELECT cross_entropy(CAST(id AS INT), array(0.1D, 0.7D, 0.2D)) FROM range(4)")
        .collectAsList());
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertThat(root).isInstanceOf(IllegalArgumentException.class).hasMessage(
        "cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)");
  }

  private static void assertSql(Dataset<Row> expected, String query) {
    assertDataFrameApproximateEquals(expected, spark.sql(query), TOLERANCE);
  }

  private static Dataset<Row> expected(String schemaDdl, Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), StructType.fromDDL(schemaDdl));
  }

  private static Row row(Object... values) {
    return RowFactory.create(values);
  }
}
