package io.losslens.spark.agg;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A breakdown over 10,000 classes (sparse ML vectors, as a large-vocabulary model writes them),
 * checked class by class against an exact BigDecimal loop.
 */
class TenThousandClassesSparkTest {
  private static final int CLASSES = 10_000;
  private static final int ROWS = 30_000;

  @Test
  void everyClassOfTenThousandMatchesAnExactLoop() {
    Random random = new Random(10_000);
    List<Row> rows = new ArrayList<>();
    BigDecimal[] loss = new BigDecimal[CLASSES];
    BigDecimal[] weight = new BigDecimal[CLASSES];
    long[] count = new long[CLASSES];
    for (int i = 0; i < ROWS; i++) {
      // a long tail: low class indices are far more frequent
      int label = (int) Math.min(CLASSES - 1, Math.floor(Math.pow(random.nextDouble(), 3)
          * CLASSES));
      int other = (label + 1 + random.nextInt(CLASSES - 1)) % CLASSES;
      double p = 0.05 + 0.9 * random.nextDouble();
      double w = 1 + random.nextInt(4);
      int[] indices = label < other ? new int[] {label, other} : new int[] {other, label};
      double[] values = label < other ? new double[] {p, 1 - p} : new double[] {1 - p, p};
      rows.add(RowFactory.create(label, Vectors.sparse(CLASSES, indices, values), w));
      // -ln p: no clip is active for p in [0.05, 0.95]; the product w * loss is rounded once
      loss[label] = add(loss[label], w * -Math.log(p));
      weight[label] = add(weight[label], w);
      count[label]++;
    }
    StructType schema = new StructType().add("label", DataTypes.IntegerType)
        .add("probability", SQLDataTypes.VectorType()).add("w", DataTypes.DoubleType);
    SharedSpark.session().createDataFrame(rows, schema).repartition(8)
        .createOrReplaceTempView("many_classes");

    Row report = SharedSpark.session().sql("SELECT per_class_loss('cross_entropy', label, "
        + "probability, w) FROM many_classes").first().getStruct(0);

    assertThat(report.<Integer>getAs("num_classes")).isEqualTo(CLASSES);
    assertThat(report.<Long>getAs("total_rows")).isEqualTo(ROWS);
    List<Row> classes = report.getList(report.fieldIndex("classes"));
    assertThat(classes).hasSize(CLASSES);
    int empty = 0;
    for (int c = 0; c < CLASSES; c++) {
      Row row = classes.get(c);
      assertThat(row.<Integer>getAs("class")).isEqualTo(c);
      assertThat(row.<Long>getAs("rows")).isEqualTo(count[c]);
      if (count[c] == 0) {
        empty++;
        assertThat(row.getList(row.fieldIndex("notes"))).containsExactly("no rows of this class");
        continue;
      }
      double expected = loss[c].doubleValue() / weight[c].doubleValue();
      assertThat(row.<String, Double>getJavaMap(row.fieldIndex("loss_mean")).get("cross_entropy"))
          .isEqualTo(expected);
    }
    // the long tail leaves some classes without rows; they are listed, not dropped
    assertThat(empty).isPositive();
  }

  private static BigDecimal add(BigDecimal sum, double x) {
    return (sum == null ? BigDecimal.ZERO : sum).add(new BigDecimal(x));
  }
}
