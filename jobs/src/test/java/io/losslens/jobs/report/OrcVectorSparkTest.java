package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark ML vectors saved as ORC come back as their storage struct (type, size, indices, values)
 * without the vector type; a report reads them, dense and sparse, as Parquet keeps them.
 */
class OrcVectorSparkTest {
  @TempDir
  Path dir;

  @Test
  void denseAndSparseVectorsFromOrcReadAsFromParquet() throws Exception {
    SparkSession spark = SharedSpark.session();
    StructType schema = new StructType().add("label", DataTypes.DoubleType)
        .add("probability", SQLDataTypes.VectorType());
    Dataset<Row> data = spark.createDataFrame(List.of(
        RowFactory.create(0.0, Vectors.dense(0.8, 0.2, 0.0)),
        RowFactory.create(2.0, Vectors.sparse(3, new int[] {0, 2}, new double[] {0.5, 0.5})),
        RowFactory.create(1.0, Vectors.sparse(3, new int[] {1}, new double[] {1.0}))), schema);
    data.write().orc(dir.resolve("preds.orc").toString());
    data.write().parquet(dir.resolve("preds.parquet").toString());
    assertThat(spark.read().orc(dir.resolve("preds.orc").toString()).schema()
        .apply("probability").dataType().sameType(new VectorUDT().sqlType()))
        .as("ORC keeps the storage struct of a vector, not its type").isTrue();

    String orc = Files.readString(report(spark, "orc").resolve("per_class.csv"));
    String parquet = Files.readString(report(spark, "parquet").resolve("per_class.csv"));
    assertThat(orc).isEqualTo(parquet);
    // class 2's row is the sparse (0.5, 0, 0.5): cross-entropy -ln 0.5 = 0.6931471805599453
    assertThat(orc.lines().filter(l -> l.startsWith("2,1,1.0,")).findFirst().orElseThrow())
        .contains(",0.6931471805599453,");
  }

  private Path report(SparkSession spark, String format) {
    Path output = dir.resolve("report-" + format);
    ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, Map.of(
        "input", dir.resolve("preds." + format).toString(), "input-format", format,
        "losses", "cross_entropy", "output", output.toString()), null));
    ReportJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    return output;
  }
}
