package io.losslens.spark.agg;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.LossFunctions;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failed and retried tasks change nothing: with {@code local[2,3]} (up to 3 attempts per task)
 * and every task of both stages failing on its first attempt, the results are the bits of a
 * clean run. Runs in its own JVM (a surefire execution of its own), since a JVM holds one
 * SparkContext and the shared one does not retry tasks.
 */
class TaskRetrySparkTest {
  private static SparkSession spark;
  private static final AtomicInteger FAILED_TASKS = new AtomicInteger();

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2,3]").appName("losslens-task-retry")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    LossFunctions.register(spark);
    // passes its argument through, but throws in the first attempt of every task
    spark.udf().register("first_attempt_fails", (UDF1<Double, Double>) x -> {
      if (TaskContext.get().attemptNumber() == 0) {
        throw new IllegalStateException("first attempt of every task fails (test)");
      }
      return x;
    }, DataTypes.DoubleType);
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.reason() instanceof TaskFailedReason) {
          FAILED_TASKS.incrementAndGet();
        }
      }
    });
    spark.createDataFrame(ImbalancedPredictions.rows(8_000, 3L), ImbalancedPredictions.SCHEMA)
        .repartition(4).createOrReplaceTempView("preds");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void tasksThatFailOnceAndAreRetriedGiveTheBitsOfACleanRun() throws Exception {
    String aggregates = "loss_summary('cross_entropy', label, probs, %s) AS s, "
        + "per_class_loss('cross_entropy, multiclass_focal_loss', label, probs, %s) AS b";
    Row clean = spark.sql("SELECT " + String.format(aggregates, "w", "w") + " FROM preds")
        .first();
    int failedBefore = FAILED_TASKS.get();
    // the weight passes through a failing call in the scan stage; the result through one in
    // the final stage, after the shuffle
    Row retried = spark.sql("SELECT s, b, first_attempt_fails(s.mean) FROM (SELECT "
        + String.format(aggregates, "first_attempt_fails(w)", "first_attempt_fails(w)")
        + " FROM preds)").first();

    assertThat(retried.getStruct(0)).isEqualTo(clean.getStruct(0));
    assertThat(retried.getStruct(1)).isEqualTo(clean.getStruct(1));
    spark.sparkContext().listenerBus().waitUntilEmpty();
    // 4 scan tasks and at least one final task failed once each
    assertThat(FAILED_TASKS.get() - failedBefore).isGreaterThanOrEqualTo(5);
  }
}
