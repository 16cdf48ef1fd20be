package io.losslens.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.jobs.report.Breakdown;
import io.losslens.jobs.report.ClassStats;
import io.losslens.jobs.report.HtmlReport;
import io.losslens.jobs.report.Report;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} as a user sees it: Debian's headless Chromium opens the page
 * {@link HtmlReport} renders from a file, with every network request sent to a closed proxy
 * port (loopback included), so the charts can only be drawn from what the page itself holds.
 * Chromium is installed before the integration tests by {@code src/test/sh/ensure-chromium.sh};
 * without it these tests fail.
 */
class HtmlReportBrowserIT {
  /** Generous: Chromium starts and renders the page in about 2 s on an idle 2-core machine. */
  // the colours the page draws the two losses' bars in (DRAW_CHARTS in HtmlReport)
  private static final int CROSS_ENTROPY_BLUE = 0x2563eb;
  private static final int FOCAL_RED = 0xdc2626;

  @TempDir
  static Path workDir;

  private static Path page;

  @BeforeAll
  static void renderThePage() throws IOException {
    page = workDir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(report()), UTF_8);
  }

  @Test
  void theScriptsDrawTheThreeChartsOffline() throws Exception {
    ProcessRun r = Chromium.dumpDom(page, workDir);
    assertThat(r.code()).as(r.toString()).isZero();
    String dom = r.out();
    assertThat(dom).as(r.toString()).contains("data-charts-ready=\"3\"");
    Matcher perClass = Pattern.compile("(?s)<table id=\"per-class\".*?<tbody>(.*?)</tbody>")
        .matcher(dom);
    assertThat(perClass.find()).isTrue();
    assertThat(count(perClass.group(1), "<tr>")).isEqualTo(5);
    // cat's mean cross-entropy: -ln 0.9 = 0.10536051565782628, to 6 significant digits
    assertThat(perClass.group(1)).contains("title=\"0.10536051565782628\">0.105361</td>");
    // Chart.js sizes each canvas it draws on
    assertThat(count(dom, "<canvas ")).isEqualTo(3);
    for (String chart : List.of("chart-share", "chart-mean-loss", "chart-class-weights")) {
      assertThat(dom).containsPattern("<canvas id=\"" + chart + "\"[^>]* height=\"\\d+\"");
    }
  }

  @Test
  void theScreenshotShowsTheBarsOfBothLosses() throws Exception {
    Path screenshot = Paths.get(System.getProperty("losslens.home"))
        .resolve("tests/target/screenshots/report.png").toAbsolutePath().normalize();
    ProcessRun r = Chromium.screenshot(page, screenshot, 2400, workDir);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(screenshot).as(r.toString()).isNotEmptyFile();
    System.out.println("screenshot of report.html: " + screenshot);

    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2400);
    // each loss has a bar per class with rows in the share and the mean-loss charts: about
    // 48,000 blue and 43,000 red pixels at 1280 px; the mean-loss chart alone has about 28,000
    // blue and 23,000 red (measured when the share chart drew nothing), the red text far fewer
    assertThat(pixelsOf(image, CROSS_ENTROPY_BLUE)).isGreaterThan(35_000);
    assertThat(pixelsOf(image, FOCAL_RED)).isGreaterThan(35_000);
  }

  /** Pixels within a small distance of {@code rgb}: bars are filled flat, edges antialiased. */
  private static int pixelsOf(BufferedImage image, int rgb) {
    int pixels = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 8
            && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 8
            && Math.abs((p & 0xff) - (rgb & 0xff)) <= 8) {
          pixels++;
        }
      }
    }
    return pixels;
  }

  /**
   * A report over 1000 unit-weight rows of 5 classes; every row of a class gives its true class
   * the same probability p, and owl has no rows. Losses, shares and suggested weights follow
   * {@link ClassStats} (cross-entropy {@code -ln p}, focal loss {@code -(1-p)^2 ln p},
   * effective number with beta 0.999); recall and precision are stand-ins the page only shows.
   */
  private static Report report() {
    record Rows(String name, int n, double p) {}
    List<Rows> classes = List.of(new Rows("cat", 600, 0.9), new Rows("dog", 300, 0.5),
        new Rows("emu", 90, 0.2), new Rows("yak", 10, 0.001), new Rows("owl", 0, 0));
    List<Rows> withRows = classes.stream().filter(c -> c.n() > 0).toList();
    double total = withRows.stream().mapToInt(Rows::n).sum();
    double ceTotal = withRows.stream().mapToDouble(c -> c.n() * crossEntropy(c.p())).sum();
    double focalTotal = withRows.stream().mapToDouble(c -> c.n() * focal(c.p())).sum();
    double inverseEffectiveTotal =
        withRows.stream().mapToDouble(c -> inverseEffectiveNumber(c.n())).sum();
    List<ClassStats> stats = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      Rows c = classes.get(i);
      if (c.n() == 0) {
        stats.add(new ClassStats(i, c.name(), 0, 0, null, byLoss(null, null),
            byLoss(null, null), Map.of(), null, null, null, null, null,
            List.of("no rows of this class")));
        continue;
      }
      double ce = crossEntropy(c.p());
      double focal = focal(c.p());
      // the page shows no gradients
      stats.add(new ClassStats(i, c.name(), c.n(), c.n(), c.n() / total, byLoss(ce, focal),
          byLoss(c.n() * ce / ceTotal, c.n() * focal / focalTotal), Map.of(), c.p(),
          c.p() >= 0.5 ? 1.0 : 0.0, 1.0, total / (classes.size() * c.n()),
          4 * inverseEffectiveNumber(c.n()) / inverseEffectiveTotal, List.of()));
    }
    Breakdown overall = new Breakdown(Map.of(), 1000, 1000, 0, Map.of(), total,
        byLoss(ceTotal / total, focalTotal / total),
        byLoss(withRows.stream().mapToDouble(c -> crossEntropy(c.p())).average().orElseThrow(),
            withRows.stream().mapToDouble(c -> focal(c.p())).average().orElseThrow()),
        stats, List.of());
    Map<String, String> functions = new LinkedHashMap<>();
    functions.put("cross_entropy", "cross_entropy(eps=1.0E-15)");
    functions.put("focal_loss", "multiclass_focal_loss(gamma=2.0)");
    return new Report(List.of("cross_entropy", "focal_loss"), functions, List.of(), overall,
        List.of(), Map.of("input", "predictions"), "3.5.9", "test", "2026-11-24T20:30:00Z");
  }

  private static double crossEntropy(double p) {
    return -Math.log(p);
  }

  private static double focal(double p) {
    return -(1 - p) * (1 - p) * Math.log(p);
  }

  private static double inverseEffectiveNumber(int n) {
    return (1 - 0.999) / (1 - Math.pow(0.999, n));
  }

  private static Map<String, Double> byLoss(Double crossEntropy, Double focal) {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("cross_entropy", crossEntropy);
    map.put("focal_loss", focal);
    return map;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
