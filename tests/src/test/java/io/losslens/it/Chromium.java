package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, installed before the integration tests
 * by {@code src/test/sh/ensure-chromium.sh}), offline: a fresh profile each run, and every
 * network request sent to a closed proxy port, so a page that needs the network fails.
 */
final class Chromium {
  static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  private Chromium() {}

  /** The DOM of {@code page} after its scripts ran (at most 10 s of virtual time). */
  static ProcessRun dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    return run(workDir, "--dump-dom", "--virtual-time-budget=10000", page.toUri().toString());
  }

  /** A 1280 x {@code height} screenshot of {@code page} to {@code png}. */
  static ProcessRun screenshot(Path page, Path png, int height, Path workDir)
      throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    return run(workDir, "--screenshot=" + png, "--window-size=1280," + height,
        "--virtual-time-budget=10000", page.toUri().toString());
  }

  private static ProcessRun run(Path workDir, String... args)
      throws IOException, InterruptedException {
    assertThat(EXECUTABLE).as("headless Chromium; tests/src/test/sh/ensure-chromium.sh "
        + "installs it").isExecutable();
    Path profile = Files.createTempDirectory(workDir, "profile");
    List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:" + closedPort(),
        // without it, Chromium sends loopback requests around the proxy
        "--proxy-bypass-list=<-loopback>"));
    command.addAll(List.of(args));
    return ProcessRun.run(command, workDir, TIMEOUT_SECONDS);
  }

  /** A loopback port nobody listens on: bound by the system, then released. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
