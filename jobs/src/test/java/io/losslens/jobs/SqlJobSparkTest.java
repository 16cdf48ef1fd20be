package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.losslens.spark.SharedSpark;
import io.losslens.spark.SparkText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SqlJob#run} on the shared local session, as the command calls it. */
class SqlJobSparkTest {
  // cross_entropy(1, array(0.1, 0.7, 0.2)) = -ln 0.7: the contract's worked value
  // (shared/design/sql-functions.md), also mpmath: -log(mpf(0.7)) rounded to double.
  private static final String CE = "0.35667494393873245";

  @Test
  void printsAResultAsATable() {
    Output o = run(OutputFormat.TABLE, 1000,
        "SELECT cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce, 'x' AS s");
    assertThat(o.out).isEqualTo(""
        + "+-------------------+---+\n"
        + "|ce                 |s  |\n"
        + "+-------------------+---+\n"
        + "|" + CE + "|x  |\n"
        + "+-------------------+---+\n");
    assertThat(o.err).isEmpty();
  }

  @Test
  void printsNullsArraysAndRepeatedColumnNames() {
    Output o = run(OutputFormat.TABLE, 1000,
        "SELECT label, probs, cross_entropy(label, probs) AS ce, 1 AS ce "
            + "FROM VALUES (1, array(0.1D, 0.7D, 0.2D)), (NULL, array(0.5D, 0.5D)) "
            + "AS t(label, probs)");
    assertThat(o.out).isEqualTo(""
        + "+-----+---------------+-------------------+---+\n"
        + "|label|probs          |ce                 |ce |\n"
        + "+-----+---------------+-------------------+---+\n"
        + "|1    |[0.1, 0.7, 0.2]|" + CE + "|1  |\n"
        + "|NULL |[0.5, 0.5]     |NULL               |1  |\n"
        + "+-----+---------------+-------------------+---+\n");
  }

  @Test
  void printsJsonLines() {
    Output o = run(OutputFormat.JSON, 1000,
        "SELECT id, cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce FROM range(2)");
    assertThat(o.out).isEqualTo("{\"id\":0,\"ce\":" + CE + "}\n{\"id\":1,\"ce\":" + CE + "}\n");
  }

  @Test
  void runsStatementsInOrderAndSkipsResultsWithoutColumns() {
    Output o = run(OutputFormat.TABLE, 1000,
        "CREATE OR REPLACE TEMPORARY VIEW preds AS "
            + "SELECT * FROM VALUES (1, array(0.1D, 0.7D, 0.2D)) AS t(label, probs)",
        "SELECT cross_entropy(label, probs) AS ce FROM preds",
        "SELECT count(*) AS n FROM preds");
    assertThat(o.out).isEqualTo(""
        + "+-------------------+\n"
        + "|ce                 |\n"
        + "+-------------------+\n"
        + "|" + CE + "|\n"
        + "+-------------------+\n"
        + "\n"
        + "+---+\n"
        + "|n  |\n"
        + "+---+\n"
        + "|1  |\n"
        + "+---+\n");
  }

  @Test
  void printsAllRowsUpToMaxRowsAndSaysWhenItCut() {
    Output all = run(OutputFormat.TABLE, 3, "SELECT id FROM range(3)");
    assertThat(all.out).contains("|2  |").doesNotContain("only the first");

    Output cut = run(OutputFormat.TABLE, 3, "SELECT id FROM range(5)");
    assertThat(cut.out).contains("|2  |").doesNotContain("|3  |")
        .endsWith("+---+\nonly the first 3 rows are shown; raise --max-rows to see more\n");

    Output json = run(OutputFormat.JSON, 2, "SELECT id FROM range(5)");
    assertThat(json.out).isEqualTo("{\"id\":0}\n{\"id\":1}\n");
    assertThat(json.err)
        .isEqualTo("only the first 2 rows are shown; raise --max-rows to see more\n");
  }

  @Test
  void aLossFunctionErrorInATaskReportsTheFunctionsMessage() {
    Throwable failure = catchThrowable(() -> run(OutputFormat.TABLE, 1000,
        "SELECT cross_entropy(CAST(id AS INT), array(0.1, 0.7, 0.2)) AS ce FROM range(5)"));
    assertThat(Failures.message(failure)).isEqualTo(
        "cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)");
  }

  @Test
  void anAnalysisErrorReportsItsMessageWithoutThePlan() {
    Throwable failure = catchThrowable(() -> run(OutputFormat.TABLE, 1000,
        "SELECT nope FROM range(2)"));
    assertThat(Failures.message(failure))
        .startsWith(SparkText.unresolvedColumn("nope"))
        .endsWith("; line 1 pos 7")
        .doesNotContain("\n");
  }

  private static Output run(OutputFormat format, int maxRows, String... statements) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SqlJob.run(SharedSpark.session(), SqlConfig.of(List.of(statements), format, maxRows),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Output(out.toString(), err.toString());
  }

  private static final class Output {
    final String out;
    final String err;

    Output(String out, String err) {
      this.out = out;
      this.err = err;
    }
  }
}
