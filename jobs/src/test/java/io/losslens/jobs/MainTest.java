package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line without Spark: usage errors exit with 2 and a one-line message before any
 * SparkSession exists; help and version exit with 0.
 */
class MainTest {
  @TempDir
  Path dir;

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"sql"},
            "losslens sql: Missing required argument (specify one of these): (-e=SQL | -f=FILE)"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "-f", "q.sql"},
            "losslens sql: -e=SQL, -f=FILE are mutually exclusive (specify only one)"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--format", "xml"},
            "losslens sql: --format must be table or json, but was 'xml'"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--format", "JSON"},
            "losslens sql: --format must be table or json, but was 'JSON'"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--conf", "spark.ui.enabled"},
            "losslens sql: --conf must be KEY=VALUE, but was 'spark.ui.enabled'"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--conf", "=true"},
            "losslens sql: --conf must be KEY=VALUE, but was '=true'"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--max-rows", "0"},
            "losslens sql: --max-rows must be >= 1, but was 0"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--max-rows", "many"},
            "losslens sql: Invalid value for option '--max-rows': 'many' is not an int"),
        Arguments.of(new String[] {"sql", "-e", "  -- only a comment\n"},
            "losslens sql: -e holds no SQL statement"),
        Arguments.of(new String[] {"sql", "-e", "SELECT 1", "--bogus"},
            "losslens sql: Unknown option: '--bogus'"),
        Arguments.of(new String[] {"sqll"},
            "losslens: Unmatched argument at index 0: 'sqll'"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsExitWithTwoAndSayWhatIsWrong(String[] args, String message) {
    Result r = run(args);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines().findFirst()).hasValue(message);
    assertThat(r.err).doesNotContain("\tat ");
  }

  @Test
  void missingFileIsAUsageError() {
    Path missing = dir.resolve("missing.sql");
    Result r = run("sql", "-f", missing.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith(
        "losslens sql: -f: cannot read '" + missing + "': no such file\n"
            + "Try 'losslens sql --help' for more information.");
  }

  @Test
  void directoryIsAUsageError() {
    Result r = run("sql", "-f", dir.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("losslens sql: -f: cannot read '" + dir + "': it is a directory");
  }

  @Test
  void fileWithoutStatementsIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.sql"), "-- nothing yet\n;\n");
    Result r = run("sql", "-f", file.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("losslens sql: file '" + file + "' holds no SQL statement");
  }

  @Test
  void unknownCommandSuggestsTheNearestOne() {
    assertThat(run("sqll").err).contains("Did you mean: losslens sql?");
  }

  @Test
  void noCommandPrintsUsageAndExitsWithTwo() {
    Result r = run();
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("Usage: losslens").contains("sql");
  }

  @Test
  void versionComesFromTheBuild() {
    Result r = run("--version");
    assertThat(r.code).isZero();
    // the Spark and Scala this build compiled against are the ones the tests run on
    String sparkVersion = org.apache.spark.package$.MODULE$.SPARK_VERSION();
    String scalaBinaryVersion = scala.util.Properties.versionNumberString()
        .replaceFirst("^(\\d+\\.\\d+)\\..*", "$1");
    assertThat(r.out.strip())
        .matches("losslens \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(built for Spark "
            + Pattern.quote(sparkVersion) + ", Scala " + Pattern.quote(scalaBinaryVersion) + "\\)");
    assertThat(run("sql", "--version").out).isEqualTo(r.out);
  }

  @Test
  void helpListsTheOptionsAndExitsWithZero() {
    Result r = run("sql", "--help");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("Usage: losslens sql")
        .contains("-e=SQL", "-f=FILE", "--format=FORMAT", "--max-rows=N", "--master=URL",
            "--conf=KEY=VALUE", "--verbose");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }
}
