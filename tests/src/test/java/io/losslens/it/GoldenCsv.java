package io.losslens.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a report's CSV table with an expected one, column by expected column: text and
 * whole numbers exactly, doubles to a relative tolerance, an empty field (NULL) only with an
 * empty field. The fixture's CSVs hold plain fields (no quoting), as do the report's for it.
 */
final class GoldenCsv {
  /**
   * Relative. The expected values are the doubles nearest the exact values (mpmath, 50 digits);
   * a report rounds each row's loss once and then sums exactly, so its means are within a few
   * ulp (2.2e-16 each) of them.
   */
  static final double TOLERANCE = 1e-14;

  private GoldenCsv() {}

  /** The rows of a CSV file, each a map from header name to field. */
  static List<Map<String, String>> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], fields[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** Every column of {@code expected} matches in {@code actual}, row by row in order. */
  static void assertMatches(Path actual, Path expected) throws IOException {
    List<Map<String, String>> got = read(actual);
    List<Map<String, String>> want = read(expected);
    assertThat(got).as(actual + " rows").hasSameSizeAs(want);
    for (int r = 0; r < want.size(); r++) {
      for (Map.Entry<String, String> cell : want.get(r).entrySet()) {
        String column = cell.getKey();
        assertThat(got.get(r)).as(actual + " columns").containsKey(column);
        assertField(got.get(r).get(column), cell.getValue(),
            actual.getFileName() + " row " + (r + 1) + " column " + column);
      }
    }
  }

  static void assertField(String actual, String expected, String where) {
    if (expected.isEmpty() || !isDouble(expected)) {
      assertThat(actual).as(where).isEqualTo(expected);
      return;
    }
    if (!expected.contains(".") && !expected.contains("e") && !expected.contains("E")) {
      assertThat(actual).as(where).isEqualTo(expected); // a count or class index
      return;
    }
    assertThat(actual).as(where).isNotEmpty();
    assertClose(Double.parseDouble(actual), Double.parseDouble(expected), where);
  }

  static void assertClose(double actual, double expected, String where) {
    assertThat(Math.abs(actual - expected)).as(where + ": " + actual + " vs expected "
        + expected).isLessThanOrEqualTo(TOLERANCE * Math.abs(expected));
  }

  private static boolean isDouble(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
