package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.losslens.it.StandaloneCluster.Submission;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job jar end to end under {@code spark-submit} semantics, on a real standalone cluster
 * ({@link StandaloneCluster}): a driver, a master, a worker and executors, each in a JVM of its
 * own, Spark's jars from the cluster's Spark home and only LossLens from the job jar.
 */
class SparkSubmitIT {
  /**
   * 3000 rows, 1000 of each label 0, 1, 2, so the sum is
   * {@code 1000 * (-ln 0.2 - ln 0.5 - ln 0.3)} (of the doubles 0.2, 0.5, 0.3), over 6 partitions.
   * The partition id is taken in a subquery: Spark 3.5 refuses a nondeterministic expression
   * inside an aggregate function (AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION).
   */
  private static final String SUM_QUERY = "SELECT sum(ce) AS s, count(DISTINCT part) AS parts "
      + "FROM (SELECT cross_entropy(CAST(id % 3 AS INT), array(0.2D, 0.5D, 0.3D)) AS ce, "
      + "spark_partition_id() AS part FROM range(0, 3000, 1, 6))";
  /**
   * The exact sum, rounded to a double; from mpmath at 50 digits and confirmed by math.fsum:
   * <pre>
   * from mpmath import mp, mpf, log; mp.dps = 50; d = lambda x: mpf(float(x))
   * float(1000 * (-log(d(0.2)) - log(d(0.5)) - log(d(0.3))))   # 3506.5578973199817
   * import math; math.fsum(-math.log((0.2, 0.5, 0.3)[i % 3]) for i in range(3000))  # the same
   * </pre>
   */
  private static final double SUM = 3506.5578973199817;
  /**
   * Spark adds the 3000 doubles in an order that depends on which partition's result arrives
   * first, so the last bits vary between runs. Any order of recursive summation is within
   * {@code (n - 1) u sum|x_i|} = 2999 * 2^-53 * 3506.56 = 1.17e-9 of the exact sum of the terms
   * (Higham, Accuracy and Stability of Numerical Algorithms, 4.2); each term's own rounding
   * ({@code Math.log} is within 1 ulp) adds at most 3000 * 2.2e-16 * 1.2 = 8e-13.
   * (A plain left-to-right sum in Python is 1.4e-10 off.)
   */
  private static final double SUM_TOLERANCE = 1.2e-9;
  /** The main class of an executor JVM, which no driver, master or worker runs. */
  private static final String EXECUTOR_MAIN = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

  private static StandaloneCluster cluster;
  /** One submission for the query tests: a driver and its executors take about 10 s to start. */
  private static Submission queries;

  @BeforeAll
  static void submitQueries() {
    cluster = StandaloneCluster.get();
    queries = cluster.submit(List.of("sql", "--format", "json", "-e", SUM_QUERY + ";\n"
        // reflect runs where the row is computed: the main class and arguments of that JVM
        + "SELECT DISTINCT reflect('java.lang.System', 'getProperty', 'sun.java.command') "
        + "AS cmd FROM range(0, 100, 1, 4)"));
  }

  @Test
  void sumsALossOverPartitionsOnTheCluster() {
    assertThat(queries.exitCode()).as(queries.toString()).isZero();
    String first = queries.stdout().lines().findFirst().orElse("");
    Matcher m = Pattern.compile("\\{\"s\":([-+.0-9eE]+),\"parts\":(\\d+)}").matcher(first);
    assertThat(m.matches()).as("first line %s of%n%s", first, queries).isTrue();
    assertThat(Integer.parseInt(m.group(2))).as("partitions that held rows").isEqualTo(6);
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(SUM, within(SUM_TOLERANCE));
  }

  @Test
  void theRowsAreComputedInExecutorJvms() {
    assertThat(queries.exitCode()).as(queries.toString()).isZero();
    List<String> commands = queries.stdout().lines().skip(1).toList();
    assertThat(commands).as(queries.toString()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .startsWith("{\"cmd\":\"" + EXECUTOR_MAIN + " ")
        .contains("--executor-id ", "--worker-url spark://"));
  }

  @Test
  void aFailingTaskExitsWithOneAndTheFunctionsMessage() {
    // label 3 of 3 classes: the loss function throws on an executor, the driver reports it
    Submission r = cluster.submit(List.of("sql", "-e",
        "SELECT cross_entropy(CAST(id AS INT), array(0.1, 0.7, 0.2)) AS ce FROM range(5)"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.stdout()).as(r.toString()).isEmpty();
    assertThat(r.stderr()).as(r.toString()).contains("losslens sql: cross_entropy: label 3 is "
        + "out of range for 3 classes; must be a whole number in [0, 3)\n");
  }

  @Test
  void aUsageErrorExitsWithTwoAndTheMessage() {
    Submission r = cluster.submit(List.of("sql", "-e", "SELECT 1", "--format", "xml"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.stdout()).as(r.toString()).isEmpty();
    assertThat(r.stderr()).as(r.toString())
        .contains("losslens sql: --format must be table or json, but was 'xml'\n");
  }

  @Test
  void theJobJarCarriesNoSpark() throws Exception {
    // Spark and Scala come from the cluster; copies in the job jar would shadow them
    try (JarFile jar = new JarFile(cluster.jobJar().toFile())) {
      assertThat(jar.stream().map(JarEntry::getName))
          .noneMatch(name -> name.startsWith("org/apache/spark/") || name.startsWith("scala/"))
          .contains("io/losslens/jobs/Main.class");
    }
  }
}
