package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** One run of {@link Main#execute} with its exit code and output, for the command tests. */
final class CommandRun {
  final int code;
  final String out;
  final String err;

  private CommandRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /**
   * Runs {@code args}, which must be a usage error found before any SparkSession exists: exit
   * code 2, nothing on stdout, and on stderr exactly the message line and the help hint
   * (a command that went on would print its progress, and Spark its logs). Returns the message
   * line.
   */
  static String usageError(String command, String... args) {
    // other tests of this JVM may have a session: it must be untouched, and no new one made
    Object before = SparkSession.getDefaultSession();
    Object activeBefore = SparkSession.getActiveSession();
    CommandRun r = of(args);
    assertThat(r.code).as("exit code; stderr: %s", r.err).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).doesNotContain("\tat ");
    String[] lines = r.err.split("\n");
    String hint = "Try 'losslens " + command + " --help' for more information.";
    assertThat(lines[lines.length - 1]).isEqualTo(hint);
    for (int i = 1; i < lines.length - 1; i++) {
      // between the message and the hint only picocli's suggestions may come
      assertThat(lines[i]).as("stderr line %d", i + 1)
          .containsAnyOf("Did you mean", "Possible solutions", "    ");
    }
    assertThat(SparkSession.getDefaultSession()).as("the default session").isEqualTo(before);
    assertThat(SparkSession.getActiveSession()).as("the active session").isEqualTo(activeBefore);
    return lines[0];
  }

  /** Parses {@code args} as Main would, without running anything: the subcommand's object. */
  @SuppressWarnings("unchecked")
  static <T> T parsed(String... args) {
    ParseResult result = new CommandLine(new Main()).parseArgs(args);
    return (T) result.subcommand().commandSpec().userObject();
  }

  /** Help text with every run of blanks and line breaks as one space (picocli wraps lines). */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
