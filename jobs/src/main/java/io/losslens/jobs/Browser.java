package io.losslens.jobs;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Opens a written page in the user's browser, where there is one: {@code open} on macOS,
 * {@code xdg-open} elsewhere (on a server neither is usually there). Never fails the command:
 * without a browser it says where the page is.
 */
final class Browser {
  private Browser() {}

  /** Opens {@code uri} ({@code file:/...}), or tells {@code err} how to open it. */
  static void open(String uri, PrintWriter err) {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    String opener = mac ? "open" : "xdg-open";
    if (uri.startsWith("file:") && onPath(opener)) {
      try {
        new ProcessBuilder(List.of(opener, uri)).inheritIO().start();
        return;
      } catch (IOException e) {
        err.println("losslens: could not run " + opener + ": " + e.getMessage());
      }
    } else {
      err.println("losslens: no browser to open here (no " + opener + " on the PATH); open "
          + uri + " in one");
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
