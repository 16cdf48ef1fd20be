package io.losslens.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Spark applications of the SQL recipes (the spark-sql CLI, the Hive Thrift server, the
 * Spark Connect server), each in a JVM of its own, launched as {@code spark-submit} launches them:
 * {@code org.apache.spark.deploy.SparkSubmit} in client mode on a local master, on the classpath
 * of a Spark installation with Hive, the Thrift server and the Connect server, which the
 * {@code tests/spark-server} module resolves ({@code losslens.serverClasspath}). LossLens comes
 * only from what the recipe names ({@code --jars}, {@code spark.jars}).
 *
 * <p>Each application gets a directory of its own: its working directory (Hive's embedded Derby
 * metastore goes there), its {@code SPARK_CONF_DIR}, whose {@code spark-defaults.conf} holds the
 * recipe's settings, if any, then those of a test run here ({@link #testSettings}), and its
 * {@code java.io.tmpdir} (Hive's scratch and resource directories default to it).
 */
final class SparkApps {
  static final String HOST = "127.0.0.1";
  private static final Duration POLL = Duration.ofMillis(250);
  private static final int LOG_TAIL_LINES = 40;

  private SparkApps() {}

  /** The project's root directory. */
  static Path home() {
    return path("losslens.home");
  }

  /** The library jar the recipes name, as the build wrote it. */
  static Path udfsJar() {
    Path jar = path("losslens.udfsJar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no library jar at " + jar + "; build the spark-udfs module "
          + "(./mvnw -pl tests -am verify builds it)");
    }
    return jar;
  }

  /** {@code java <the JDK 17 flags Spark needs> -Xmx1g -Djava.io.tmpdir=<dir>/tmp -cp <cp>}. */
  static List<String> java(String classpath, Path dir) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(property("losslens.sparkJvmFlags").trim().split("\\s+")));
    command.add("-Xmx1g");
    command.add("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")));
    command.add("-cp");
    command.add(classpath);
    return command;
  }

  /** The command that {@code spark-submit} runs, up to its options: {@code java ... SparkSubmit}. */
  static List<String> sparkSubmit(Path dir) throws IOException {
    List<String> command = java(classpath("losslens.serverClasspath"), dir);
    command.add("org.apache.spark.deploy.SparkSubmit");
    return command;
  }

  /**
   * Settings of a test run on this machine: a local master of 2 cores, everything bound to the
   * loopback, no web UI (no port 4040 to clash over), all files under {@code dir}.
   */
  static Map<String, String> testSettings(Path dir) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.master", "local[2]");
    settings.put("spark.ui.enabled", "false");
    settings.put("spark.driver.host", HOST);
    settings.put("spark.driver.bindAddress", HOST);
    settings.put("spark.sql.shuffle.partitions", "2");
    settings.put("spark.local.dir", dir.resolve("local").toString());
    settings.put("spark.sql.warehouse.dir", dir.resolve("warehouse").toString());
    settings.put("spark.hadoop.hive.exec.scratchdir", dir.resolve("hive-scratch").toString());
    return settings;
  }

  /**
   * Writes {@code <dir>/conf/spark-defaults.conf}: {@code recipeDefaults} (the text of a
   * spark-defaults.conf, possibly empty), then {@link #testSettings} and {@code extra}, which
   * override it. Returns the conf directory, for {@code SPARK_CONF_DIR}.
   */
  static Path confDir(Path dir, String recipeDefaults, Map<String, String> extra)
      throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    StringBuilder text = new StringBuilder(recipeDefaults);
    text.append("\n# a test run on this machine (SparkApps)\n");
    Map<String, String> settings = testSettings(dir);
    settings.putAll(extra);
    settings.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
    Files.writeString(conf.resolve("spark-defaults.conf"), text, StandardCharsets.UTF_8);
    return conf;
  }

  /** The environment of an application: its conf directory, the loopback, no caller's SPARK_*. */
  static void environment(Map<String, String> env, Path confDir) {
    env.keySet().removeIf(k -> k.startsWith("SPARK_"));
    env.put("SPARK_CONF_DIR", confDir.toString());
    env.put("SPARK_LOCAL_IP", HOST);
  }

  /** A port free on 127.0.0.1 now. */
  static int freePort() throws IOException {
    return StandaloneCluster.freePorts(1)[0];
  }

  /**
   * Starts a server application ({@code command}, with {@code dir} as working directory and the
   * conf directory {@code confDir}), its output in {@code <dir>/<name>.log}, and waits until it
   * accepts connections on {@code port} of 127.0.0.1. Fails with the tail of its log if it exits
   * first or does not listen within {@code timeout}; the process is then ended.
   */
  static Server start(String name, List<String> command, Path dir, Path confDir, int port,
      Duration timeout) throws IOException {
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile()); // a file, not a pipe, which would block the server when full
    environment(builder.environment(), confDir);
    Server server = new Server(name, builder.start(), port, log);
    try {
      server.awaitListening(timeout);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** A server application started by {@link #start}; {@link #close} ends it. */
  static final class Server implements AutoCloseable {
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    /** Ends the server if the test JVM exits before {@link #close}. */
    private final Thread onExit;

    private Server(String name, Process process, int port, Path log) {
      this.name = name;
      this.process = process;
      this.port = port;
      this.log = log;
      this.onExit = new Thread(() -> StandaloneCluster.destroyTree(process.toHandle()),
          name + "-stop");
      Runtime.getRuntime().addShutdownHook(onExit);
    }

    int port() {
      return port;
    }

    Path log() {
      return log;
    }

    /** The last lines of the server's log, for failure messages. */
    String logTail() {
      return tail(name + " log", log);
    }

    private void awaitListening(Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      String last = "not tried yet";
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError(name + " exited with code " + process.exitValue()
              + " before it listened on port " + port + "\n" + logTail());
        }
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(HOST, port), (int) POLL.toMillis());
          return;
        } catch (IOException e) {
          last = e.toString(); // not listening yet
        }
        try {
          // the pause between attempts doubles as the check that the server is still alive
          process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
      }
      throw new AssertionError(name + " did not listen on " + HOST + ":" + port + " within "
          + timeout.toSeconds() + " s (last attempt: " + last + ")\n" + logTail());
    }

    /** Ends the server: a polite termination (Spark's shutdown hooks run), then a forced one. */
    @Override
    public void close() {
      StandaloneCluster.destroyTree(process.toHandle());
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs anyway, harmlessly
      }
    }
  }

  /** The classpath a build module wrote to the file named by system property {@code name}. */
  static String classpath(String name) {
    Path file = path(name);
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the classpath file " + file + " (" + name
          + "); the build writes it before integration tests", e);
    }
  }

  static String tail(String what, Path file) {
    String text;
    try {
      List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
      text = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES),
          lines.size()));
    } catch (IOException e) {
      text = "(unreadable: " + e + ")";
    }
    return "--- " + what + " (" + file + "), last " + LOG_TAIL_LINES + " lines:\n" + text + "\n";
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; run the "
          + "integration tests through Maven (./mvnw -pl tests -am verify), whose failsafe "
          + "configuration sets it");
    }
    return value;
  }

  static Path path(String name) {
    return Paths.get(property(name)).toAbsolutePath().normalize();
  }
}
