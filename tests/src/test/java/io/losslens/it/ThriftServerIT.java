package io.losslens.it;

import static io.losslens.it.RecipeValues.assertNear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.spark.FunctionDocsExpectations;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Thrift server recipe: Spark's Hive Thrift server ({@code HiveThriftServer2}, as
 * {@code sbin/start-thriftserver.sh} starts it) in a JVM of its own, whose
 * {@code spark-defaults.conf} is the project's {@code conf/spark-defaults.sql-anywhere.conf}
 * with the path of the jar just built, queried over JDBC with Hive's standalone JDBC driver, as
 * beeline and BI tools query it. One server and one JDBC session for the class.
 *
 * <p>The driver jar is loaded by a class loader of its own (only the JDK's classes shared), so
 * that its bundled Hive, Thrift and Hadoop classes stay apart from the Spark of this JVM.
 */
class ThriftServerIT {
  private static final String SERVER = "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2";
  /** Generous: the server listens after about 12 s on an idle 2-core machine. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  @TempDir
  static Path dir;

  private static SparkApps.Server server;
  private static URLClassLoader driverLoader;
  private static Connection jdbc;

  @BeforeAll
  static void startServerAndConnect() throws Exception {
    String recipe = Files.readString(SparkApps.home().resolve(
        "conf/spark-defaults.sql-anywhere.conf"));
    Matcher jars = Pattern.compile("(?m)^spark\\.jars\\s+\\S+$").matcher(recipe);
    assertThat(jars.find()).as("spark.jars in the recipe's conf file").isTrue();
    assertThat(recipe).containsPattern(
            "(?m)^spark\\.sql\\.extensions\\s+io\\.losslens\\.spark\\.LossExtensions$")
        .containsPattern("(?m)^spark\\.sql\\.catalog\\.losslens\\s+io\\.losslens\\.spark\\.LossCatalog$");
    // the file as a user fills it in: the jar where it is on this machine
    String defaults = jars.replaceFirst(Matcher.quoteReplacement(
        "spark.jars " + SparkApps.udfsJar()));

    int port = SparkApps.freePort();
    Path conf = SparkApps.confDir(dir, defaults, Map.of(
        "spark.hadoop.hive.server2.thrift.port", String.valueOf(port),
        "spark.hadoop.hive.server2.thrift.bind.host", SparkApps.HOST));
    List<String> command = SparkApps.sparkSubmit(dir);
    command.addAll(List.of("--class", SERVER, "spark-internal"));
    server = SparkApps.start("thrift-server", command, dir, conf, port, START_TIMEOUT);

    driverLoader = new URLClassLoader(new URL[] {
        SparkApps.path("losslens.jdbcDriverJar").toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Driver driver = (Driver) Class.forName("org.apache.hive.jdbc.HiveDriver", true, driverLoader)
        .getDeclaredConstructor().newInstance();
    Properties user = new Properties();
    user.setProperty("user", "losslens");
    jdbc = driver.connect("jdbc:hive2://" + SparkApps.HOST + ":" + port + "/default", user);
    assertThat(jdbc).as("a connection from the Hive JDBC driver").isNotNull();

    execute("CREATE TEMPORARY VIEW preds AS SELECT * FROM " + RecipeValues.PREDS_VALUES);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (jdbc != null) {
        jdbc.close();
      }
      if (driverLoader != null) {
        driverLoader.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void theExtensionsAndTheCatalogsFunctionsAnswer() throws SQLException {
    try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery(
        "SELECT cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce, "
            + "losslens.cross_entropy(1, array(0.1, 0.7, 0.2)) AS catalog_ce, "
            + "try_cross_entropy(3, array(0.1, 0.7, 0.2)) AS bad, "
            + "losslens.cross_entropy_grad(1, array(0.1, 0.7, 0.2)) AS grad")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getDouble("ce")).isEqualTo(RecipeValues.CE_OF_0_7);
      assertThat(r.getDouble("catalog_ce")).isEqualTo(RecipeValues.CE_OF_0_7);
      assertThat(r.getObject("bad")).as("label 3 of 3 classes: NULL from the try_ twin").isNull();
      // Hive's JDBC driver gives an array as JSON text, doubles as Java prints them
      assertThat(r.getString("grad")).isEqualTo(Arrays.stream(RecipeValues.CE_GRAD_OF_0_7)
          .mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]")));
      assertThat(r.next()).isFalse();
    }
  }

  @Test
  void theAggregatesOverATable() throws SQLException {
    try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery(
        "SELECT loss_mean('cross_entropy', label, probs, weight) AS weighted, "
            + "loss_mean('cross_entropy', label, probs) AS plain FROM preds")) {
      assertThat(r.next()).isTrue();
      assertNear(r.getDouble("weighted"), RecipeValues.WEIGHTED_CE_MEAN, "weighted mean");
      assertNear(r.getDouble("plain"), RecipeValues.CE_MEAN, "mean");
    }
    try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery(
        "SELECT c.class, c.rows, c.weight_sum, c.loss_mean['cross_entropy'] AS ce, c.recall, "
            + "c.precision FROM (SELECT explode(per_class_loss('cross_entropy', label, probs, "
            + "weight).classes) AS c FROM preds) ORDER BY c.class")) {
      for (double[] want : RecipeValues.PER_CLASS) {
        String c = "class " + (int) want[0];
        assertThat(r.next()).as(c).isTrue();
        assertThat(r.getInt(1)).isEqualTo((int) want[0]);
        assertThat(r.getLong(2)).as(c).isEqualTo((long) want[1]);
        assertThat(r.getDouble(3)).as(c).isEqualTo(want[2]); // sums of weights: exact
        assertNear(r.getDouble(4), want[3], c + " mean");
        assertNear(r.getDouble(5), want[4], c + " recall");
        assertNear(r.getDouble(6), want[5], c + " precision");
      }
      assertThat(r.next()).as("a row after the last class").isFalse();
    }
  }

  @Test
  void aFailingRowReachesTheClientWithTheFunctionsMessage() {
    assertThatThrownBy(() -> {
      try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery(
          "SELECT cross_entropy(CAST(id AS INT), array(0.1D, 0.7D, 0.2D)) FROM range(4)")) {
        while (r.next()) {
          r.getDouble(1);
        }
      }
    }).isInstanceOf(SQLException.class).hasMessageContaining(
        "cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)");
  }

  /** Every function, twin and aggregate, as the extension adds them to each JDBC session. */
  @ParameterizedTest
  @MethodSource("io.losslens.spark.FunctionDocsExpectations#all")
  void describeFunctionExtended(FunctionDocsExpectations.Documented f) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = jdbc.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE FUNCTION EXTENDED " + f.name())) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    FunctionDocsExpectations.assertDescribeOutput(f, String.join("\n", rows));
  }

  private static void execute(String sql) throws SQLException {
    try (Statement s = jdbc.createStatement()) {
      s.execute(sql);
    }
  }
}
