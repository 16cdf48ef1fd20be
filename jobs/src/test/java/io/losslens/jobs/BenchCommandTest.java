package io.losslens.jobs;

import static io.losslens.jobs.CommandRun.flat;
import static io.losslens.jobs.CommandRun.parsed;
import static io.losslens.jobs.CommandRun.usageError;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.jobs.bench.BenchConfig;
import io.losslens.jobs.bench.BenchPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losslens bench} without Spark: its validation happens before the session. */
class BenchCommandTest {
  @TempDir
  Path dir;

  private String out() {
    return dir.resolve("bench").toString();
  }

  @Test
  void numbersOutOfRange() {
    assertThat(usageError("bench", "bench", "--rows", "0", "--output", out()))
        .isEqualTo("losslens bench: --rows must be >= 1, but was 0");
    assertThat(usageError("bench", "bench", "--classes", "1", "--output", out()))
        .isEqualTo("losslens bench: --classes must be in [2, 10000], but was 1");
    assertThat(usageError("bench", "bench", "--classes", "10001", "--output", out()))
        .isEqualTo("losslens bench: --classes must be in [2, 10000], but was 10001");
    assertThat(usageError("bench", "bench", "--runs", "0", "--output", out()))
        .isEqualTo("losslens bench: --runs must be >= 1, but was 0");
    assertThat(usageError("bench", "bench", "--warmup", "-1", "--output", out()))
        .isEqualTo("losslens bench: --warmup must be >= 0, but was -1");
    assertThat(usageError("bench", "bench", "--runs", "five", "--output", out()))
        .isEqualTo("losslens bench: Invalid value for option '--runs': 'five' is not an int");
  }

  @Test
  void unknownPath() {
    assertThat(usageError("bench", "bench", "--paths", "registered,udf", "--output", out()))
        .isEqualTo("losslens bench: --paths: 'udf' is not a path; paths are scan_floor, "
            + "builtin_expression, registered, catalog, extension, column_api, java_udf, "
            + "typed_aggregator, per_class_breakdown, mllib_logloss, java_loop "
            + "(comma-separated)");
    assertThat(usageError("bench", "bench", "--paths", "registered,", "--output", out()))
        .startsWith("losslens bench: --paths: '' is not a path; paths are scan_floor, ");
  }

  @Test
  void measuresEveryPathByDefault() {
    BenchCommand command = parsed("bench", "--output", out());
    for (BenchPath path : BenchPath.values()) {
      assertThat(command.config().measures(path)).as(path.pathName()).isTrue();
    }
  }

  @Test
  void outputIsRequired() {
    assertThat(usageError("bench", "bench"))
        .isEqualTo("losslens bench: Missing required option: '--output=DIR'");
  }

  @Test
  void defaultsAndPathSelection() {
    BenchCommand command = parsed("bench", "--paths", " registered , java_loop", "--output",
        out());
    BenchConfig config = command.config();
    assertThat(config.rows()).isEqualTo(1_000_000);
    assertThat(config.classes()).isEqualTo(10);
    assertThat(config.runs()).isEqualTo(5);
    assertThat(config.warmup()).isEqualTo(2);
    // the builtin is always measured: every ratio is to it
    assertThat(config.paths()).containsExactly(BenchPath.BUILTIN_EXPRESSION,
        BenchPath.REGISTERED, BenchPath.JAVA_LOOP);
  }

  @Test
  void helpSaysWhichMasterAndWhatIsWritten() {
    CommandRun r = CommandRun.of("bench", "--help");
    assertThat(r.code).isZero();
    assertThat(flat(r.out)).contains("Runs on Spark's local[*]", "DIR/bench.json",
        "--paths=PATH,...", "--master=URL", "--conf=KEY=VALUE");
  }
}
