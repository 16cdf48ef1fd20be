package io.losslens.jobs;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a written page in the user's browser, where there is one: {@code open} on macOS,
 * {@code xdg-open} elsewhere. Never fails the command: without a browser (a server) it says
 * where the page is.
 */
final class Browser {
  private Browser() {}

  /** Opens {@code uri} ({@code file:/...}), or tells {@code err} how to open it. */
  static void open(String uri, PrintWriter err) {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    String opener = mac ? "open" : "xdg-open";
    if (uri.startsWith("file:") && onPath(opener) && opened(opener, uri)) {
      return;
    }
    err.println("losslens: no browser to open the page here; open " + uri + " in one");
  }

  /**
   * Whether {@code opener} took the page: it failed if it exits non-zero within a few seconds
   * (xdg-open without a browser); one still running is showing it. Its own output is dropped.
   */
  private static boolean opened(String opener, String uri) {
    try {
      Process process = new ProcessBuilder(List.of(opener, uri))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return !process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
