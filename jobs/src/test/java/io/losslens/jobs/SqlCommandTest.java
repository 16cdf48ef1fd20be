package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Options become a validated {@link SqlConfig} without Spark. */
class SqlCommandTest {
  @TempDir
  Path dir;

  @Test
  void defaults() {
    SqlConfig config = config("-e", "SELECT 1");
    assertThat(config.statements()).containsExactly("SELECT 1");
    assertThat(config.format()).isEqualTo(OutputFormat.TABLE);
    assertThat(config.maxRows()).isEqualTo(SqlConfig.DEFAULT_MAX_ROWS).isEqualTo(1000);
  }

  @Test
  void readsTheStatementsOfAFileInOrder() throws IOException {
    Path file = Files.writeString(dir.resolve("q.sql"),
        "-- two queries\nSELECT 1 AS a;\nSELECT 2 AS b;\n");
    SqlConfig config = config("-f", file.toString(), "--format", "json", "--max-rows", "5");
    assertThat(config.statements())
        .containsExactly("-- two queries\nSELECT 1 AS a", "SELECT 2 AS b");
    assertThat(config.format()).isEqualTo(OutputFormat.JSON);
    assertThat(config.maxRows()).isEqualTo(5);
  }

  private static SqlConfig config(String... args) {
    CommandLine cli = new CommandLine(new SqlCommand());
    cli.parseArgs(args);
    return ((SqlCommand) cli.getCommand()).config();
  }
}
