package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code bin/losslens}, run as a user runs it: an external process on an embedded
 * local Spark, started from a directory other than the project root. The project root comes
 * from the {@code losslens.home} system property (set by this module's failsafe configuration).
 */
class LosslensCommandIT {
  /** Generous: a JVM with a local Spark starts in about 5 s on an idle 2-core machine. */
  private static final long TIMEOUT_SECONDS = 180;

  // cross_entropy(1, array(0.1, 0.7, 0.2)) = -ln 0.7: a worked value of
  // shared/design/sql-functions.md (also in tests/src/test/provenance/sql_only_expected.py)
  private static final String CE = "0.35667494393873245";
  private static final String CE_QUERY = "SELECT cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce";

  private static Path home;

  @TempDir
  Path workDir;

  @BeforeAll
  static void findProject() {
    home = Paths.get(System.getProperty("losslens.home")).toAbsolutePath().normalize();
    assertThat(home.resolve("bin/losslens")).isExecutable();
  }

  /**
   * The README's main command, as a newcomer runs it: its {@code bin/losslens} part, run in a
   * fresh working directory (the build part is what this module's build has just done).
   */
  @Test
  void theReadmesMainCommandWritesAReportAndPrintsItsSummary() throws Exception {
    String readme = Files.readString(home.resolve("README.md"));
    Matcher main = Pattern.compile("\\./mvnw -q -DskipTests package && bin/losslens ([^\\n]+)\\n")
        .matcher(readme);
    assertThat(main.find()).as("the README's main command").isTrue();
    ProcessRun r = losslens(home, main.group(1).trim().split(" +"));
    assertThat(r.code()).as(r.toString()).isZero();
    // 200,000 demo rows in 5 classes, every one valid; the summary lists each class
    assertThat(r.out()).startsWith("rows: 200000 (200000 valid, 0 invalid), 5 classes\n")
        .containsPattern("(?m)^class +count +support +cross_entropy +share +focal_loss +share$")
        .containsPattern("(?m)^4 +\\d+ +\\d+\\.\\d%")
        .contains("report: file:" + workDir.toRealPath().resolve("target/demo-report/report.html"));
    Path report = workDir.resolve("target/demo-report");
    assertThat(report.resolve("per_class.csv")).content().startsWith("class,count,weight_sum,"
        + "support_share,cross_entropy_mean,cross_entropy_share,focal_loss_mean,focal_loss_share,");
    assertThat(report.resolve("summary.json")).exists();
    assertThat(report.resolve("report.html")).exists();
    assertThat(report.resolve("per_class.parquet")).isDirectory();
    assertThat(r.err()).contains("losslens report: writing the report to file:");

    // the page as a user opens it, offline: the charts are drawn, a row per class
    ProcessRun page = Chromium.dumpDom(report.resolve("report.html"), workDir);
    assertThat(page.code()).as(page.toString()).isZero();
    assertThat(page.out()).contains("data-charts-ready=\"3\"")
        .containsPattern("(?s)<table id=\"per-class\".*?<tbody>(\\s*<tr>.*?</tr>){5}\\s*</tbody>");
    Path screenshot = home.resolve("tests/target/screenshots/demo-report.png");
    ProcessRun shot = Chromium.screenshot(report.resolve("report.html"), screenshot, 2400,
        workDir);
    assertThat(screenshot).as(shot.toString()).isNotEmptyFile();
  }

  @Test
  void theCommandLineWinsOverTheConfigFileAndTheFileOverTheDefaults() throws Exception {
    Files.writeString(workDir.resolve("report.conf"), ""
        + "demo = true\n"
        + "demo-rows = 2000\n"
        + "losses = cross_entropy\n"        // overridden below
        + "mode = DROPMALFORMED\n"          // kept: not on the command line
        + "spark.sql.shuffle.partitions = 3\n");
    ProcessRun r = losslens(home, "report", "--config", "report.conf", "--losses", "hinge_loss",
        "--output", "out");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(workDir.resolve("out/per_class.csv")))
        .startsWith("class,count,weight_sum,support_share,hinge_loss_mean,hinge_loss_share,");
    String summary = Files.readString(workDir.resolve("out/summary.json"));
    assertThat(summary).contains("\"mode\" : \"DROPMALFORMED\"", "\"label-col\" : \"label\"",
        "\"spark-conf\" : {\n      \"spark.sql.shuffle.partitions\" : \"3\"");
    assertThat(r.out()).startsWith("rows: 2000 (2000 valid, 0 invalid), 5 classes\n");
  }

  @Test
  void aBadSettingInTheConfigFileNamesTheKeyAndTheFile() throws Exception {
    Files.writeString(workDir.resolve("report.conf"), "demo = true\nmode = sometimes\n");
    ProcessRun r = losslens(home, "report", "--config", "report.conf", "--output", "out");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("losslens report: key mode in report.conf must be FAILFAST "
        + "(stop at the first invalid row) or DROPMALFORMED (skip invalid rows and count them "
        + "by reason), but was 'sometimes'\n");
    assertThat(workDir.resolve("out")).doesNotExist();
  }

  @Test
  void printsAQueryResultAsATable() throws Exception {
    ProcessRun r = losslens(home, "sql", "-e", CE_QUERY);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("|ce                 |", "|" + CE + "|");
  }

  @Test
  void printsJsonLines() throws Exception {
    ProcessRun r = losslens(home, "sql", "--format", "json", "-e", CE_QUERY);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("{\"ce\":" + CE + "}\n");
  }

  @Test
  void runsTheStatementsOfAFileInOrder() throws Exception {
    Files.writeString(workDir.resolve("losses.sql"), ""
        + "-- predictions of a 3-class model\n"
        + "CREATE TEMPORARY VIEW preds AS\n"
        + "  SELECT * FROM VALUES (1, array(0.1D, 0.7D, 0.2D)) AS t(label, probs);\n"
        + "SELECT cross_entropy(label, probs) AS ce FROM preds;\n"
        + "SELECT count(*) AS n FROM preds;\n");
    // a path relative to the working directory, which is not the project's
    ProcessRun r = losslens(home, "sql", "-f", "losses.sql", "--format", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("{\"ce\":" + CE + "}\n{\"n\":1}\n");
  }

  @Test
  void appliesSparkDefaultsAndLetsConfOverrideThem() throws Exception {
    Files.writeString(workDir.resolve("settings.sql"), ""
        + "SET spark.ui.enabled;\n"
        + "SET spark.sql.shuffle.partitions;\n"
        + "SET spark.master;\n");
    ProcessRun r = losslens(home, "sql", "--conf", "spark.sql.shuffle.partitions=3", "-f",
        "settings.sql", "--format", "json");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(""
        + "{\"key\":\"spark.ui.enabled\",\"value\":\"false\"}\n" // conf/spark-defaults.conf
        + "{\"key\":\"spark.sql.shuffle.partitions\",\"value\":\"3\"}\n" // --conf beats its 8
        + "{\"key\":\"spark.master\",\"value\":\"local[*]\"}\n"); // embedded default
  }

  @Test
  void anInvalidQueryExitsWithOneAndTheFunctionsMessage() throws Exception {
    ProcessRun r = losslens(home, "sql", "-e",
        "SELECT cross_entropy(CAST(id AS INT), array(0.1, 0.7, 0.2)) AS ce FROM range(5)");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("losslens sql: cross_entropy: label 3 is out of range for 3 "
        + "classes; must be a whole number in [0, 3)\n");
    assertThat(r.err()).as("no stack trace without --verbose").doesNotContain("\tat ");
  }

  @Test
  void aUsageErrorExitsWithTwo() throws Exception {
    ProcessRun r = losslens(home, "sql", "-e", CE_QUERY, "--format", "xml");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("losslens sql: --format must be table or json, but was 'xml'\n");
  }

  @Test
  void printsTheVersion() throws Exception {
    ProcessRun r = losslens(home, "--version");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("losslens ").contains("built for Spark 3.5.");
  }

  @Test
  void anUnbuiltProjectIsReportedWithTheBuildCommand() throws Exception {
    // the script and its conf/ in a tree without jobs/target
    Path copy = workDir.resolve("unbuilt");
    Files.createDirectories(copy.resolve("bin"));
    Files.createDirectories(copy.resolve("conf"));
    Files.copy(home.resolve("bin/losslens"), copy.resolve("bin/losslens"),
        StandardCopyOption.COPY_ATTRIBUTES);
    for (String conf : List.of("spark-defaults.conf", "log4j2.properties")) {
      Files.copy(home.resolve("conf").resolve(conf), copy.resolve("conf").resolve(conf));
    }
    ProcessRun r = losslens(copy, "sql", "-e", CE_QUERY);
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("losslens: the project is not built; run (cd "
        + copy.toRealPath() + " && ./mvnw -q -DskipTests package) first\n");
  }

  /** Runs {@code root/bin/losslens args} in {@link #workDir}, waiting at most the timeout. */
  private ProcessRun losslens(Path root, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("bin/losslens").toString());
    command.addAll(List.of(args));
    return ProcessRun.run(command, workDir, TIMEOUT_SECONDS);
  }
}
