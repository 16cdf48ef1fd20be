package io.losslens.jobs.report;

final class HtmlReport {
  static String render(Report report) {
    return "<html>TEMP</html>";
  }
}
