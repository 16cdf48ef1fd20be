package io.losslens.it;

import static io.losslens.it.RecipeValues.assertNear;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.losslens.spark.FunctionDocsExpectations;
import io.losslens.spark.FunctionDocsExpectations.Documented;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark Connect recipe: Spark's Connect server ({@code SparkConnectServer}, as
 * {@code sbin/start-connect-server.sh} starts it) in a JVM of its own with the library from
 * {@code --jars} and the extension and catalog settings, and a client program on the Spark
 * Connect JVM client ({@code ConnectSql} of {@code tests/connect-client}) in another, with a
 * classpath of its own: the client's {@code SparkSession} is not classic Spark's. The library is
 * only on the server.
 *
 * <p>One server and one client run for the class: the client sends every request of the tests
 * below in one session and answers each with a line of JSON, which the tests check.
 *
 * <p>Versions: the Scala 2.12 Connect server on the Maven repository these builds reach goes up
 * to 3.5.7 and the JVM client exists only as 3.5.0, whose published jar lacks its relocated
 * Guava and protobuf (fixed in 3.5.1): {@code tests/connect-client} adds them. The server runs on
 * Spark 3.5.9; its gRPC port is bound on every interface (Spark 3.5 has no setting for the
 * address), and only 127.0.0.1 is used.
 */
class SparkConnectIT {
  private static final String SERVER = "org.apache.spark.sql.connect.service.SparkConnectServer";
  private static final String CLIENT = "io.losslens.it.connect.ConnectSql";
  /** Generous: the server listens after about 5 s, the client is done in about 15 s, idle. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final long CLIENT_TIMEOUT_SECONDS = 600;

  private static final String VALUES = "SELECT cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce, "
      + "losslens.cross_entropy(1, array(0.1, 0.7, 0.2)) AS catalog_ce, "
      + "try_cross_entropy(3, array(0.1, 0.7, 0.2)) AS bad, "
      + "losslens.cross_entropy_grad(1, array(0.1, 0.7, 0.2)) AS grad";
  private static final String PREDS = "CREATE OR REPLACE TEMPORARY VIEW preds AS SELECT * FROM "
      + RecipeValues.PREDS_VALUES;
  private static final String MEANS = "SELECT loss_mean('cross_entropy', label, probs, weight) "
      + "AS weighted, loss_mean('cross_entropy', label, probs) AS plain FROM preds";
  private static final String PER_CLASS = "SELECT c.class, c.rows, c.weight_sum, "
      + "c.loss_mean['cross_entropy'] AS ce, c.recall, c.precision FROM (SELECT "
      + "explode(per_class_loss('cross_entropy', label, probs, weight).classes) AS c FROM preds) "
      + "ORDER BY c.class";
  private static final String FAILING = "SELECT cross_entropy(CAST(id AS INT), "
      + "array(0.1D, 0.7D, 0.2D)) AS ce FROM range(4)";

  @TempDir
  static Path dir;

  private static ProcessRun client;
  /** Each request's answer, by request. */
  private static final Map<String, JsonNode> answers = new HashMap<>();

  @BeforeAll
  static void startTheServerAndRunTheClient() throws Exception {
    int port = SparkApps.freePort();
    Path serverDir = Files.createDirectories(dir.resolve("server"));
    List<String> command = SparkApps.sparkSubmit(serverDir);
    command.addAll(List.of("--class", SERVER,
        "--jars", SparkApps.udfsJar().toString(),
        "--conf", "spark.sql.extensions=io.losslens.spark.LossExtensions",
        "--conf", "spark.sql.catalog.losslens=io.losslens.spark.LossCatalog",
        "--conf", "spark.connect.grpc.binding.port=" + port,
        "spark-internal"));
    List<String> requests = new ArrayList<>(List.of(PREDS, VALUES, MEANS, PER_CLASS, FAILING));
    for (Documented f : FunctionDocsExpectations.all()) {
      requests.add("DESCRIBE FUNCTION EXTENDED " + f.name());
    }
    for (Documented f : FunctionDocsExpectations.catalogFunctions()) {
      requests.add("getFunction losslens." + f.name());
    }

    try (SparkApps.Server server = SparkApps.start("connect-server", command, serverDir,
        SparkApps.confDir(serverDir, "", Map.of()), port, START_TIMEOUT)) {
      Path clientDir = Files.createDirectories(dir.resolve("client"));
      List<String> run = SparkApps.java(SparkApps.path("losslens.connectClientJar") + ":"
          + SparkApps.classpath("losslens.connectClientClasspath"), clientDir);
      run.add(CLIENT);
      run.add("sc://" + SparkApps.HOST + ":" + port);
      run.addAll(requests);
      client = ProcessRun.run(run, clientDir, CLIENT_TIMEOUT_SECONDS);
      assertThat(client.code()).as(client + "\n" + server.logTail()).isZero();
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : client.out().lines().filter(l -> l.startsWith("{"))
        .collect(Collectors.toList())) {
      JsonNode answer = json.readTree(line);
      answers.put(answer.has("sql") ? answer.get("sql").asText()
          : "getFunction " + answer.get("getFunction").asText(), answer);
    }
    assertThat(answers.keySet()).as(client.toString()).containsExactlyInAnyOrderElementsOf(
        requests);
    assertThat(answers.get(PREDS).get("rows")).as("%s", answers.get(PREDS)).isEmpty();
  }

