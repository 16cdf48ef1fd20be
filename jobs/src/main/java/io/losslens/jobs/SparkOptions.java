package io.losslens.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every Spark command shares (a picocli mixin): where Spark runs, extra Spark settings,
 * and whether a failure prints its stack trace. {@link #sessionBuilder} validates them all
 * before any SparkSession exists.
 */
public final class SparkOptions {
  /** The master of an embedded run, when neither the command line nor spark-submit gives one. */
  static final String DEFAULT_MASTER = "local[*]";
  /** {@link Main} looks this option up in the parse result when a command fails. */
  static final String VERBOSE = "--verbose";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--master", paramLabel = "URL", order = 100,
      description = "Spark master URL (default: the one spark-submit or spark.master gives, "
          + "else " + DEFAULT_MASTER + ")")
  private String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", order = 101,
      description = "a Spark setting for the session; repeatable")
  private List<String> conf = new ArrayList<>();

  @Option(names = VERBOSE, order = 102,
      description = "print the full stack trace when the command fails")
  private boolean verbose;

  /** As {@link #sessionBuilder(String, Map)} without defaults. */
  public SparkSession.Builder sessionBuilder(String appName) {
    return sessionBuilder(appName, Map.of());
  }

  /**
   * A session builder with the master and {@code --conf} settings applied; no session is
   * created yet. Beneath {@code --conf}: {@code defaults} (such as a config file's
   * {@code spark.*} keys), and Spark's console progress bar on when the console is a terminal,
   * so that a long job shows its stages advance. Throws a {@link ParameterException} for an
   * invalid {@code --conf}.
   */
  public SparkSession.Builder sessionBuilder(String appName, Map<String, String> defaults) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (System.console() != null) {
      settings.put("spark.ui.showConsoleProgress", "true");
    }
    settings.putAll(defaults);
    settings.putAll(conf());
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    settings.forEach(builder::config);
    String chosen = masterToSet(master, settings, new SparkConf());
    if (chosen != null) {
      builder.master(chosen);
    }
    return builder;
  }

  /** The {@code --conf} settings in command-line order (a later key wins). */
  Map<String, String> conf() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String entry : conf) {
      int eq = entry.indexOf('=');
      if (eq <= 0 || entry.substring(0, eq).isBlank()) {
        throw new ParameterException(command.commandLine(),
            "--conf must be KEY=VALUE, but was '" + entry + "'");
      }
      settings.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
    }
    return Collections.unmodifiableMap(settings);
  }

  /**
   * The master to set on the builder, or {@code null} to leave it to Spark: an explicit
   * {@code --master} wins; a {@code spark.master} from {@code --conf} or from the launcher
   * ({@code spark-submit} passes it as a system property, which {@code new SparkConf()} reads)
   * is kept; otherwise the job runs embedded on {@value #DEFAULT_MASTER}.
   */
  static String masterToSet(String master, Map<String, String> conf, SparkConf launcherConf) {
    if (master != null) {
      return master;
    }
    if (conf.containsKey("spark.master") || launcherConf.contains("spark.master")) {
      return null;
    }
    return DEFAULT_MASTER;
  }
}
