package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging the command line over a {@code --config} file over the defaults. */
class SettingsTest {
  private static final List<String> KEYS = List.of("label-col", "prediction-col", "mode");

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("report.conf"), text);
  }

  private static Map<String, String> line(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  @Test
  void withoutSourcesNothingIsSet() {
    Settings s = Settings.merge(KEYS, Map.of(), null);
    assertThat(s.has("label-col")).isFalse();
    assertThat(s.get("label-col")).isNull();
    assertThat(s.sparkConf()).isEmpty();
    // an unset key is still reported by its option
    assertThat(s.origin("label-col")).isEqualTo("--label-col");
  }

  @Test
  void commandLineValuesAreKeptAsGivenWithTheOptionAsOrigin() {
    Settings s = Settings.merge(KEYS, line("label-col", " y "), null);
    assertThat(s.get("label-col")).isEqualTo(" y ");
    assertThat(s.origin("label-col")).isEqualTo("--label-col");
  }

  @Test
  void fileValuesAreTrimmedAndRememberTheFileAndKey() throws IOException {
    Path f = file("# a comment\nlabel-col =   y   \n! another comment\nprediction-col:p\n");
    Settings s = Settings.merge(KEYS, Map.of(), f);
    assertThat(s.get("label-col")).isEqualTo("y");
    assertThat(s.get("prediction-col")).isEqualTo("p");
    assertThat(s.has("mode")).isFalse();
    assertThat(s.origin("label-col")).isEqualTo("key label-col in " + f);
    assertThat(s.origin("mode")).isEqualTo("--mode");
  }

  @Test
  void commandLineWinsOverTheFileKeyByKey() throws IOException {
    Path f = file("label-col = from_file\nprediction-col = p_file\n");
    Settings s = Settings.merge(KEYS, line("label-col", "from_line"), f);
    assertThat(s.get("label-col")).isEqualTo("from_line");
    assertThat(s.origin("label-col")).isEqualTo("--label-col");
    assertThat(s.get("prediction-col")).isEqualTo("p_file");
    assertThat(s.origin("prediction-col")).isEqualTo("key prediction-col in " + f);
  }

  @Test
  void sparkKeysGoToTheSparkConfInKeyOrder() throws IOException {
    Path f = file("spark.sql.shuffle.partitions = 8\nspark.executor.memory=2g\nmode=FAILFAST\n");
    Settings s = Settings.merge(KEYS, Map.of(), f);
    assertThat(s.sparkConf()).containsExactly(
        Map.entry("spark.executor.memory", "2g"),
        Map.entry("spark.sql.shuffle.partitions", "8"));
    assertThat(s.has("spark.executor.memory")).isFalse();
    assertThat(s.get("mode")).isEqualTo("FAILFAST");
    assertThatThrownBy(() -> s.sparkConf().put("spark.x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unknownFileKeyNamesTheFileAndTheKeyAndListsTheKeys() throws IOException {
    Path f = file("label-col = y\nlabel_col = y\n");
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--config " + f + ": unknown key 'label_col'; the keys are label-col, "
            + "prediction-col, mode, and spark.* for Spark settings");
  }

  @Test
  void fileKeysAreCaseSensitive() throws IOException {
    Path f = file("Label-Col = y\n");
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .hasMessageStartingWith("--config " + f + ": unknown key 'Label-Col'");
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("missing.conf");
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--config: cannot read '" + f + "': no such file");
  }

  @Test
  void directory() {
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--config: cannot read '" + dir + "': it is a directory");
  }

  @Test
  void notUtf8() throws IOException {
    // 0xC3 starts a two-byte sequence that 0x28 '(' cannot continue
    Path f = Files.write(dir.resolve("latin.conf"), new byte[] {'m', 'o', 'd', 'e', '=',
        (byte) 0xC3, 0x28, '\n'});
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--config: cannot read '" + f + "': it is not UTF-8 text");
  }

  @Test
  void utf8ValuesAreRead() throws IOException {
    Path f = Files.write(dir.resolve("utf8.conf"),
        "label-col = étiquette\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Settings.merge(KEYS, Map.of(), f).get("label-col")).isEqualTo("étiquette");
  }

  @Test
  void malformedEscape() throws IOException {
    Path f = file("label-col = \\u00zz\n");
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--config: cannot read '" + f + "': ")
        .hasMessageContaining("\\uxxxx");
  }

  @Test
  void fileInAMissingDirectoryIsAMissingFile() {
    Path f = dir.resolve("no-such-dir").resolve("report.conf");
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .hasMessage("--config: cannot read '" + f + "': no such file");
  }

  @Test
  void unreadableFileSaysPermissionDenied() throws IOException {
    Path f = file("mode = FAILFAST\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(f)).as("the file is unreadable (not root)").isFalse();
    assertThatThrownBy(() -> Settings.merge(KEYS, Map.of(), f))
        .hasMessage("--config: cannot read '" + f + "': permission denied");
  }

  @Test
  void invalidNamesWhereTheValueWasWrittenTheValueAndTheRule() throws IOException {
    Path f = file("mode = fast\n");
    Settings fromFile = Settings.merge(KEYS, Map.of(), f);
    assertThat(fromFile.invalid("mode", "must be FAILFAST or DROPMALFORMED"))
        .hasMessage("key mode in " + f + " must be FAILFAST or DROPMALFORMED, but was 'fast'");
    Settings fromLine = Settings.merge(KEYS, line("mode", "quick"), f);
    assertThat(fromLine.invalid("mode", "must be FAILFAST or DROPMALFORMED"))
        .hasMessage("--mode must be FAILFAST or DROPMALFORMED, but was 'quick'");
  }
}
