package io.losslens.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 for the integration tests: a master and a worker,
 * each in its own JVM, run from the Spark home this module's build assembles from Maven jars
 * ({@code tests/target/spark-home}); the worker starts executors in JVMs of their own. Jobs are
 * submitted as {@code spark-submit} submits them: {@code org.apache.spark.deploy.SparkSubmit} in
 * a JVM of its own, in client mode, with the job jar.
 *
 * <p>One cluster per test JVM, started on the first {@link #get()} and stopped by a shutdown
 * hook, which ends the process trees it started (master, worker, executors, submissions still
 * running). Ports are picked free at run time, so concurrent builds do not clash. Logs and
 * working files go under the build directory: {@code cluster-logs/} (master, worker, and the
 * output of each submission), {@code cluster-work/} (the worker's work directory: each
 * executor's stdout and stderr), {@code cluster-local/} (Spark's scratch space).
 *
 * <p>Configured by system properties, which this module's failsafe configuration sets:
 * {@code losslens.sparkHome}, {@code losslens.sparkJvmFlags} (the {@code --add-opens} flags
 * Spark needs on JDK 17), {@code losslens.jobJar} and {@code losslens.clusterDir}.
 */
public final class StandaloneCluster {
  /** Generous: master and worker come up in about 5 s on an idle 2-core machine. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  /** A small job (driver, executor start, a query) takes about 10 s on an idle 2-core machine. */
  public static final Duration DEFAULT_SUBMIT_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_GRACE = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final int LOG_TAIL_LINES = 40;
  private static final String HOST = "127.0.0.1";
  private static final String MAIN_CLASS = "io.losslens.jobs.Main";
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
  private static final Pattern MASTER_ALIVE = Pattern.compile("\"status\"\\s*:\\s*\"ALIVE\"");

  private static StandaloneCluster instance;
  private static RuntimeException startFailure;

  private final Path sparkHome;
  private final List<String> jvmFlags;
  private final Path jobJar;
  private final Path logDir;
  private final Path workDir;
  private final Path localDir;
  private final int masterPort;
  private final int masterWebUiPort;
  private final AtomicInteger submissions = new AtomicInteger();
  /** Submissions still running, ended by {@link #stop} if the JVM exits under them. */
  private final Set<Process> running = ConcurrentHashMap.newKeySet();
  private Process master;
  private Process worker;

  private StandaloneCluster(Path sparkHome, List<String> jvmFlags, Path jobJar, Path clusterDir)
      throws IOException {
    this.sparkHome = sparkHome;
    this.jvmFlags = jvmFlags;
    this.jobJar = jobJar;
    this.logDir = fresh(clusterDir.resolve("cluster-logs"));
    this.workDir = fresh(clusterDir.resolve("cluster-work"));
    this.localDir = fresh(clusterDir.resolve("cluster-local"));
    int[] ports = freePorts(2);
    this.masterPort = ports[0];
    this.masterWebUiPort = ports[1];
  }

  /**
   * The cluster of this JVM, started on the first call (which waits until the master reports
   * one alive worker). A failed start fails every later call the same way, without retrying.
   */
  public static synchronized StandaloneCluster get() {
    if (startFailure != null) {
      throw new IllegalStateException("the standalone cluster failed to start earlier in this "
          + "JVM: " + startFailure.getMessage(), startFailure);
    }
    if (instance == null) {
      try {
        instance = start();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return instance;
  }

  private static StandaloneCluster start() {
    Path sparkHome = SparkApps.path("losslens.sparkHome");
    if (!Files.isRegularFile(sparkHome.resolve("RELEASE"))
        || !Files.isDirectory(sparkHome.resolve("jars"))) {
      throw new IllegalStateException("losslens.sparkHome " + sparkHome + " is not a Spark home "
          + "(jars/ and RELEASE); the tests module's build assembles it before integration tests");
    }
    List<String> flags = Arrays.asList(SparkApps.property("losslens.sparkJvmFlags").trim().split("\\s+"));
    StandaloneCluster cluster;
    try {
      cluster = new StandaloneCluster(sparkHome, flags, SparkApps.path("losslens.jobJar"),
          SparkApps.path("losslens.clusterDir"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the cluster's directories", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "standalone-cluster-stop"));
    try {
      cluster.startDaemons();
    } catch (IOException e) {
      cluster.stop();
      throw new UncheckedIOException("cannot start the standalone cluster", e);
    } catch (RuntimeException e) {
      cluster.stop();
      throw e;
    }
    return cluster;
  }

  private void startDaemons() throws IOException {
    int workerWebUiPort = freePorts(1)[0];
    master = launch(daemon("org.apache.spark.deploy.master.Master",
        "--host", HOST, "--port", String.valueOf(masterPort),
        "--webui-port", String.valueOf(masterWebUiPort)), logDir.resolve("master.log"));
    worker = launch(daemon("org.apache.spark.deploy.worker.Worker",
        "--host", HOST, "--webui-port", String.valueOf(workerWebUiPort),
        "--cores", "2", "--memory", "2g", "--work-dir", workDir.toString(), masterUrl()),
        logDir.resolve("worker.log"));
    awaitAliveWorker();
  }

  /** {@code spark://127.0.0.1:<port>}: the URL to submit to. */
  public String masterUrl() {
    return "spark://" + HOST + ":" + masterPort;
  }

  /** The master's web UI; {@code <url>/json/} is its status as JSON. */
  public String masterWebUiUrl() {
    return "http://" + HOST + ":" + masterWebUiPort;
  }

  /** Where the master, the worker and each submission write their output. */
  public Path logDir() {
    return logDir;
  }

  /** The worker's work directory: {@code <app id>/<executor id>/stderr} per executor. */
  public Path workDir() {
    return workDir;
  }

  /** The job jar submitted. */
  public Path jobJar() {
    return jobJar;
  }

  /** {@link #submit(List, Map, Duration)} without extra settings, with the default timeout. */
  public Submission submit(List<String> appArgs) {
    return submit(appArgs, Map.of(), DEFAULT_SUBMIT_TIMEOUT);
  }

  /** {@link #submit(List, Map, Duration)} with the default timeout. */
  public Submission submit(List<String> appArgs, Map<String, String> conf) {
    return submit(appArgs, conf, DEFAULT_SUBMIT_TIMEOUT);
  }

  /**
   * Submits the job jar ({@code io.losslens.jobs.Main}) with the arguments {@code appArgs} in
   * client mode, as {@code spark-submit} does: {@code SparkSubmit} in a JVM of its own with
   * Spark's jars on its classpath. Executors get 512m and the application at most 2 cores; each
   * entry of {@code conf} is passed as one more {@code --conf key=value}, after (so overriding)
   * the defaults. Waits at most {@code timeout}; on a timeout ends the submission's process
   * tree and fails with the tail of its standard error.
   */
  public Submission submit(List<String> appArgs, Map<String, String> conf, Duration timeout) {
    if (!Files.isRegularFile(jobJar)) {
      throw new IllegalStateException("no job jar at " + jobJar + "; build the jobs module "
          + "(./mvnw -pl tests -am verify builds it)");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.executor.extraJavaOptions", String.join(" ", jvmFlags));
    settings.put("spark.driver.host", HOST);
    settings.put("spark.driver.bindAddress", HOST);
    settings.put("spark.executor.memory", "512m");
    settings.put("spark.cores.max", "2");
    settings.put("spark.ui.enabled", "false");
    settings.putAll(conf);
    List<String> command = java();
    // spark.driver.memory's default: in client mode the launcher gives it to the driver's JVM
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + "/*");
    command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl(),
        "--deploy-mode", "client", "--class", MAIN_CLASS));
    settings.forEach((k, v) -> command.addAll(List.of("--conf", k + "=" + v)));
    command.add(jobJar.toString());
    command.addAll(appArgs);

    int n = submissions.incrementAndGet();
    // files, not pipes: a full pipe buffer would block the process
    Path out = logDir.resolve("submit-" + n + ".out");
    Path err = logDir.resolve("submit-" + n + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    environment(builder.environment());
    try {
      Process process = builder.start();
      running.add(process);
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          destroyTree(process.toHandle());
          throw new AssertionError("spark-submit " + appArgs + " did not finish in "
              + timeout.toSeconds() + " s\n" + tail("standard error", err));
        }
        return new Submission(process.exitValue(), read(out), read(err), out, err, command);
      } finally {
        running.remove(process);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run spark-submit " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for spark-submit", e);
    }
  }

  /** The outcome of one submission; the output is also kept in {@link #stdoutFile} and so on. */
  public record Submission(int exitCode, String stdout, String stderr, Path stdoutFile,
      Path stderrFile, List<String> command) {
    /** For assertion messages: the exit code, standard output and the tail of standard error. */
    @Override
    public String toString() {
      return "exit code " + exitCode + "\n--- stdout (" + stdoutFile + "):\n" + stdout
          + "--- stderr (" + stderrFile + "), last " + LOG_TAIL_LINES + " lines:\n"
          + lastLines(stderr);
    }
  }

  /** Stops the cluster: ends the process trees it started. Idempotent. */
  synchronized void stop() {
    for (Process p : running) {
      destroyTree(p.toHandle());
    }
    // the worker first: its executors are its children, and it ends them on a clean shutdown
    if (worker != null) {
      destroyTree(worker.toHandle());
    }
    if (master != null) {
      destroyTree(master.toHandle());
    }
  }

  /**
   * Ends {@code root} and every process under it: a polite termination first (so a worker can
   * stop its executors), then a forcible one for whatever is still alive after a grace period.
   * The tree is listed before anything ends, since orphaned children leave it.
   */
  static void destroyTree(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (ProcessHandle p : tree) {
      long left = deadline - System.nanoTime();
      try {
        if (left > 0) {
          p.onExit().get(left, TimeUnit.NANOSECONDS);
        }
      } catch (Exception e) {
        // still alive after the grace period (or the wait was cut short): forced below
      }
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  private void awaitAliveWorker() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(masterWebUiUrl() + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        last = "HTTP " + response.statusCode() + ": " + response.body();
        Matcher alive = ALIVE_WORKERS.matcher(response.body());
        if (response.statusCode() == 200 && MASTER_ALIVE.matcher(response.body()).find()
            && alive.find() && Integer.parseInt(alive.group(1)) == 1) {
          return;
        }
      } catch (IOException e) {
        last = e.toString(); // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the cluster", e);
      }
      // the pause between polls doubles as the check that neither daemon has died
      if (exitedWithin(master, POLL) || exitedWithin(worker, Duration.ZERO)) {
        throw startFailed("the " + (master.isAlive() ? "worker" : "master")
            + " exited with code " + (master.isAlive() ? worker : master).exitValue(), last);
      }
    }
    throw startFailed("the master did not report one alive worker in "
        + START_TIMEOUT.toSeconds() + " s", last);
  }

  private static boolean exitedWithin(Process p, Duration d) {
    try {
      return p.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the cluster", e);
    }
  }

  private IllegalStateException startFailed(String what, String lastStatus) {
    return new IllegalStateException("the standalone cluster did not start: " + what
        + "\nmaster status (" + masterWebUiUrl() + "/json/): " + lastStatus + "\n"
        + tail("master log", logDir.resolve("master.log")) + "\n"
        + tail("worker log", logDir.resolve("worker.log")));
  }

  private List<String> daemon(String mainClass, String... args) {
    List<String> command = java();
    command.add("-Xmx1g"); // SPARK_DAEMON_MEMORY's default
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  private List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    return command;
  }

  private Process launch(List<String> command, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    environment(builder.environment());
    return builder.start();
  }

  /**
   * The environment of every Spark JVM started here, which the worker passes on to executors.
   * SPARK_SCALA_VERSION: without it the executor launcher looks for a source build's
   * directories and fails ("Cannot find any build directories").
   */
  private void environment(Map<String, String> env) {
    env.keySet().removeIf(k -> k.startsWith("SPARK_")); // nothing from the caller's Spark setup
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.12");
    env.put("SPARK_LOCAL_IP", HOST);
    // scratch space of driver and executors (in standalone mode it overrides spark.local.dir)
    env.put("SPARK_LOCAL_DIRS", localDir.toString());
    env.put("JAVA_HOME", System.getProperty("java.home")); // executors: the same JDK
  }

  /** Ports free on 127.0.0.1 now, different from each other. */
  static int[] freePorts(int count) throws IOException {
    // all open at once, so that they differ
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String tail(String what, Path file) {
    String text;
    try {
      text = lastLines(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      text = "(unreadable: " + e + ")\n";
    }
    return "--- " + what + " (" + file + "), last " + LOG_TAIL_LINES + " lines:\n" + text;
  }

  private static String lastLines(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES),
        lines.size())) + "\n";
  }
}
