package io.losslens.jobs;

import io.losslens.jobs.report.InvalidConfigException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code losslens} command and the main class of the job jar (for {@code bin/losslens} and
 * {@code spark-submit}). Subcommands do the work; this class owns the exit codes:
 * 0 success; 2 invalid usage, reported before any SparkSession exists (or, for what only the
 * data tells, such as a missing column, before any loss is computed); 1 a failure while
 * running, reported as one line with the root cause ({@code --verbose} adds the stack trace).
 */
@Command(name = "losslens", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {ReportCommand.class, ClassWeightsCommand.class, DemoCommand.class,
        SqlCommand.class, BenchCommand.class},
    description = "Evaluates classification losses on Apache Spark.")
public final class Main implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    System.exit(execute(new PrintWriter(System.out, true, charset),
        new PrintWriter(System.err, true, charset), args));
  }

  /** Runs the command line {@code args}, writing to {@code out} and {@code err}; the exit code. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::failure)
        .execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** {@code losslens} without a command: the usage, as an invalid invocation. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return spec.exitCodeOnInvalidInput();
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    // picocli starts some of its messages with "Error: "; the command name says that already
    err.println(name + ": " + e.getMessage().replaceFirst("^Error: ", ""));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int failure(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + Failures.message(e));
    if (e instanceof InvalidConfigException) {
      // found once Spark ran (a column, the output directory), but a usage error all the same
      err.println("Try '" + name + " --help' for more information.");
      return command.getCommandSpec().exitCodeOnInvalidInput();
    }
    return command.getCommandSpec().exitCodeOnExecutionException();
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(SparkOptions.VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