  @Test
  void theExtensionsAndTheCatalogsFunctionsAnswer() {
    JsonNode row = onlyRow(VALUES);
    assertThat(row.get("ce").doubleValue()).isEqualTo(RecipeValues.CE_OF_0_7);
    assertThat(row.get("catalog_ce").doubleValue()).isEqualTo(RecipeValues.CE_OF_0_7);
    assertThat(row.get("bad").isNull()).as("label 3 of 3 classes: NULL from the try_ twin; %s",
        row).isTrue();
    assertThat(StreamSupport.stream(row.get("grad").spliterator(), false)
        .map(JsonNode::doubleValue)).containsExactly(
            Arrays.stream(RecipeValues.CE_GRAD_OF_0_7).boxed().toArray(Double[]::new));
  }

  @Test
  void theAggregatesOverATable() {
    JsonNode means = onlyRow(MEANS);
    assertNear(means.get("weighted").doubleValue(), RecipeValues.WEIGHTED_CE_MEAN,
        "weighted mean");
    assertNear(means.get("plain").doubleValue(), RecipeValues.CE_MEAN, "mean");

    JsonNode classes = answer(PER_CLASS).get("rows");
    assertThat(classes).as("%s", classes).hasSize(RecipeValues.PER_CLASS.length);
    for (int i = 0; i < RecipeValues.PER_CLASS.length; i++) {
      JsonNode c = classes.get(i);
      double[] want = RecipeValues.PER_CLASS[i];
      String name = "class " + (int) want[0];
      assertThat(c.get("class").intValue()).isEqualTo((int) want[0]);
      assertThat(c.get("rows").longValue()).as(name).isEqualTo((long) want[1]);
      assertThat(c.get("weight_sum").doubleValue()).as(name).isEqualTo(want[2]); // exact sums
      assertNear(c.get("ce").doubleValue(), want[3], name + " mean");
      assertNear(c.get("recall").doubleValue(), want[4], name + " recall");
      assertNear(c.get("precision").doubleValue(), want[5], name + " precision");
    }
  }

  @Test
  void aFailingRowReachesTheClientWithTheFunctionsMessage() {
    JsonNode failed = answer(FAILING);
    assertThat(failed.has("error")).as("%s", failed).isTrue();
    assertThat(failed.get("error").asText()).contains(
        "cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)");
  }

  /** Every function, twin and aggregate, as the extension adds them to the server's sessions. */
  @ParameterizedTest
  @MethodSource("io.losslens.spark.FunctionDocsExpectations#all")
  void describeFunctionExtended(Documented f) {
    JsonNode rows = answer("DESCRIBE FUNCTION EXTENDED " + f.name()).get("rows");
    String text = StreamSupport.stream(rows.spliterator(), false)
        .map(r -> r.get("function_desc").asText()).collect(Collectors.joining("\n"));
    FunctionDocsExpectations.assertDescribeOutput(f, text);
  }

  /** Every catalog function's description, through the client's {@code spark.catalog()}. */
  @ParameterizedTest
  @MethodSource("io.losslens.spark.FunctionDocsExpectations#catalogFunctions")
  void theCatalogsDescriptions(Documented f) {
    JsonNode function = answer("getFunction losslens." + f.name());
    FunctionDocsExpectations.assertCatalogDescription(f, function.get("description").asText());
  }

  private static JsonNode answer(String request) {
    JsonNode answer = answers.get(request);
    assertThat(answer).as("the answer to %s in%n%s", request, client).isNotNull();
    assertThat(answer.has("error")).as("%s", answer).isEqualTo(request.equals(FAILING));
    return answer;
  }

  private static JsonNode onlyRow(String request) {
    JsonNode rows = answer(request).get("rows");
    assertThat(rows).as("%s", rows).hasSize(1);
    return rows.get(0);
  }
}
