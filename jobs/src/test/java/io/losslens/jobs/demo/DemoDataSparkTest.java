package io.losslens.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Demo predictions are reproducible row by row and shaped like a Spark ML classifier's. */
class DemoDataSparkTest {
  @Test
  void aRowDependsOnlyOnTheSeedAndItsId() {
    // 5,000 rows make one partition, 60,000 make seven: the first 5,000 rows agree
    DemoConfig small = DemoConfig.of(5_000, 4, 10, 2, 7);
    DemoConfig large = DemoConfig.of(60_000, 4, 10, 2, 7);
    List<Row> a = DemoData.generate(SharedSpark.session(), small).orderBy("id").collectAsList();
    List<Row> b = DemoData.generate(SharedSpark.session(), large).where("id < 5000")
        .orderBy("id").collectAsList();
    assertThat(b).isEqualTo(a);
    assertThat(DemoData.generate(SharedSpark.session(), DemoConfig.of(5_000, 4, 10, 2, 8))
        .orderBy("id").collectAsList()).isNotEqualTo(a);
  }

  @Test
  void probabilitiesAreTheSoftmaxOfTheLogitsAndThePredictionTheirArgmax() {
    for (Row row : DemoData.generate(SharedSpark.session(), DemoConfig.of(200, 6, 20, 1.5, 1))
        .collectAsList()) {
      double[] z = ((Vector) row.getAs("rawPrediction")).toArray();
      double[] p = ((Vector) row.getAs("probability")).toArray();
      double sum = 0;
      for (double zi : z) {
        sum += Math.exp(zi);
      }
      for (int k = 0; k < z.length; k++) {
        assertThat(p[k]).isCloseTo(Math.exp(z[k]) / sum, org.assertj.core.data.Offset.offset(
            1e-15));
      }
      assertThat(row.<Double>getAs("prediction"))
          .isEqualTo((double) ((Vector) row.getAs("rawPrediction")).argmax());
      assertThat(row.<Double>getAs("label")).isBetween(0.0, 5.0);
      assertThat(row.<Double>getAs("weight")).isIn(0.5, 1.0, 1.5, 2.0);
    }
  }

  @Test
  void classesFollowTheConfiguredImbalance() {
    // 16:1 over 5 classes: shares 16/31, 8/31, 4/31, 2/31, 1/31 of 200,000 rows
    List<Row> counts = DemoData.generate(SharedSpark.session(),
        DemoConfig.of(200_000, 5, 16, 2, 3)).groupBy("label").count().orderBy("label")
        .collectAsList();
    double[] expected = {16 / 31.0, 8 / 31.0, 4 / 31.0, 2 / 31.0, 1 / 31.0};
    for (int k = 0; k < 5; k++) {
      double share = counts.get(k).getLong(1) / 200_000.0;
      // binomial standard error is at most sqrt(0.25 / 200000) = 0.0011; allow 5 of them
      assertThat(share).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(0.0056));
    }
  }
}
