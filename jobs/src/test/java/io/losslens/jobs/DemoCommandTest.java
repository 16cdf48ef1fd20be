package io.losslens.jobs;

import static io.losslens.jobs.CommandRun.flat;
import static io.losslens.jobs.CommandRun.parsed;
import static io.losslens.jobs.CommandRun.usageError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.jobs.demo.DemoConfig;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/** {@code losslens demo} without Spark: its validation happens before the session. */
class DemoCommandTest {
  @TempDir
  Path dir;

  private String out() {
    return dir.resolve("demo").toString();
  }

  @Test
  void tooFewClasses() {
    assertThat(usageError("demo", "demo", "--classes", "1", "--output", out()))
        .isEqualTo("losslens demo: --classes must be in [2, 10000], but was 1");
  }

  @Test
  void unknownFormat() {
    assertThat(usageError("demo", "demo", "--format", "xml", "--output", out()))
        .isEqualTo("losslens demo: --format must be parquet, orc, json or csv, but was 'xml'");
  }

  @Test
  void otherRules() {
    assertThat(usageError("demo", "demo", "--rows", "0", "--output", out()))
        .isEqualTo("losslens demo: --rows must be >= 1, but was 0");
    assertThat(usageError("demo", "demo", "--imbalance", "0.5", "--output", out()))
        .isEqualTo("losslens demo: --imbalance must be a finite number >= 1 (most over least "
            + "frequent class), but was 0.5");
    assertThat(usageError("demo", "demo", "--quality", "NaN", "--output", out()))
        .isEqualTo("losslens demo: --quality must be a finite number >= 0, but was NaN");
    assertThat(usageError("demo", "demo", "--rows", "many", "--output", out()))
        .isEqualTo("losslens demo: Invalid value for option '--rows': 'many' is not a long");
  }

  @Test
  void outputIsRequired() {
    assertThat(usageError("demo", "demo"))
        .isEqualTo("losslens demo: Missing required option: '--output=DIR'");
  }

  @Test
  void formatIsCaseInsensitiveButTheConfigIsCheckedFirst() {
    // both wrong: the numbers are reported, as config() runs before format()
    assertThat(usageError("demo", "demo", "--classes", "1", "--format", "xml", "--output",
        out()))
        .isEqualTo("losslens demo: --classes must be in [2, 10000], but was 1");
  }

  @Test
  void parsesTheDefaults() {
    DemoCommand command = parsed("demo", "--output", out());
    assertThat(command.config()).hasToString(DemoConfig.defaults().toString());
    DemoCommand custom = parsed("demo", "--output", out(), "--rows", "10", "--classes", "3",
        "--imbalance", "4", "--quality", "0", "--seed", "7");
    assertThat(custom.config()).hasToString(
        "rows=10, classes=3, imbalance=4.0, quality=0.0, seed=7");
  }

  @Test
  void configErrorsAreParameterExceptions() {
    DemoCommand command = parsed("demo", "--output", out(), "--classes", "10001");
    assertThatThrownBy(command::config).isInstanceOf(ParameterException.class)
        .hasMessage("--classes must be in [2, 10000], but was 10001");
  }

  private static boolean overwrite(DemoCommand command) throws ReflectiveOperationException {
    Field field = DemoCommand.class.getDeclaredField("overwrite");
    field.setAccessible(true);
    return field.getBoolean(command);
  }

  @Test
  void overwriteIsAFlagThatAlsoTakesAnAttachedValue() throws ReflectiveOperationException {
    assertThat(overwrite(parsed("demo", "--output", out()))).isFalse();
    assertThat(overwrite(parsed("demo", "--output", out(), "--overwrite"))).isTrue();
    assertThat(overwrite(parsed("demo", "--output", out(), "--overwrite=true"))).isTrue();
    assertThat(overwrite(parsed("demo", "--output", out(), "--overwrite=false"))).isFalse();
  }

  @Test
  void helpListsTheOptionsWithDefaultsAndExitsWithZero() {
    CommandRun r = CommandRun.of("demo", "--help");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Usage: losslens demo")
        .contains("--rows=N", "--classes=C", "--imbalance=RATIO", "--quality=Q", "--seed=SEED",
            "--format=FORMAT", "--output=DIR", "--overwrite", "--master=URL",
            "--conf=KEY=VALUE", "--verbose");
    assertThat(flat(r.out)).contains("rows to generate (default: 200000)",
        "classes (default: 5)", "in between (default: 50.0)", "(default: 2.5)",
        "fixes every value (default: 42)", "parquet (default), orc, json (JSON Lines) or csv");
  }
}
