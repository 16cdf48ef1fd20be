package io.losslens.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code losslens sql}: runs SQL with the LossLens functions registered and prints each result.
 * Parses and validates everything into a {@link SqlConfig}, then hands off to {@link SqlJob}.
 */
@Command(name = "sql", sortOptions = false,
    description = {
        "Runs SQL in a Spark session with the LossLens functions registered and prints each "
            + "result.",
        "Statements end with ';' at the end of a line; they run in order."
    })
public final class SqlCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json: one JSON object per row")
  private String format;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + SqlConfig.DEFAULT_MAX_ROWS,
      description = "the most rows to print per statement (default: ${DEFAULT-VALUE})")
  private int maxRows;

  @Mixin
  private SparkOptions sparkOptions;

  /** Where the SQL comes from: exactly one of {@code -e} and {@code -f}. */
  static final class Source {
    @Option(names = "-e", paramLabel = "SQL", required = true, description = "the SQL to run")
    private String sql;

    @Option(names = "-f", paramLabel = "FILE", required = true,
        description = "a file of SQL statements to run")
    private Path file;
  }

  @Override
  public Integer call() {
    SqlConfig config = config();
    SparkSession.Builder session = sparkOptions.sessionBuilder("losslens sql");
    SparkSession spark = session.getOrCreate();
    try {
      SqlJob.run(spark, config, spec.commandLine().getOut(), spec.commandLine().getErr());
    } finally {
      // stop, not try-with-resources: Spark 4's SparkSession.close() declares IOException
      spark.stop();
    }
    return 0;
  }

  /** The validated configuration; a {@link ParameterException} (exit code 2) if invalid. */
  SqlConfig config() {
    try {
      List<String> statements = SqlConfig.splitStatements(script());
      if (statements.isEmpty()) {
        throw new IllegalArgumentException((source.file == null ? "-e" : "file '" + source.file
            + "'") + " holds no SQL statement");
      }
      return SqlConfig.of(statements, OutputFormat.parse(format), maxRows);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private String script() {
    return source.file == null ? source.sql : TextFiles.read(source.file, "-f");
  }
}
