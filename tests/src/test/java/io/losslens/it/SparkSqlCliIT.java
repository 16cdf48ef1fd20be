package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's spark-sql recipes, run as written: each {@code spark-sql ...} command of its
 * "SQL anywhere" section starts the real spark-sql CLI (Spark's {@code SparkSQLCLIDriver},
 * launched as {@code bin/spark-sql} launches it: {@code spark-submit --class SparkSQLCLIDriver}
 * with the command's options) in a JVM of its own, on a Spark installation with Hive
 * ({@link SparkApps}). LossLens reaches it only through the command's {@code --jars}; the
 * functions only through its {@code --conf}. What it prints must be the values computed
 * independently for its SQL.
 */
class SparkSqlCliIT {
  /** Generous: the CLI runs a query in about 10 s on an idle 2-core machine. */
  private static final long TIMEOUT_SECONDS = 300;
  private static final String CLI = "org.apache.spark.sql.hive.thriftserver.SparkSQLCLIDriver";
  /** spark-submit's options that take a value; the CLI's own (-e, -f, ...) follow the resource. */
  private static final Set<String> SUBMIT_OPTIONS = Set.of("--jars", "--conf", "--master",
      "--packages", "--repositories", "--driver-memory", "--driver-java-options",
      "--driver-class-path", "--properties-file", "--name", "--files");

  /**
   * The output of each README query, from tests/src/test/provenance/sql_anywhere_expected.py
   * (mpmath, 50 digits): -ln 0.7 = 0.35667494393873245 (cross_entropy of class 1), NULL for
   * label 3 of 3 classes (the try_ twin); focal_loss(1, 0.9, 0.25, 2) =
   * 0.25 * 0.1^2 * -ln 0.9 = 2.6340128914456557e-4. The CLI prints a row as its values separated
   * by tabs, doubles as Java prints them.
   */
  private static final Map<String, String> EXPECTED = Map.of(
      "SELECT cross_entropy(1, array(0.1, 0.7, 0.2)), try_cross_entropy(3, array(0.1, 0.7, 0.2))",
      "0.35667494393873245\tNULL\n",
      "SELECT losslens.focal_loss(1, 0.9, 0.25, 2)",
      "2.6340128914456557E-4\n");

  @TempDir
  static Path dir;

  /** The README's spark-sql commands, each as its arguments after {@code spark-sql}. */
  static List<List<String>> readmeCommands() throws IOException {
    String readme = Files.readString(SparkApps.home().resolve("README.md"));
    int start = readme.indexOf("\n## SQL anywhere\n");
    assertThat(start).as("the README's SQL anywhere section").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<List<String>> commands = new ArrayList<>();
    Matcher block = Pattern.compile("(?s)```bash\\n(.*?)```").matcher(section);
    while (block.find()) {
      for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
        if (line.startsWith("spark-sql ")) {
          List<String> words = words(line);
          commands.add(words.subList(1, words.size()));
        }
      }
    }
    return commands;
  }

  @Test
  void theReadmeHasARecipeForTheExtensionAndOneForTheCatalog() throws IOException {
    assertThat(readmeCommands()).map(String::valueOf)
        .anySatisfy(c -> assertThat(c).contains(
            "spark.sql.extensions=io.losslens.spark.LossExtensions"))
        .anySatisfy(c -> assertThat(c).contains(
            "spark.sql.catalog.losslens=io.losslens.spark.LossCatalog"));
  }

  @ParameterizedTest
  @MethodSource("readmeCommands")
  void theReadmesCommandPrintsTheExpectedValues(List<String> args) throws Exception {
    List<String> submit = new ArrayList<>();
    List<String> cli = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (SUBMIT_OPTIONS.contains(arg)) {
        String value = args.get(++i);
        // the README's paths are relative to the project root; the CLI runs elsewhere
        submit.addAll(List.of(arg, arg.equals("--jars") ? jar(value) : value));
      } else {
        cli.add(arg);
      }
    }
    int e = cli.indexOf("-e");
    assertThat(e).as("a -e query in %s", args).isNotNegative();
    String query = cli.get(e + 1);
    assertThat(EXPECTED).as("an expected output for the README's query").containsKey(query);

    Path run = Files.createTempDirectory(dir, "cli");
    List<String> command = SparkApps.sparkSubmit(run);
    command.addAll(List.of("--class", CLI));
    command.addAll(submit);
    command.add("spark-internal"); // spark-submit's resource for Spark's own classes
    command.addAll(cli);
    Map<String, String> env = new HashMap<>();
    SparkApps.environment(env, SparkApps.confDir(run, "", Map.of()));
    ProcessRun r = ProcessRun.run(command, run, env, TIMEOUT_SECONDS);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString()).isEqualTo(EXPECTED.get(query));
  }

  /** A path of the README: relative to the project root; it must be the jar just built. */
  private static String jar(String readmePath) {
    Path jar = SparkApps.home().resolve(readmePath).normalize();
    assertThat(jar).as("the README's --jars").isEqualTo(SparkApps.udfsJar());
    return jar.toString();
  }

  /** Shell words: runs of non-blanks, or text in double quotes (without the quotes). */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }
}
