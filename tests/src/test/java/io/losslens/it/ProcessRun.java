package io.losslens.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An external process run to completion: its exit code and output, for assertions. */
record ProcessRun(int code, String out, String err) {
  /**
   * Runs {@code command} in {@code workDir}, waiting at most {@code timeoutSeconds}; output goes
   * through files in {@code workDir}, not pipes, which would block the process when full.
   */
  static ProcessRun run(List<String> command, Path workDir, long timeoutSeconds)
      throws IOException, InterruptedException {
    return run(command, workDir, Map.of(), timeoutSeconds);
  }

  /** {@link #run(List, Path, long)} with {@code environment} added to this JVM's environment. */
  static ProcessRun run(List<String> command, Path workDir, Map<String, String> environment,
      long timeoutSeconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; stderr:\n"
          + Files.readString(err, UTF_8));
    }
    return new ProcessRun(process.exitValue(), Files.readString(out, UTF_8),
        Files.readString(err, UTF_8));
  }

  @Override
  public String toString() {
    return "exit code " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
}
