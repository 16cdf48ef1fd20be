package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV of report tables (RFC 4180, read back by an independent parser here) and the column
 * order of {@code per_class}.
 */
class TableTest {
  // --- a minimal RFC 4180 reader, independent of Table: records of fields, null for an
  // unquoted empty field (how Table writes NULL), "" for a quoted empty one ---

  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        assertThat(field.length()).as("a quote inside an unquoted field at %d", i).isZero();
        quoted = true;
        wasQuoted = true;
      } else if (c == ',' || c == '\n') {
        record.add(field.length() == 0 && !wasQuoted ? null : field.toString());
        field.setLength(0);
        wasQuoted = false;
        if (c == '\n') {
          records.add(record);
          record = new ArrayList<>();
        }
      } else {
        field.append(c);
      }
      i++;
    }
    assertThat(quoted).as("unterminated quote").isFalse();
    assertThat(record).as("the last record ends with a line break").isEmpty();
    assertThat(field.length()).isZero();
    return records;
  }

  /** A one-column table; each row is a 1-element array, since rows themselves are never null. */
  private static Table<String[]> oneColumn(String name, List<String> values) {
    List<String[]> rows = values.stream().map(v -> new String[] {v}).collect(Collectors.toList());
    return new Table<>(rows).column(name, DataTypes.StringType, r -> r[0]);
  }

  @Test
  void headerThenOneLinePerRow() {
    Table<int[]> t = new Table<>(List.of(new int[] {1, 2}, new int[] {3, 4}))
        .column("a", DataTypes.IntegerType, r -> r[0])
        .column("b", DataTypes.IntegerType, r -> r[1]);
    assertThat(t.toCsv()).isEqualTo("a,b\n1,2\n3,4\n");
    assertThat(t.columnNames()).containsExactly("a", "b");
  }

  @Test
  void noRowsIsTheHeaderAlone() {
    assertThat(oneColumn("x", List.of()).toCsv()).isEqualTo("x\n");
  }

  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    List<String> values = Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere",
        " lead", "trail ", "\ttab", "", null, "inner space", "");
    String csv = oneColumn("v", values).toCsv();
    assertThat(csv).isEqualTo("v\n"
        + "plain\n"
        + "\"a,b\"\n"
        + "\"say \"\"hi\"\"\"\n"
        + "\"two\nlines\"\n"
        + "\"cr\rhere\"\n"
        + "\" lead\"\n"
        + "\"trail \"\n"
        + "\"\ttab\"\n"
        + "\"\"\n"
        + "\n"
        + "inner space\n"
        + "\"\"\n");
  }

  @Test
  void everyFieldReadsBackAsWritten() {
    List<String> values = Arrays.asList("a,b", "\"", "\"\"", ",", "x\r\ny", " ", "", null, "é,ü",
        "end\"");
    List<List<String>> records = parse(oneColumn("v", values).toCsv());
    assertThat(records.get(0)).containsExactly("v");
    assertThat(records.subList(1, records.size()).stream().map(r -> r.get(0)))
        .containsExactlyElementsOf(values);
  }

  @Test
  void headerNamesAreQuotedLikeFields() {
    Table<String> t = new Table<>(List.of("x"))
        .column("a,b", DataTypes.StringType, v -> v)
        .column("q\"", DataTypes.StringType, v -> v);
    assertThat(t.toCsv()).startsWith("\"a,b\",\"q\"\"\"\n");
    assertThat(parse(t.toCsv()).get(0)).containsExactly("a,b", "q\"");
  }

  @Test
  void nullAndEmptyStringDiffer() {
    Table<String[]> t = new Table<>(List.<String[]>of(new String[] {null, ""}))
        .column("n", DataTypes.StringType, r -> r[0])
        .column("e", DataTypes.StringType, r -> r[1]);
    assertThat(t.toCsv()).isEqualTo("n,e\n,\"\"\n");
    assertThat(parse(t.toCsv()).get(1)).containsExactly(null, "");
  }

  // --- doubles read back bit-identical ---

  private static void assertRoundTrip(double[] values) {
    List<Double> boxed = Arrays.stream(values).boxed().collect(Collectors.toList());
    Table<Double> t = new Table<>(boxed).column("x", DataTypes.DoubleType, v -> v);
    List<List<String>> records = parse(t.toCsv());
    assertThat(records).hasSize(values.length + 1);
    for (int i = 0; i < values.length; i++) {
      String field = records.get(i + 1).get(0);
      double back = Double.parseDouble(field);
      // doubleToLongBits: bit-identical, with every NaN read as the one NaN Java writes
      assertThat(Double.doubleToLongBits(back))
          .as("%s (bits %x) written as '%s'", values[i], Double.doubleToRawLongBits(values[i]),
              field)
          .isEqualTo(Double.doubleToLongBits(values[i]));
    }
  }

  @Test
  void trickyDoublesReadBackBitIdentical() {
    assertRoundTrip(new double[] {
        2.0E-3, 1.0E23, 8.41E21, 2.0E23, 9.007199254740993E15, 4.9E-324, Double.MIN_VALUE,
        Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
        Math.nextDown(Double.MAX_VALUE), 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e-7, 1e7, 1e-3,
        9.999999999999999E22, 5.0E-324, 2.2250738585072011E-308, 1.7976931348623157E308,
        0.0, -0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Math.PI, Math.E, 34.538776394910684, 0.35667494393873245, 2.634012891445657e-4,
        Math.ulp(1.0), 1 + Math.ulp(1.0), 1 - Math.ulp(1.0) / 2, 123456789012345680.0});
  }

  /**
   * A property over arbitrary doubles: uniformly random bit patterns (every exponent, both
   * signs, subnormals, infinities, NaN payloads), then random subnormals and random values
   * near 1, from a fixed seed. (jqwik is not on the jobs module's test classpath.)
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20240601L})
  void arbitraryDoublesReadBackBitIdentical(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[30_000];
    for (int i = 0; i < values.length; i++) {
      long bits = random.nextLong();
      switch (i % 3) {
        case 0: values[i] = Double.longBitsToDouble(bits); break;
        // exponent bits 0: a subnormal (or zero) of either sign
        case 1: values[i] = Double.longBitsToDouble(bits & 0x800F_FFFF_FFFF_FFFFL); break;
        default: values[i] = 1 + random.nextDouble(-1, 1); break;
      }
    }
    assertRoundTrip(values);
  }

  // --- per_class columns ---

  private static ClassStats stats(int index, String name, String note) {
    Map<String, Double> mean = new LinkedHashMap<>();
    mean.put("cross_entropy", 0.5 + index);
    mean.put("focal_loss", null);
    Map<String, Double> share = new LinkedHashMap<>();
    share.put("cross_entropy", 0.25);
    share.put("focal_loss", 0.75);
    Map<String, Double> gradient = new LinkedHashMap<>();
    gradient.put("cross_entropy", 1.5);
    gradient.put("focal_loss", 2.5);
    return new ClassStats(index, name, 10L + index, 12.5, 0.5, mean, share, gradient, 0.8,
        null, 0.6, 1.25, 1.125, note == null ? List.of() : List.of(note, "second"));
  }

  private static Breakdown breakdown(Map<String, String> slice, List<ClassStats> classes) {
    return new Breakdown(slice, 21, 21, 0, Map.of(), 25, Map.of(), Map.of(), classes,
        List.of());
  }

  private static Report report(List<String> sliceColumns, Breakdown overall,
      List<Breakdown> slices) {
    return new Report(List.of("cross_entropy", "focal_loss"), Map.of(), sliceColumns, overall,
        slices, Map.of(), "3.5.9", "0.1.0", "2024-01-01T00:00:00Z");
  }

  private static final List<String> AFTER_CLASS = List.of("count", "weight_sum",
      "support_share", "cross_entropy_mean", "cross_entropy_share", "focal_loss_mean",
      "focal_loss_share", "cross_entropy_mean_gradient_magnitude",
      "focal_loss_mean_gradient_magnitude", "mean_true_probability", "recall", "precision",
      "balanced_weight", "effective_number_weight", "notes");

  private static List<String> columns(String... first) {
    List<String> all = new ArrayList<>(Arrays.asList(first));
    all.addAll(AFTER_CLASS);
    return all;
  }

  @Test
  void perClassWithoutSlicesOrNames() {
    Breakdown all = breakdown(Map.of(), List.of(stats(0, null, null), stats(1, null, "few")));
    Table<?> t = ReportTables.perClass(report(List.of(), all, List.of()));
    assertThat(t.columnNames()).containsExactlyElementsOf(columns("class"));
    List<List<String>> records = parse(t.toCsv());
    assertThat(records.get(0)).containsExactlyElementsOf(columns("class"));
    assertThat(records).hasSize(3);
    assertThat(records.get(1)).containsExactly("0", "10", "12.5", "0.5", "0.5", "0.25", null,
        "0.75", "1.5", "2.5", "0.8", null, "0.6", "1.25", "1.125", null);
    assertThat(records.get(2).get(0)).isEqualTo("1");
    assertThat(records.get(2).get(records.get(2).size() - 1)).isEqualTo("few; second");
  }

  @Test
  void perClassWithSlicesAndNames() {
    Map<String, String> web = new LinkedHashMap<>();
    web.put("segment", "web");
    web.put("region", null);
    Map<String, String> store = new LinkedHashMap<>();
    store.put("segment", "store, main");
    store.put("region", "eu");
    List<ClassStats> named = List.of(stats(0, "cat", null), stats(1, "dog", null));
    Report r = report(List.of("segment", "region"), breakdown(Map.of(), named),
        List.of(breakdown(web, named), breakdown(store, named)));
    Table<?> t = ReportTables.perClass(r);
    List<String> expected = columns("segment", "region", "class", "class_name");
    assertThat(t.columnNames()).containsExactlyElementsOf(expected);
    List<List<String>> records = parse(t.toCsv());
    // a row per slice and class, in slice order; the whole input is not a row
    assertThat(records).hasSize(1 + 4);
    assertThat(records.stream().skip(1).map(x -> x.subList(0, 4)).collect(Collectors.toList()))
        .containsExactly(
            Arrays.asList("web", null, "0", "cat"),
            Arrays.asList("web", null, "1", "dog"),
            Arrays.asList("store, main", "eu", "0", "cat"),
            Arrays.asList("store, main", "eu", "1", "dog"));
  }

  @Test
  void perClassSchemaAndSparkRowsFollowTheColumns() {
    Breakdown all = breakdown(Map.of(), List.of(stats(0, "a", null), stats(1, "b", "n")));
    Table<?> t = ReportTables.perClass(report(List.of(), all, List.of()));
    assertThat(Arrays.stream(t.schema().fields()).map(StructField::name))
        .containsExactlyElementsOf(t.columnNames());
    assertThat(t.schema().apply("class").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(t.schema().apply("count").dataType()).isEqualTo(DataTypes.LongType);
    assertThat(t.schema().apply("class_name").dataType()).isEqualTo(DataTypes.StringType);
    assertThat(t.schema().apply("recall").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(Arrays.stream(t.schema().fields()).allMatch(StructField::nullable)).isTrue();
    List<Row> rows = t.sparkRows();
    assertThat(rows).hasSize(2);
    Row first = rows.get(0);
    assertThat(first.size()).isEqualTo(t.columnNames().size());
    assertThat(first.get(0)).isEqualTo(0);
    assertThat(first.get(1)).isEqualTo("a");
    assertThat(first.get(2)).isEqualTo(10L);
    assertThat(first.get(t.columnNames().indexOf("recall"))).isNull();
    assertThat(first.get(t.columnNames().indexOf("notes"))).isNull();
    assertThat(rows.get(1).get(t.columnNames().indexOf("notes"))).isEqualTo("n; second");
  }

  @Test
  void classWeightsColumns() {
    Breakdown named = breakdown(Map.of(), List.of(stats(0, "a", null)));
    assertThat(ReportTables.classWeights(named).columnNames()).containsExactly("class",
        "class_name", "count", "weight_sum", "balanced_weight", "effective_number_weight");
    Breakdown unnamed = breakdown(Map.of(), List.of(stats(0, null, null)));
    assertThat(ReportTables.classWeights(unnamed).toCsv()).isEqualTo(
        "class,count,weight_sum,balanced_weight,effective_number_weight\n0,10,12.5,1.25,1.125\n");
  }

  @Test
  void manyRowsKeepTheirOrder() {
    List<Integer> ids = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    Table<Integer> t = new Table<>(ids).column("i", DataTypes.IntegerType, i -> i);
    List<List<String>> records = parse(t.toCsv());
    assertThat(records.stream().skip(1).map(r -> Integer.parseInt(r.get(0))))
        .containsExactlyElementsOf(ids);
  }
}
