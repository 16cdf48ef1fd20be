package io.losslens.spark.agg;

import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same rows give the same result bits however they are partitioned and ordered: every sum
 * is exact and rounded once. Rows compare their doubles with {@code Double.compare}, so equal
 * rows are equal bit for bit.
 */
class AggregateReproducibilitySparkTest {
  private static final String QUERY = "SELECT loss_summary('focal_loss', IF(label = 0, 0, 1), "
      + "element_at(probs, 1), w), loss_summary('cross_entropy', label, probs, w, "
      + "map('normalization', 'rows')), per_class_loss('cross_entropy, multiclass_focal_loss, "
      + "multiclass_hinge_loss', label, probs, w) FROM t";

  private static Row result(Dataset<Row> data) {
    data.createOrReplaceTempView("t");
    return SharedSpark.session().sql(QUERY).first();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 7, 64})
  void resultBitsDoNotDependOnPartitioningOrRowOrder(int partitions) {
    SparkSession spark = SharedSpark.session();
    List<Row> rows = ImbalancedPredictions.rows(5_000, 7L);
    Row onePartition = result(spark.createDataFrame(rows, ImbalancedPredictions.SCHEMA)
        .coalesce(1));
    Row partitioned = result(spark.createDataFrame(rows, ImbalancedPredictions.SCHEMA)
        .repartition(partitions));
    Row shuffled = result(spark.createDataFrame(rows, ImbalancedPredictions.SCHEMA)
        .orderBy(rand(partitions)).repartition(partitions));
    assertThat(partitioned).isEqualTo(onePartition);
    assertThat(shuffled).isEqualTo(onePartition);
    // the results are numbers, not NULLs that would compare equal trivially
    assertThat(onePartition.getStruct(0).<Double>getAs("mean")).isPositive();
    assertThat(onePartition.getStruct(2).getList(10)).hasSize(5);
  }
}
