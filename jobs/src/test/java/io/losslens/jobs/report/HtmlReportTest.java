package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page {@link HtmlReport} writes, read back as text. The fixture is a 4-class report over 12
 * rows (10 valid, unit weights), two losses, and the slices {@code region = 'eu'} and
 * {@code region IS NULL}; class 3 has no rows. Its numbers come from this snippet (Python 3),
 * where every row of a class gives its true class the same probability {@code p}:
 *
 * <pre>
 * from math import log
 * def stats(classes, C=4, beta=0.999):   # classes: [(rows, p)], unit weights
 *     tot = sum(n for n, p in classes)
 *     ce = [n * -log(p) if n else 0 for n, p in classes]                 # cross_entropy sums
 *     fo = [n * -(1 - p)**2 * log(p) if n else 0 for n, p in classes]    # focal, gamma = 2
 *     inv = [(1 - beta) / (1 - beta**n) if n else None for n, p in classes]
 *     k = sum(1 for n, p in classes if n); norm = sum(x for x in inv if x)
 *     for c, (n, p) in enumerate(classes):
 *         if n: print(c, n / tot, -log(p), ce[c] / sum(ce), -(1 - p)**2 * log(p),
 *                     fo[c] / sum(fo), tot / (C * n), k * inv[c] / norm)
 *     print(sum(ce) / tot, sum(fo) / tot)                                # overall means
 * stats([(6, 0.9), (3, 0.5), (1, 0.01), (0, None)])    # whole input
 * stats([(4, 0.9), (3, 0.5), (0, None), (0, None)])    # region = 'eu'
 * stats([(2, 0.9), (0, None), (1, 0.01), (0, None)])   # region IS NULL
 * </pre>
 *
 * Rows are predicted as their true class, except the one row of class 2 (p = 0.01), which is
 * predicted as class 0: class 0's precision is 6/7, class 2's recall 0 and its precision
 * undefined.
 */
class HtmlReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CE = "cross_entropy";
  private static final String FOCAL = "focal_loss";
  private static final String NO_ROWS = "no rows of this class";
  private static final String NONE_PREDICTED = "precision: no rows are predicted as this class";

  // -ln 0.9, -ln 0.5, -ln 0.01 and -(1-p)^2 ln p for the same p (the snippet above)
  private static final double CE_P90 = 0.10536051565782628;
  private static final double CE_P50 = 0.6931471805599453;
  private static final double CE_P01 = 4.605170185988091;
  private static final double FOCAL_P90 = 0.0010536051565782623;
  private static final double FOCAL_P50 = 0.17328679513998632;
  private static final double FOCAL_P01 = 4.5135272992869275;

  private static final String CAT = "cat <&>\"";
  private static final List<String> NAMES = Arrays.asList(CAT, "dog", "\u00e9meu", null);

  private final String html = HtmlReport.render(report(NAMES, true));

  @Test
  void perClassTableHasTheModelsColumnsInOrder() {
    assertThat(headers(table(html, "per-class"))).containsExactly("class", "class_name", "count",
        "weight_sum", "support_share", "cross_entropy_mean", "cross_entropy_share",
        "focal_loss_mean", "focal_loss_share", "mean_true_probability", "recall", "precision",
        "balanced_weight", "effective_number_weight", "notes");
  }

  @Test
  void perClassRowsShowRoundedValuesWithTheFullDoubleInTheTitle() {
    String table = table(html, "per-class");
    List<Map<String, Cell>> rows = rows(table);
    assertThat(rows).hasSize(4);

    Map<String, Cell> cat = rows.get(0);
    assertThat(cat.get("class").text).isEqualTo("0");
    assertThat(cat.get("class_name").text).isEqualTo("cat &lt;&amp;&gt;&quot;");
    assertThat(cat.get("count").text).isEqualTo("6");
    assertThat(cat.get("weight_sum")).isEqualTo(new Cell("num", "6.0", "6"));
    assertThat(cat.get("support_share")).isEqualTo(new Cell("num", "0.6", "60%"));
    // 0.10536051565782628 to 6 significant digits; 0.08639914571095589 as percent to 4
    assertThat(cat.get("cross_entropy_mean"))
        .isEqualTo(new Cell("num", "0.10536051565782628", "0.105361"));
    assertThat(cat.get("cross_entropy_share"))
        .isEqualTo(new Cell("num", "0.08639914571095589", "8.64%"));
    assertThat(cat.get("focal_loss_mean").text).isEqualTo("0.00105361");
    assertThat(cat.get("focal_loss_share").text).isEqualTo("0.1254%");
    assertThat(cat.get("mean_true_probability").text).isEqualTo("0.9");
    assertThat(cat.get("recall").text).isEqualTo("1");
    assertThat(cat.get("precision")).isEqualTo(new Cell("num", "0.8571428571428571", "0.857143"));
    assertThat(cat.get("balanced_weight").text).isEqualTo("0.416667"); // 10 / (4 * 6)
    assertThat(cat.get("effective_number_weight").text).isEqualTo("0.334"); // 0.33400048...
    assertThat(cat.get("notes").text).isEmpty();
  }

  @Test
  void aLossShareAboveTheSupportShareIsMarked() {
    List<Map<String, Cell>> rows = rows(table(html, "per-class"));
    // class 2: 10% of the rows, 62.94% of the cross-entropy (0.629398922102086)
    assertThat(rows.get(2).get("cross_entropy_share"))
        .isEqualTo(new Cell("num over", "0.629398922102086", "62.94%"));
    assertThat(rows.get(2).get("support_share").text).isEqualTo("10%");
    // class 0: 60% of the rows, 8.64% of the loss
    assertThat(rows.get(0).get("cross_entropy_share").cssClass).isEqualTo("num");
  }

  @Test
  void undefinedValuesShowAnEmDashWithTheNotes() {
    List<Map<String, Cell>> rows = rows(table(html, "per-class"));
    Map<String, Cell> emeu = rows.get(2);
    assertThat(emeu.get("precision"))
        .isEqualTo(new Cell("num na", "not defined: " + NONE_PREDICTED, "\u2014"));
    assertThat(emeu.get("recall").text).isEqualTo("0");

    Map<String, Cell> empty = rows.get(3);
    assertThat(empty.get("class_name").text).isEmpty();
    assertThat(empty.get("count").text).isEqualTo("0");
    assertThat(empty.get("weight_sum").text).isEqualTo("0");
    for (String column : List.of("support_share", "cross_entropy_mean", "cross_entropy_share",
        "focal_loss_mean", "focal_loss_share", "mean_true_probability", "recall", "precision",
        "balanced_weight", "effective_number_weight")) {
      assertThat(empty.get(column)).as(column).isEqualTo(new Cell("num na",
          "not defined: " + NO_ROWS + "; " + NONE_PREDICTED, "\u2014"));
    }
    assertThat(empty.get("notes").text).isEqualTo(NO_ROWS + "; " + NONE_PREDICTED);
  }

  @Test
  void headerNamesTheLossesVersionsAndConfiguration() {
    assertThat(html).contains("<title>LossLens per-class loss report</title>",
        "<h1>LossLens per-class loss report</h1>",
        "Created 2026-11-24T20:30:00Z &middot; Spark 3.5.9 &middot; LossLens 0.1.0-SNAPSHOT",
        "<code>cross_entropy</code> as <code>cross_entropy(eps=1.0E-15)</code>",
        "<code>focal_loss</code> as <code>multiclass_focal_loss(gamma=2.0)</code>");
    assertThat(table(html, "configuration")).contains(
        "<tr><th>input</th><td>preds&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>",
        "<tr><th>class_names</th><td>[cat &lt;&amp;&gt;&quot;, dog, \u00e9meu]</td></tr>",
        "<tr><th>beta</th><td>0.999</td></tr>",
        "<tr><th>weight_col</th><td>\u2014</td></tr>");
  }

  @Test
  void overviewCountsEveryRowAndGivesTheMeans() {
    assertThat(html).contains(
        "<span class=\"label\">total rows</span><span class=\"value\">12</span>",
        "<span class=\"label\">valid rows</span><span class=\"value\">10</span>"
            + "<span class=\"detail\">83.33% of all</span>", // 10 / 12
        "<span class=\"label\">invalid rows</span><span class=\"value\">2</span>"
            + "<span class=\"detail\">16.67% of all</span>",
        "<span class=\"label\">weight sum</span><span class=\"value\">10</span>",
        "<span class=\"label\">classes</span><span class=\"value\">4</span>"
            + "<span class=\"detail\">3 with rows</span>",
        "<li>2 of 12 rows are invalid</li>");
    assertThat(table(html, "invalid-rows")).contains(
        "<tr><td><code>null_prediction</code></td><td class=\"num\">1</td>"
            + "<td>the prediction is NULL or has a NULL element</td></tr>",
        "<tr><td><code>label_out_of_range</code></td><td class=\"num\">1</td>"
            + "<td>the label is not a valid label for the loss</td></tr>");
    // overall and macro means of the snippet: 0.7316774821614884, 1.8012259607352874 (CE),
    // 0.5039709315646357, 1.5626225665278308 (focal)
    assertThat(table(html, "loss-means")).contains(
        "<td class=\"num\" title=\"0.7316774821614884\">0.731677</td>"
            + "<td class=\"num\" title=\"1.8012259607352874\">1.80123</td>",
        "<td class=\"num\" title=\"0.5039709315646357\">0.503971</td>"
            + "<td class=\"num\" title=\"1.5626225665278308\">1.56262</td>");
  }

  @Test
  void perSliceTableRepeatsTheClassColumnsAfterTheSliceColumns() {
    String table = table(html, "per-slice");
    assertThat(headers(table)).startsWith("region", "class", "class_name", "count")
        .hasSize(1 + headers(table(html, "per-class")).size());
    List<Map<String, Cell>> rows = rows(table);
    assertThat(rows).hasSize(8); // 2 slices x 4 classes
    assertThat(rows).extracting(row -> row.get("region").text)
        .containsExactly("eu", "eu", "eu", "eu", "NULL", "NULL", "NULL", "NULL");
    assertThat(rows.get(4).get("region").cssClass).isEqualTo("slice null");
    // region = 'eu', class 1: 3 of 7 rows (0.42857142857142855), 83.15% of the cross-entropy
    assertThat(rows.get(1).get("support_share").text).isEqualTo("42.86%");
    assertThat(rows.get(1).get("cross_entropy_share"))
        .isEqualTo(new Cell("num over", "0.831482735979874", "83.15%"));
    // region IS NULL, class 0: precision 2/3
    assertThat(rows.get(4).get("precision").text).isEqualTo("0.666667");

    List<Map<String, Cell>> slices = rows(table(html, "slice-summary"));
    assertThat(slices).hasSize(2);
    assertThat(slices.get(1).get("total_rows").text).isEqualTo("5");
    assertThat(slices.get(1).get("invalid_rows").text).isEqualTo("2");
    assertThat(slices.get(1).get("cross_entropy_mean").text).isEqualTo("1.6053"); // 1.60529707...
  }

  @Test
  void userTextIsEscapedOutsideTheDataScript() {
    String outsideData = html.replaceFirst("(?s)<script type=\"application/json\".*?</script>", "");
    assertThat(outsideData).doesNotContain("cat <&>", "<script>alert")
        .contains("\u00e9meu"); // UTF-8 needs no escape
  }

  @Test
  void chartDataParseBackToTheModelsNumbers() throws Exception {
    JsonNode data = JSON.readTree(dataJson(html));
    assertThat(data.get("losses")).extracting(JsonNode::asText).containsExactly(CE, FOCAL);
    assertThat(data.get("classLabels")).extracting(JsonNode::asText)
        .containsExactly(CAT, "dog", "\u00e9meu", "3"); // class 3 has no name: its index
    assertThat(doubles(data.get("supportShare"))).containsExactly(0.6, 0.3, 0.1, null);
    assertThat(doubles(data.get("lossShare").get(CE)))
        .containsExactly(0.08639914571095589, 0.2842019321869581, 0.629398922102086, null);
    assertThat(doubles(data.get("lossMean").get(FOCAL)))
        .containsExactly(FOCAL_P90, FOCAL_P50, FOCAL_P01, null);
    assertThat(doubles(data.get("balancedWeight")))
        .containsExactly(0.4166666666666667, 0.8333333333333334, 2.5, null);
    assertThat(doubles(data.get("effectiveNumberWeight")))
        .containsExactly(0.3340004813327693, 0.6669999628889843, 1.9989995557782465, null);
    // means from 0.00105 (focal, class 0) to 4.61 (cross-entropy, class 2): over 100x
    assertThat(data.get("lossMeanScale").asText()).isEqualTo("logarithmic");
  }

  @Test
  void scriptEndingsInNamesStayInsideTheJson() throws Exception {
    List<String> names = Arrays.asList("</script><b>", "<!--<script>", "c", "d");
    String page = HtmlReport.render(report(names, false));
    String json = dataJson(page);
    assertThat(json).doesNotContain("</", "<!--");
    assertThat(JSON.readTree(json).get("classLabels")).extracting(JsonNode::asText)
        .containsExactly("</script><b>", "<!--<script>", "c", "d");
    // one end tag per script element: the data, Chart.js and the drawing code
    assertThat(count(page, "</script>")).isEqualTo(3);
  }

  @Test
  void nonFiniteNumbersAreNullInTheJsonAndSpelledOutInTheTable() throws Exception {
    ClassStats odd = new ClassRow(0, null).rows(2, 1.0).loss(CE, Double.NaN, 1.0)
        .weights(Double.POSITIVE_INFINITY, 1.0).build();
    String page = HtmlReport.render(report(List.of(odd), List.of(), List.of(CE)));
    JsonNode data = JSON.readTree(dataJson(page));
    assertThat(data.get("lossMean").get(CE).get(0).isNull()).isTrue();
    assertThat(data.get("balancedWeight").get(0).isNull()).isTrue();
    Map<String, Cell> row = rows(table(page, "per-class")).get(0);
    assertThat(row.get("cross_entropy_mean").text).isEqualTo("NaN");
    assertThat(row.get("balanced_weight").text).isEqualTo("Infinity");
  }

  @Test
  void withoutNamesOrSlicesTheNameColumnAndSliceTablesAreLeftOut() throws Exception {
    String page = HtmlReport.render(report(Arrays.asList(null, null, null, null), false));
    assertThat(headers(table(page, "per-class"))).doesNotContain("class_name");
    assertThat(page).doesNotContain("id=\"per-slice\"", "id=\"slice-summary\"");
    assertThat(JSON.readTree(dataJson(page)).get("classLabels")).extracting(JsonNode::asText)
        .containsExactly("0", "1", "2", "3");
  }

  @Test
  void meanLossesWithinAHundredfoldUseALinearScale() throws Exception {
    // 0.105 to 4.61 (cross-entropy alone): 44x
    String page = HtmlReport.render(report(overallClasses(NAMES), List.of(), List.of(CE)));
    assertThat(JSON.readTree(dataJson(page)).get("lossMeanScale").asText()).isEqualTo("linear");
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    assertThat(html).doesNotContainIgnoringCase("<script src")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("sourceMappingURL")
        .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//");
    String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    assertThat(css).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void chartJsAndItsLicenseAreInlinedBeforeTheDrawingCode() {
    int library = html.indexOf("* Chart.js v4.");
    assertThat(library).isPositive();
    assertThat(html).contains("Permission is hereby granted, free of charge",
        "window.Chart=", "document.body.dataset.chartsReady");
    assertThat(html.indexOf("document.body.dataset.chartsReady")).isGreaterThan(library);
    assertThat(count(html, "<canvas id=\"chart-")).isEqualTo(3);
    assertThat(html).contains("<canvas id=\"chart-share\"", "<canvas id=\"chart-mean-loss\"",
        "<canvas id=\"chart-class-weights\"");
  }

  @Test
  void aMissingChartJsNamesTheResource() throws Exception {
    try (URLClassLoader withoutChartJs = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> HtmlReport.ChartJs.load(withoutChartJs))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("html report: the resource "
              + "META-INF/maven/org.webjars.npm/chart.js/pom.properties is not on the classpath;"
              + " losslens-jobs needs its dependency org.webjars.npm:chart.js");
    }
  }

  @Test
  void numbersKeepSixSignificantDigitsAndSwitchToExponentsOutsideAReadableRange() {
    assertThat(HtmlReport.formatNumber(0)).isEqualTo("0");
    assertThat(HtmlReport.formatNumber(-0.5)).isEqualTo("-0.5");
    assertThat(HtmlReport.formatNumber(123456.7)).isEqualTo("123,457");
    assertThat(HtmlReport.formatNumber(-1000)).isEqualTo("-1,000");
    assertThat(HtmlReport.formatNumber(1234567)).isEqualTo("1.23457e6");
    assertThat(HtmlReport.formatNumber(999999.7)).isEqualTo("1e6");
    assertThat(HtmlReport.formatNumber(0.00012345678)).isEqualTo("0.000123457");
    assertThat(HtmlReport.formatNumber(0.000012345678)).isEqualTo("1.23457e-5");
    assertThat(HtmlReport.formatPercent(1)).isEqualTo("100%");
    assertThat(HtmlReport.formatPercent(0.123456)).isEqualTo("12.35%");
    assertThat(HtmlReport.formatPercent(1e-7)).isEqualTo("1e-5%");
    assertThat(HtmlReport.formatCount(1234567)).isEqualTo("1,234,567");
  }

  // ---- the fixture ----------------------------------------------------------------------------

  private static Report report(List<String> names, boolean withSlices) {
    List<Breakdown> slices = withSlices ? List.of(euSlice(names), nullRegionSlice(names)) : List.of();
    return report(overallClasses(names), slices, List.of(CE, FOCAL));
  }

  private static Report report(List<ClassStats> classes, List<Breakdown> slices,
      List<String> losses) {
    Map<String, Long> invalid = new LinkedHashMap<>();
    invalid.put("null_prediction", 1L);
    invalid.put("label_out_of_range", 1L);
    Breakdown overall = new Breakdown(Map.of(), 12, 10, 2, invalid, 10.0,
        byLoss(losses, 0.7316774821614884, 0.5039709315646357),
        byLoss(losses, 1.8012259607352874, 1.5626225665278308), classes,
        List.of("2 of 12 rows are invalid"));
    Map<String, String> functions = new LinkedHashMap<>();
    functions.put(CE, "cross_entropy(eps=1.0E-15)");
    functions.put(FOCAL, "multiclass_focal_loss(gamma=2.0)");
    functions.keySet().retainAll(losses);
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("input", "preds<script>alert(1)</script>");
    configuration.put("class_names", List.of(CAT, "dog", "\u00e9meu"));
    configuration.put("beta", 0.999);
    configuration.put("weight_col", null);
    return new Report(losses, functions, slices.isEmpty() ? List.of() : List.of("region"),
        overall, slices, configuration, "3.5.9", "0.1.0-SNAPSHOT", "2026-11-24T20:30:00Z");
  }

  private static List<ClassStats> overallClasses(List<String> names) {
    return List.of(
        new ClassRow(0, names.get(0)).rows(6, 0.6)
            .loss(CE, CE_P90, 0.08639914571095589).loss(FOCAL, FOCAL_P90, 0.0012543641991103226)
            .probability(0.9, 1.0, 6 / 7.0).weights(0.4166666666666667, 0.3340004813327693)
            .build(),
        new ClassRow(1, names.get(1)).rows(3, 0.3)
            .loss(CE, CE_P50, 0.2842019321869581).loss(FOCAL, FOCAL_P50, 0.10315285125790741)
            .probability(0.5, 1.0, 1.0).weights(0.8333333333333334, 0.6669999628889843).build(),
        new ClassRow(2, names.get(2)).rows(1, 0.1)
            .loss(CE, CE_P01, 0.629398922102086).loss(FOCAL, FOCAL_P01, 0.8955927845429822)
            .probability(0.01, 0.0, null).weights(2.5, 1.9989995557782465)
            .note(NONE_PREDICTED).build(),
        noRows(3, names.get(3)));
  }

  private static Breakdown euSlice(List<String> names) {
    List<ClassStats> classes = List.of(
        new ClassRow(0, names.get(0)).rows(4, 0.5714285714285714)
            .loss(CE, CE_P90, 0.16851726402012612).loss(FOCAL, FOCAL_P90, 0.008041639433323469)
            .probability(0.9, 1.0, 1.0).weights(0.4375, 0.8573877433727224).build(),
        new ClassRow(1, names.get(1)).rows(3, 0.42857142857142855)
            .loss(CE, CE_P50, 0.831482735979874).loss(FOCAL, FOCAL_P50, 0.9919583605666765)
            .probability(0.5, 1.0, 1.0).weights(0.5833333333333334, 1.1426122566272776).build(),
        noRows(2, names.get(2)), noRows(3, names.get(3)));
    return new Breakdown(Map.of("region", "eu"), 7, 7, 0, Map.of(), 7.0,
        byLoss(List.of(CE, FOCAL), 0.35726908633016297, 0.07486782943518171),
        byLoss(List.of(CE, FOCAL), 0.39925384810888576, 0.08717020014828229), classes, List.of());
  }

  private static Breakdown nullRegionSlice(List<String> names) {
    List<ClassStats> classes = List.of(
        new ClassRow(0, names.get(0)).rows(2, 0.6666666666666666)
            .loss(CE, CE_P90, 0.04375535530340077).loss(FOCAL, FOCAL_P90, 0.00046664766793607135)
            .probability(0.9, 1.0, 2 / 3.0).weights(0.375, 0.6668889629876689).build(),
        noRows(1, names.get(1)),
        new ClassRow(2, names.get(2)).rows(1, 0.3333333333333333)
            .loss(CE, CE_P01, 0.9562446446965992).loss(FOCAL, FOCAL_P01, 0.9995333523320639)
            .probability(0.01, 0.0, null).weights(0.75, 1.3331110370123311)
            .note(NONE_PREDICTED).build(),
        noRows(3, names.get(3)));
    Map<String, String> region = new LinkedHashMap<>();
    region.put("region", null); // SQL NULL
    Map<String, Long> invalid = new LinkedHashMap<>();
    invalid.put("null_prediction", 1L);
    invalid.put("label_out_of_range", 1L);
    return new Breakdown(region, 5, 3, 2, invalid, 3.0,
        byLoss(List.of(CE, FOCAL), 1.6052970724345812, 1.5052115032000282),
        byLoss(List.of(CE, FOCAL), 2.3552653508229584, 2.2572904522217527), classes,
        List.of("2 of 5 rows are invalid"));
  }

  private static ClassStats noRows(int index, String name) {
    return new ClassRow(index, name).rows(0, null).loss(CE, null, null).loss(FOCAL, null, null)
        .probability(null, null, null).weights(null, null).note(NO_ROWS).note(NONE_PREDICTED)
        .build();
  }

  /** The first values for the first losses (cross_entropy, then focal_loss). */
  private static Map<String, Double> byLoss(List<String> losses, Double... values) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < losses.size(); i++) {
      map.put(losses.get(i), values[i]);
    }
    return map;
  }

  /** A class of unit-weight rows; the page shows no gradients, so they are left empty. */
  private static final class ClassRow {
    private final int index;
    private final String name;
    private long count;
    private Double supportShare;
    private final Map<String, Double> lossMean = new LinkedHashMap<>();
    private final Map<String, Double> lossShare = new LinkedHashMap<>();
    private Double meanTrueProbability;
    private Double recall;
    private Double precision;
    private Double balancedWeight;
    private Double effectiveNumberWeight;
    private final List<String> notes = new ArrayList<>();

    ClassRow(int index, String name) {
      this.index = index;
      this.name = name;
    }

    ClassRow rows(long count, Double supportShare) {
      this.count = count;
      this.supportShare = supportShare;
      return this;
    }

    ClassRow loss(String loss, Double mean, Double share) {
      lossMean.put(loss, mean);
      lossShare.put(loss, share);
      return this;
    }

    ClassRow probability(Double meanTrue, Double recall, Double precision) {
      this.meanTrueProbability = meanTrue;
      this.recall = recall;
      this.precision = precision;
      return this;
    }

    ClassRow weights(Double balanced, Double effectiveNumber) {
      this.balancedWeight = balanced;
      this.effectiveNumberWeight = effectiveNumber;
      return this;
    }

    ClassRow note(String note) {
      notes.add(note);
      return this;
    }

    ClassStats build() {
      return new ClassStats(index, name, count, count, supportShare, lossMean, lossShare,
          Map.of(), meanTrueProbability, recall, precision, balancedWeight, effectiveNumberWeight,
          notes);
    }
  }

  // ---- reading the page back ------------------------------------------------------------------

  /** A {@code <td>}: its class, title (null without) and content, as written. */
  private static final class Cell {
    final String cssClass;
    final String title;
    final String text;

    Cell(String cssClass, String title, String text) {
      this.cssClass = cssClass;
      this.title = title;
      this.text = text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cell && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      return "<td class=\"" + cssClass + "\" title=\"" + title + "\">" + text + "</td>";
    }
  }

  private static final Pattern HEADER = Pattern.compile("<th(?: [^>]*)?>(.*?)</th>");
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"([^\"]*)\"(?: title=\"([^\"]*)\")?>(.*?)</td>");

  private static String table(String page, String id) {
    Matcher table = Pattern.compile("(?s)<table id=\"" + id + "\".*?</table>").matcher(page);
    assertThat(table.find()).as("table " + id).isTrue();
    return table.group();
  }

  private static List<String> headers(String table) {
    String head = table.substring(table.indexOf("<thead>"), table.indexOf("</thead>"));
    List<String> headers = new ArrayList<>();
    for (Matcher th = HEADER.matcher(head); th.find(); ) {
      headers.add(th.group(1).replace("<wbr>", ""));
    }
    return headers;
  }

  /** The body rows, each as column header to cell. */
  private static List<Map<String, Cell>> rows(String table) {
    List<String> headers = table.contains("<thead>") ? headers(table) : List.of();
    List<Map<String, Cell>> rows = new ArrayList<>();
    for (Matcher tr = ROW.matcher(table.substring(table.indexOf("<tbody>"))); tr.find(); ) {
      Matcher td = CELL.matcher(tr.group(1));
      Map<String, Cell> row = new LinkedHashMap<>();
      for (int i = 0; td.find(); i++) {
        row.put(headers.get(i), new Cell(td.group(1), td.group(2), td.group(3)));
      }
      if (!row.isEmpty()) {
        assertThat(row).hasSameSizeAs(headers);
        rows.add(row);
      }
    }
    return rows;
  }

  private static String dataJson(String page) {
    Matcher data = Pattern.compile(
        "(?s)<script type=\"application/json\" id=\"report-data\">(.*?)</script>").matcher(page);
    assertThat(data.find()).isTrue();
    return data.group(1);
  }

  private static List<Double> doubles(JsonNode array) {
    List<Double> values = new ArrayList<>();
    array.forEach(value -> values.add(value.isNull() ? null : value.doubleValue()));
    return values;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
