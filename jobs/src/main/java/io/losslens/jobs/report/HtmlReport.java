package io.losslens.jobs.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.losslens.loss.stats.InvalidReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;

/**
 * Renders a {@link Report} as {@code report.html}: one self-contained page with the header,
 * an overview of the input, the per-class (and per-slice) tables and three charts. The page
 * opens offline: Chart.js is read from its WebJar on the classpath and inlined, the chart data
 * travel as JSON inside the page, and the CSS uses system fonts only.
 */
public final class HtmlReport {
  static final String TITLE = "LossLens per-class loss report";
  static final String CHART_JS_POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MathContext NUMBER_DIGITS = new MathContext(6);
  private static final MathContext PERCENT_DIGITS = new MathContext(4);
  /** Mean losses spanning this factor or more are charted on a log scale. */
  private static final double LOG_SCALE_RANGE = 100;
  private static final String EM_DASH = "\u2014";

  private HtmlReport() {}

  /**
   * The page for {@code report}. Every text from the report is HTML-escaped; numbers show six
   * significant digits (shares as percent, four) with the full double in a {@code title}.
   *
   * @throws IllegalStateException if Chart.js is not on the classpath
   */
  public static String render(Report report) {
    ChartJs chartJs = ChartJs.load(HtmlReport.class.getClassLoader());
    List<Column> columns = classColumns(report);
    StringBuilder page = new StringBuilder(chartJs.bundle.length() + 65_536);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(TITLE).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(page, report);
    overview(page, report);
    perClass(page, report, columns);
    charts(page);
    if (!report.slices.isEmpty()) {
      perSlice(page, report, columns);
    }
    page.append("<footer>Made by LossLens ").append(escape(report.losslensVersion))
        .append(" &middot; charts drawn with Chart.js ").append(escape(chartJs.version))
        .append(" (MIT License, inlined in this page)</footer>\n</main>\n");
    page.append("<script type=\"application/json\" id=\"report-data\">")
        .append(chartData(report)).append("</script>\n");
    page.append("<script>\n/* Chart.js ").append(chartJs.version).append(", ")
        .append("https://www.chartjs.org, inlined so that this page needs no network.\n\n")
        .append(chartJs.license).append("\n*/\n").append(chartJs.bundle).append("\n</script>\n");
    page.append("<script>\n").append(DRAW_CHARTS).append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void header(StringBuilder page, Report report) {
    page.append("<header>\n<h1>").append(TITLE).append("</h1>\n<p class=\"meta\">Created ")
        .append(escape(report.createdAt)).append(" &middot; Spark ")
        .append(escape(report.sparkVersion)).append(" &middot; LossLens ")
        .append(escape(report.losslensVersion)).append("</p>\n</header>\n");
    page.append("<section class=\"grid\">\n<div>\n<h2>Losses</h2>\n<ul class=\"losses\">\n");
    for (String loss : report.losses) {
      String function = report.lossFunctions.get(loss);
      page.append("<li><code>").append(escape(loss)).append("</code>");
      if (function != null) {
        page.append(" as <code>").append(escape(function)).append("</code>");
      }
      page.append("</li>\n");
    }
    page.append("</ul>\n</div>\n<div>\n<h2>Configuration</h2>\n");
    page.append("<table id=\"configuration\" class=\"kv\">\n<tbody>\n");
    for (Map.Entry<String, Object> setting : report.configuration.entrySet()) {
      page.append("<tr><th>").append(escape(setting.getKey())).append("</th><td>")
          .append(setting.getValue() == null ? EM_DASH : escape(setting.getValue().toString()))
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void overview(StringBuilder page, Report report) {
    Breakdown all = report.overall;
    long classesWithRows = all.classes.stream().filter(c -> c.count > 0).count();
    page.append("<section id=\"overview\">\n<h2>Overview of the whole input</h2>\n")
        .append("<div class=\"cards\">\n");
    card(page, "total rows", formatCount(all.totalRows), "every input row");
    card(page, "valid rows", formatCount(all.validRows), ofTotal(all.validRows, all.totalRows));
    card(page, "invalid rows", formatCount(all.invalidRows),
        ofTotal(all.invalidRows, all.totalRows));
    card(page, "weight sum", formatNumber(all.weightSum), "of the valid rows");
    card(page, "classes", formatCount(all.classes.size()),
        formatCount(classesWithRows) + " with rows");
    page.append("</div>\n<div class=\"grid\">\n<div>\n<h3>Mean loss</h3>\n")
        .append("<table id=\"loss-means\" class=\"data\">\n<thead><tr><th>loss</th>")
        .append("<th class=\"num\" title=\"weighted mean over all valid rows\">mean</th>")
        .append("<th class=\"num\" title=\"unweighted mean over the classes with rows of each")
        .append(" class's mean\">macro mean</th></tr></thead>\n<tbody>\n");
    String whyMissing = whyMissing(all.notes);
    for (String loss : report.losses) {
      page.append("<tr><td><code>").append(escape(loss)).append("</code></td>");
      valueCell(page, "num", all.lossMean.get(loss), HtmlReport::formatNumber, whyMissing);
      valueCell(page, "num", all.macroLossMean.get(loss), HtmlReport::formatNumber, whyMissing);
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n<div>\n<h3>Invalid rows by reason</h3>\n");
    if (all.invalidByReason.isEmpty()) {
      page.append("<p class=\"quiet\">None: every row was evaluated.</p>\n");
    } else {
      page.append("<table id=\"invalid-rows\" class=\"data\">\n<thead><tr><th>reason</th>")
          .append("<th class=\"num\">rows</th><th>rule</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, Long> reason : all.invalidByReason.entrySet()) {
        page.append("<tr><td><code>").append(escape(reason.getKey())).append("</code></td>")
            .append("<td class=\"num\">").append(formatCount(reason.getValue())).append("</td>")
            .append("<td>").append(escape(invalidReasonRule(reason.getKey()))).append("</td>")
            .append("</tr>\n");
      }
      page.append("</tbody>\n</table>\n");
    }
    page.append("</div>\n</div>\n");
    notes(page, all.notes);
    page.append("</section>\n");
  }

  private static void perClass(StringBuilder page, Report report, List<Column> columns) {
    page.append("<section>\n<h2>Per class</h2>\n<p class=\"quiet\">A loss share in")
        .append(" <span class=\"over\">red</span> is larger than the class's support share:")
        .append(" the class carries more of the loss than of the weight. Hover a number for")
        .append(" its full value, a column name for its meaning.</p>\n")
        .append("<div class=\"scroll\">\n<table id=\"per-class\" class=\"data\">\n<thead><tr>");
    for (Column column : columns) {
      column.header(page);
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (ClassStats stats : report.overall.classes) {
      page.append("<tr>");
      for (Column column : columns) {
        column.cell.accept(page, stats);
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void charts(StringBuilder page) {
    page.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    chart(page, "chart-share", "Support share and loss share per class",
        "bars of a loss above the grey support bar: the class carries more loss than rows");
    page.append("<div class=\"grid\">\n");
    chart(page, "chart-mean-loss", "Mean loss per class", "weighted mean over the class's rows");
    chart(page, "chart-class-weights", "Suggested class weights",
        "balanced (inverse frequency) and by effective number of samples");
    page.append("</div>\n</section>\n");
  }

  private static void chart(StringBuilder page, String id, String title, String explanation) {
    page.append("<figure class=\"chart\">\n<figcaption>").append(title)
        .append(" <span class=\"quiet\">").append(explanation).append("</span></figcaption>\n")
        .append("<div class=\"canvas\"><canvas id=\"").append(id).append("\" role=\"img\"")
        .append(" aria-label=\"").append(title).append("\"></canvas></div>\n</figure>\n");
  }

  private static void perSlice(StringBuilder page, Report report, List<Column> columns) {
    page.append("<section id=\"slices\">\n<h2>Per slice</h2>\n<details>\n<summary>")
        .append(formatCount(report.slices.size()))
        .append(report.slices.size() == 1 ? " slice by " : " slices by ");
    for (int i = 0; i < report.sliceColumns.size(); i++) {
      page.append(i == 0 ? "" : ", ").append("<code>")
          .append(escape(report.sliceColumns.get(i))).append("</code>");
    }
    page.append(" (show)</summary>\n<h3>Slices</h3>\n<div class=\"scroll\">\n")
        .append("<table id=\"slice-summary\" class=\"data\">\n<thead><tr>");
    sliceHeaders(page, report);
    for (String name : List.of("total_rows", "valid_rows", "invalid_rows", "weight_sum")) {
      page.append("<th class=\"num\">").append(columnName(name)).append("</th>");
    }
    for (String loss : report.losses) {
      page.append("<th class=\"num\">").append(columnName(loss + "_mean")).append("</th>")
          .append("<th class=\"num\">").append(columnName(loss + "_macro_mean")).append("</th>");
    }
    page.append("<th>notes</th></tr></thead>\n<tbody>\n");
    for (Breakdown slice : report.slices) {
      String whyMissing = whyMissing(slice.notes);
      page.append("<tr>");
      sliceCells(page, report, slice);
      page.append("<td class=\"num\">").append(formatCount(slice.totalRows)).append("</td>")
          .append("<td class=\"num\">").append(formatCount(slice.validRows)).append("</td>")
          .append("<td class=\"num\">").append(formatCount(slice.invalidRows)).append("</td>");
      valueCell(page, "num", slice.weightSum, HtmlReport::formatNumber, whyMissing);
      for (String loss : report.losses) {
        valueCell(page, "num", slice.lossMean.get(loss), HtmlReport::formatNumber, whyMissing);
        valueCell(page, "num", slice.macroLossMean.get(loss), HtmlReport::formatNumber,
            whyMissing);
      }
      page.append("<td class=\"notes\">").append(escape(String.join("; ", slice.notes)))
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n<h3>Per slice and class</h3>\n")
        .append("<div class=\"scroll\">\n<table id=\"per-slice\" class=\"data\">\n<thead><tr>");
    sliceHeaders(page, report);
    for (Column column : columns) {
      column.header(page);
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (Breakdown slice : report.slices) {
      for (ClassStats stats : slice.classes) {
        page.append("<tr>");
        sliceCells(page, report, slice);
        for (Column column : columns) {
          column.cell.accept(page, stats);
        }
        page.append("</tr>\n");
      }
    }
    page.append("</tbody>\n</table>\n</div>\n</details>\n</section>\n");
  }

  private static void sliceHeaders(StringBuilder page, Report report) {
    for (String column : report.sliceColumns) {
      page.append("<th class=\"slice\">").append(columnName(column)).append("</th>");
    }
  }

  /** A column name that may wrap after its underscores: the wide tables then fit at 1280px. */
  private static String columnName(String name) {
    return escape(name).replace("_", "_<wbr>");
  }

  private static void sliceCells(StringBuilder page, Report report, Breakdown slice) {
    for (String column : report.sliceColumns) {
      String value = slice.slice.get(column);
      page.append(value == null ? "<td class=\"slice null\">NULL</td>"
          : "<td class=\"slice\">" + escape(value) + "</td>");
    }
  }

  /** A column of the per-class table, which the per-slice table repeats after its slice columns. */
  private static final class Column {
    final String name;
    final String meaning;
    final boolean numeric;
    final BiConsumer<StringBuilder, ClassStats> cell;

    Column(String name, String meaning, boolean numeric,
        BiConsumer<StringBuilder, ClassStats> cell) {
      this.name = name;
      this.meaning = meaning;
      this.numeric = numeric;
      this.cell = cell;
    }

    void header(StringBuilder page) {
      page.append(numeric ? "<th class=\"num\" title=\"" : "<th title=\"").append(escape(meaning))
          .append("\">").append(columnName(name)).append("</th>");
    }
  }

  private static List<Column> classColumns(Report report) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("class", "the 0-based class index", true,
        (page, c) -> textCell(page, "num", Integer.toString(c.classIndex))));
    if (report.overall.classes.stream().anyMatch(c -> c.className != null)) {
      columns.add(new Column("class_name", "the name from --class-names", false,
          (page, c) -> textCell(page, "name", c.className == null ? "" : c.className)));
    }
    columns.add(new Column("count", "valid rows whose true label is this class", true,
        (page, c) -> textCell(page, "num", formatCount(c.count))));
    columns.add(new Column("weight_sum", "the sum of the weights of those rows", true,
        (page, c) -> classValue(page, c, c.weightSum, HtmlReport::formatNumber)));
    columns.add(new Column("support_share", "this class's weight sum over the total weight", true,
        (page, c) -> classValue(page, c, c.supportShare, HtmlReport::formatPercent)));
    for (String loss : report.losses) {
      columns.add(new Column(loss + "_mean", "weighted mean " + loss + " over this class's rows",
          true, (page, c) -> classValue(page, c, c.lossMean.get(loss), HtmlReport::formatNumber)));
      columns.add(new Column(loss + "_share", "this class's part of the total weighted " + loss,
          true, (page, c) -> lossShareCell(page, c, c.lossShare.get(loss))));
    }
    columns.add(new Column("mean_true_probability",
        "weighted mean probability the model gives this class on its own rows", true,
        (page, c) -> classValue(page, c, c.meanTrueProbability, HtmlReport::formatNumber)));
    columns.add(new Column("recall", "the weighted share of this class's rows predicted as it",
        true, (page, c) -> classValue(page, c, c.recall, HtmlReport::formatNumber)));
    columns.add(new Column("precision", "the weighted share of rows predicted as this class that"
        + " are of it", true, (page, c) -> classValue(page, c, c.precision,
            HtmlReport::formatNumber)));
    columns.add(new Column("balanced_weight", "suggested class weight: inverse class frequency,"
        + " 1 for a class of average size", true,
        (page, c) -> classValue(page, c, c.balancedWeight, HtmlReport::formatNumber)));
    columns.add(new Column("effective_number_weight", "suggested class weight by the effective"
        + " number of samples (Cui et al. 2019)", true,
        (page, c) -> classValue(page, c, c.effectiveNumberWeight, HtmlReport::formatNumber)));
    columns.add(new Column("notes", "why values are missing", false,
        (page, c) -> textCell(page, "notes", String.join("; ", c.notes))));
    return columns;
  }

  private static void lossShareCell(StringBuilder page, ClassStats c, Double lossShare) {
    boolean over = lossShare != null && c.supportShare != null && lossShare > c.supportShare;
    valueCell(page, over ? "num over" : "num", lossShare, HtmlReport::formatPercent,
        whyMissing(c.notes));
  }

  private static void classValue(StringBuilder page, ClassStats c, Double value,
      DoubleFunction<String> format) {
    valueCell(page, "num", value, format, whyMissing(c.notes));
  }

  /** A number shown rounded, with the full double in its title; null as an em dash. */
  private static void valueCell(StringBuilder page, String cssClass, Double value,
      DoubleFunction<String> format, String whyMissing) {
    if (value == null) {
      page.append("<td class=\"").append(cssClass).append(" na\" title=\"")
          .append(escape(whyMissing)).append("\">").append(EM_DASH).append("</td>");
    } else {
      page.append("<td class=\"").append(cssClass).append("\" title=\"").append(value)
          .append("\">").append(format.apply(value)).append("</td>");
    }
  }

  private static void textCell(StringBuilder page, String cssClass, String text) {
    page.append("<td class=\"").append(cssClass).append("\">").append(escape(text))
        .append("</td>");
  }

  private static void card(StringBuilder page, String label, String value, String detail) {
    page.append("<div class=\"card\"><span class=\"label\">").append(label)
        .append("</span><span class=\"value\">").append(value)
        .append("</span><span class=\"detail\">").append(detail).append("</span></div>\n");
  }

  private static void notes(StringBuilder page, List<String> notes) {
    if (!notes.isEmpty()) {
      page.append("<ul class=\"notes\">\n");
      for (String note : notes) {
        page.append("<li>").append(escape(note)).append("</li>\n");
      }
      page.append("</ul>\n");
    }
  }

  private static String whyMissing(List<String> notes) {
    return notes.isEmpty() ? "not defined" : "not defined: " + String.join("; ", notes);
  }

  private static String ofTotal(long rows, long totalRows) {
    return totalRows == 0 ? "of no rows" : formatPercent((double) rows / totalRows) + " of all";
  }

  private static String invalidReasonRule(String key) {
    for (InvalidReason reason : InvalidReason.values()) {
      if (reason.key().equals(key)) {
        return reason.rule();
      }
    }
    return "";
  }

  /**
   * The data the charts draw, as JSON safe inside a {@code <script>} element: per class, in
   * class order, its label (name, else index) and values, {@code null} where not defined or not
   * finite; the loss-keyed arrays in {@link Report#losses} order.
   */
  static String chartData(Report report) {
    List<ClassStats> classes = report.overall.classes;
    ObjectNode data = JSON.createObjectNode();
    ArrayNode losses = data.putArray("losses");
    report.losses.forEach(losses::add);
    ArrayNode labels = data.putArray("classLabels");
    ArrayNode supportShare = data.putArray("supportShare");
    ArrayNode balancedWeight = data.putArray("balancedWeight");
    ArrayNode effectiveNumberWeight = data.putArray("effectiveNumberWeight");
    for (ClassStats c : classes) {
      labels.add(c.className != null ? c.className : Integer.toString(c.classIndex));
      SummaryJson.number(supportShare, c.supportShare);
      SummaryJson.number(balancedWeight, c.balancedWeight);
      SummaryJson.number(effectiveNumberWeight, c.effectiveNumberWeight);
    }
    ObjectNode lossShare = data.putObject("lossShare");
    ObjectNode lossMean = data.putObject("lossMean");
    for (String loss : report.losses) {
      ArrayNode shares = lossShare.putArray(loss);
      ArrayNode means = lossMean.putArray(loss);
      for (ClassStats c : classes) {
        SummaryJson.number(shares, c.lossShare.get(loss));
        SummaryJson.number(means, c.lossMean.get(loss));
      }
    }
    data.put("lossMeanScale", spansDecades(classes, report.losses) ? "logarithmic" : "linear");
    try {
      // "</" would end the script element and "<!--" would change how HTML parses its end;
      // both only occur inside JSON strings, where the escaped forms read back the same
      return JSON.writeValueAsString(data).replace("</", "<\\/").replace("<!--", "<\\u0021--");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("html report: cannot write the chart data as JSON", e);
    }
  }

  /**
   * Whether the mean losses are all positive and span {@link #LOG_SCALE_RANGE} or more: then a
   * linear axis would flatten every bar but the largest (often a rare class's).
   */
  private static boolean spansDecades(List<ClassStats> classes, List<String> losses) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (ClassStats c : classes) {
      for (String loss : losses) {
        Double mean = c.lossMean.get(loss);
        if (mean != null && Double.isFinite(mean)) {
          if (mean <= 0) {
            return false;
          }
          min = Math.min(min, mean);
          max = Math.max(max, mean);
        }
      }
    }
    return max >= LOG_SCALE_RANGE * min;
  }

  /**
   * Six significant digits: plain from 1e-4 to below 1e6 with thousands grouped
   * ({@code 123,457}), else {@code 1.23457e6}.
   */
  static String formatNumber(double x) {
    return Double.isFinite(x) ? significant(new BigDecimal(x), NUMBER_DIGITS) : Double.toString(x);
  }

  /** A fraction as percent with four significant digits: 0.123456 is {@code 12.35%}. */
  static String formatPercent(double fraction) {
    return Double.isFinite(fraction)
        ? significant(new BigDecimal(fraction).movePointRight(2), PERCENT_DIGITS) + "%"
        : Double.toString(fraction);
  }

  static String formatCount(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String significant(BigDecimal exact, MathContext digits) {
    if (exact.signum() == 0) {
      return "0";
    }
    BigDecimal rounded = exact.round(digits).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= 6) {
      return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
    // enough fraction digits for 6 significant ones from 1e-4: the rounding is done above
    DecimalFormat grouped =
        new DecimalFormat("#,##0.#########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return grouped.format(rounded);
  }

  /** Escapes text for HTML content and double-quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&': escaped.append("&amp;"); break;
        case '<': escaped.append("&lt;"); break;
        case '>': escaped.append("&gt;"); break;
        case '"': escaped.append("&quot;"); break;
        case '\'': escaped.append("&#39;"); break;
        default: escaped.append(ch);
      }
    }
    return escaped.toString();
  }

  /** Chart.js's UMD bundle and license, read from its WebJar. */
  static final class ChartJs {
    final String version;
    final String license;
    final String bundle;

    private ChartJs(String version, String license, String bundle) {
      this.version = version;
      this.license = license;
      this.bundle = bundle;
    }

    static ChartJs load(ClassLoader loader) {
      Properties pom = new Properties();
      try {
        pom.load(new StringReader(resource(loader, CHART_JS_POM_PROPERTIES)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String version = pom.getProperty("version");
      String directory = "META-INF/resources/webjars/chart.js/" + version + "/";
      String license = resource(loader, directory + "LICENSE.md");
      // the source map is not in the page; without the comment no browser asks for it
      String bundle = resource(loader, directory + "dist/chart.umd.js")
          .replaceFirst("(?m)^//# sourceMappingURL=.*$", "");
      if ((license + bundle).toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException("html report: chart.js " + version
            + " contains '</script' and cannot be inlined in a <script> element");
      }
      return new ChartJs(version, license, bundle);
    }

    private static String resource(ClassLoader loader, String name) {
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("html report: the resource " + name + " is not on the"
              + " classpath; losslens-jobs needs its dependency org.webjars.npm:chart.js");
        }
        return new String(in.readAllBytes(), UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("html report: cannot read the resource " + name, e);
      }
    }
  }

  private static final String CSS = String.join("\n",
      ":root { --ink: #1e293b; --quiet: #64748b; --line: #e2e8f0; --paper: #fff;",
      "  --wash: #f8fafc; --head: #f1f5f9; --over: #b91c1c; }",
      "* { box-sizing: border-box; }",
      "body { margin: 0; background: var(--wash); color: var(--ink);",
      "  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,",
      "  sans-serif; }",
      "main { max-width: 1280px; margin: 0 auto; padding: 24px 16px 32px; }",
      "h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }",
      "h2 { font-size: 18px; margin: 0 0 12px; }",
      "h3 { font-size: 14px; margin: 16px 0 8px; color: var(--quiet); text-transform: uppercase;",
      "  letter-spacing: 0.04em; }",
      ".grid h3:first-child, .grid > div > h3:first-child { margin-top: 0; }",
      "header .meta, .quiet { color: var(--quiet); }",
      "header .meta { margin: 0; }",
      "section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;",
      "  padding: 16px 18px; margin-top: 16px; }",
      ".grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));",
      "  gap: 16px 32px; }",
      "section.grid h2 { margin-bottom: 8px; }",
      "ul.losses { margin: 0; padding-left: 18px; }",
      "ul.losses li { margin: 4px 0; }",
      "ul.notes { color: var(--quiet); margin: 12px 0 0; padding-left: 18px; }",
      ".cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }",
      ".card { flex: 1 1 150px; background: var(--wash); border: 1px solid var(--line);",
      "  border-radius: 6px; padding: 10px 14px; }",
      ".card span { display: block; }",
      ".card .label { color: var(--quiet); font-size: 12px; text-transform: uppercase;",
      "  letter-spacing: 0.04em; }",
      ".card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }",
      ".card .detail { color: var(--quiet); font-size: 12px; }",
      "code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;",
      "  background: var(--head); padding: 1px 5px; border-radius: 4px; }",
      "table { border-collapse: collapse; font-variant-numeric: tabular-nums; }",
      "th, td { padding: 5px 6px; border-bottom: 1px solid var(--line); text-align: left;",
      "  vertical-align: top; }",
      "table.data { width: 100%; font-size: 13px; }",
      "table.data thead th { background: var(--head); font-weight: 600; vertical-align: bottom; }",
      "table.data tbody tr:nth-child(even) { background: var(--wash); }",
      "table.data tbody tr:hover { background: #eff6ff; }",
      "table.kv th { font-weight: 500; color: var(--quiet); padding-left: 0; }",
      "table.kv td { word-break: break-word; }",
      "th[title] { cursor: help; }",
      "th.num, td.num { text-align: right; white-space: nowrap; }",
      "td.na, td.null { color: var(--quiet); }",
      "td.null { font-style: italic; }",
      "td.over, span.over { color: var(--over); font-weight: 600; }",
      "td.name { min-width: 6em; }",
      "td.notes { color: var(--quiet); min-width: 120px; }",
      ".scroll { overflow-x: auto; }",
      "figure.chart { margin: 0 0 20px; }",
      "figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }",
      "figure.chart figcaption .quiet { font-weight: 400; margin-left: 6px; }",
      ".canvas { position: relative; height: 320px; }",
      "details summary { cursor: pointer; font-weight: 600; }",
      "footer { color: var(--quiet); font-size: 12px; text-align: center; margin-top: 20px; }",
      "");

  /** Draws the three charts from the JSON data, then tells tests it is done. */
  private static final String DRAW_CHARTS = String.join("\n",
      "(() => {",
      "  const data = JSON.parse(document.getElementById('report-data').textContent);",
      "  const lossColors = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777'];",
      "  Chart.defaults.animation = false;",
      "  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;",
      "  Chart.defaults.color = '#334155';",
      "  Chart.defaults.borderColor = '#e2e8f0';",
      "  const number = (v) => v == null ? '\u2014' : String(Number(v.toPrecision(6)));",
      "  const percent = (v) => v == null ? '\u2014' : Number((v * 100).toPrecision(4)) + '%';",
      "  const perLoss = (values, suffix) => data.losses.map((loss, i) => ({",
      "    label: loss + suffix, data: values[loss],",
      "    backgroundColor: lossColors[i % lossColors.length] }));",
      "  const bars = (id, datasets, y, format) => new Chart(document.getElementById(id), {",
      "    type: 'bar',",
      "    data: { labels: data.classLabels, datasets },",
      "    options: {",
      "      maintainAspectRatio: false,",
      "      scales: { x: { title: { display: true, text: 'class' }, grid: { display: false } }, y },",
      "      plugins: {",
      "        legend: { position: 'bottom' },",
      "        tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + format(c.raw) } }",
      "      }",
      "    }",
      "  });",
      "  const logMeans = data.lossMeanScale === 'logarithmic';",
      "  // on a log axis the smallest mean gets a visible bar: start half a decade or more below",
      "  const smallestMean = Math.min(...data.losses.flatMap((loss) => data.lossMean[loss])",
      "    .filter((v) => v > 0));",
      "  // a log axis labels only the ticks Chart.js picks, as plain numbers (0.1, not 0.100)",
      "  function meanTick(value, index, ticks) {",
      "    const unlabelled = logMeans",
      "      && Chart.Ticks.formatters.logarithmic.call(this, value, index, ticks) === '';",
      "    return unlabelled ? '' : number(value);",
      "  }",
      "  const charts = [",
      "    bars('chart-share',",
      "      [{ label: 'support share', data: data.supportShare, backgroundColor: '#94a3b8' }]",
      "        .concat(perLoss(data.lossShare, ' share')),",
      "      { beginAtZero: true, ticks: { callback: percent },",
      "        title: { display: true, text: 'share of the total' } },",
      "      percent),",
      "    bars('chart-mean-loss', perLoss(data.lossMean, ''),",
      "      { type: data.lossMeanScale, beginAtZero: !logMeans, ticks: { callback: meanTick },",
      "        min: logMeans ? 10 ** Math.floor(Math.log10(smallestMean) - 0.5) : undefined,",
      "        title: { display: true, text: logMeans ? 'mean loss (log scale)' : 'mean loss' } },",
      "      number),",
      "    bars('chart-class-weights', [",
      "      { label: 'balanced_weight', data: data.balancedWeight, backgroundColor: '#0891b2' },",
      "      { label: 'effective_number_weight', data: data.effectiveNumberWeight,",
      "        backgroundColor: '#c026d3' }],",
      "      { beginAtZero: true, title: { display: true, text: 'suggested class weight' } },",
      "      number)",
      "  ];",
      "  document.body.dataset.chartsReady = String(charts.length);",
      "})();",
      "");
}
