package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlConfigTest {
  @Test
  void splitsAtSemicolonsThatEndALine() {
    String script = "CREATE TEMPORARY VIEW v AS\n  SELECT 1 AS x;\n"
        + "SELECT x FROM v;  \r\n"
        + "SELECT 'a;b', x FROM v; SELECT 2 AS y\n"
        + "  ;\n"
        + "SELECT 3";
    assertThat(SqlConfig.splitStatements(script)).containsExactly(
        "CREATE TEMPORARY VIEW v AS\n  SELECT 1 AS x",
        "SELECT x FROM v",
        "SELECT 'a;b', x FROM v; SELECT 2 AS y",
        "SELECT 3");
  }

  @Test
  void dropsPiecesWithOnlyBlanksAndComments() {
    String script = "-- header\n\nSELECT 1; \n  -- between\n;\n;\n-- trailer\n";
    assertThat(SqlConfig.splitStatements(script)).containsExactly("-- header\n\nSELECT 1");
    assertThat(SqlConfig.splitStatements("  \n-- nothing\n")).isEmpty();
  }

  @Test
  void singleStatementMayEndWithASemicolon() {
    assertThat(SqlConfig.splitStatements("SELECT 1;")).containsExactly("SELECT 1");
    assertThat(SqlConfig.splitStatements("SELECT 1")).containsExactly("SELECT 1");
  }

  @Test
  void validatesStatementsAndMaxRows() {
    assertThatThrownBy(() -> SqlConfig.of(List.of(), OutputFormat.TABLE, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no SQL statement to run");
    assertThatThrownBy(() -> SqlConfig.of(List.of("SELECT 1"), OutputFormat.TABLE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--max-rows must be >= 1, but was -1");
  }

  @Test
  void formatNamesAreLowerCase() {
    assertThat(OutputFormat.parse("table")).isEqualTo(OutputFormat.TABLE);
    assertThat(OutputFormat.parse("json")).isEqualTo(OutputFormat.JSON);
    assertThatThrownBy(() -> OutputFormat.parse("csv"))
        .hasMessage("--format must be table or json, but was 'csv'");
  }
}
