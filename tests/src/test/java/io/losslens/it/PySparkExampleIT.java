package io.losslens.it;

import static io.losslens.it.RecipeValues.assertNear;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.FunctionDocsExpectations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/pyspark_losses.py} on the JVM. PySpark is not in the package registries these
 * machines reach, so this test does what the example's Python asks of Spark through py4j, with
 * everything read from the file so that the two cannot drift: it builds the session from the
 * example's settings ({@code spark.jars}, the session extension, the catalog; no
 * {@code LossFunctions.register}), makes the example's rows into the DataFrames PySpark makes of
 * them (Python ints are {@code bigint}, floats {@code double}, {@code Vectors.dense} a Spark ML
 * vector, as a model's {@code probability} column), and runs each of its {@code spark.sql}
 * statements, checking each result against values computed independently ({@link RecipeValues}).
 *
 * <p>In a JVM of its own (the {@code pyspark-example} failsafe execution): Spark reads the
 * extension once, when the first session starts, as in a fresh Python process.
 */
class PySparkExampleIT {
  private static final Pattern CONFIG = Pattern.compile(
      "\\.config\\(\"([^\"]+)\",\\s*(?:\"([^\"]*)\"|(\\w+))\\)");
  private static final Pattern VIEW = Pattern.compile("spark\\.createDataFrame\\((\\w+),\\s*"
      + "\\[([^\\]]*)\\]\\)\\s*\\\\?\\s*\\.createOrReplaceTempView\\(\"(\\w+)\"\\)");
  private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\((.*)\\),\\s*$");
  private static final Pattern VALUE = Pattern.compile(
      "Vectors\\.dense\\(\\[([^\\]]*)\\]\\)|(-?\\d+\\.\\d*(?:[eE]-?\\d+)?)|(-?\\d+)");
  private static final Pattern STATEMENT = Pattern.compile("(?s)spark\\.sql\\(\"\"\"(.*?)\"\"\"\\)");
  private static final Pattern GET_FUNCTION = Pattern.compile(
      "spark\\.catalog\\.getFunction\\(\"([^\"]+)\"\\)");

  @TempDir
  static Path dir;

  private static String example;
  private static Map<String, String> settings;
  private static SparkSession spark;
  private static List<String> statements;

  @BeforeAll
  static void sessionFromTheExample() throws Exception {
    example = Files.readString(SparkApps.home().resolve("examples/pyspark_losses.py"));
    settings = new LinkedHashMap<>();
    Matcher config = CONFIG.matcher(example);
    while (config.find()) {
      // the one setting the example takes from a variable: the jar, which the build just made
      settings.put(config.group(1), config.group(2) != null ? config.group(2)
          : SparkApps.udfsJar().toString());
    }
    SparkSession.Builder builder = SparkSession.builder().appName("pyspark-example");
    settings.forEach(builder::config);
    SparkApps.testSettings(dir).entrySet().stream()
        .filter(e -> !e.getKey().startsWith("spark.hadoop.")) // no Hive here, as in PySpark
        .forEach(e -> builder.config(e.getKey(), e.getValue()));
    spark = builder.getOrCreate();

    Matcher view = VIEW.matcher(example);
    int views = 0;
    while (view.find()) {
      createView(view.group(1), view.group(2), view.group(3));
      views++;
    }
    assertThat(views).as("views the example makes").isEqualTo(2);
    statements = new ArrayList<>();
    Matcher statement = STATEMENT.matcher(example);
    while (statement.find()) {
      statements.add(statement.group(1).trim());
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theExampleSetsTheJarTheExtensionAndTheCatalog() {
    assertThat(settings).containsOnlyKeys("spark.jars", "spark.sql.extensions",
            "spark.sql.catalog.losslens")
        .containsEntry("spark.sql.extensions", "io.losslens.spark.LossExtensions")
        .containsEntry("spark.sql.catalog.losslens", "io.losslens.spark.LossCatalog");
    assertThat(statements).as("the example's statements").hasSize(5);
  }

  @Test
  void lossOfEachRowFromTheExtensionAndTheCatalog() {
    List<Row> rows = sql(0);
    assertThat(rows).hasSize(RecipeValues.CE_BY_ID.length);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertThat(r.getLong(0)).isEqualTo(i + 1);
      assertNear(r.getDouble(1), RecipeValues.CE_BY_ID[i], "cross_entropy of row " + (i + 1));
      assertThat(r.getDouble(2)).as("the catalog's, row %s", i + 1).isEqualTo(r.getDouble(1));
    }
  }

  @Test
  void weightedAndPlainMeans() {
    List<Row> rows = sql(1);
    assertThat(rows).hasSize(1);
    assertNear(rows.get(0).getDouble(0), RecipeValues.WEIGHTED_CE_MEAN, "weighted mean");
    assertNear(rows.get(0).getDouble(1), RecipeValues.CE_MEAN, "mean");
    assertNear(rows.get(0).getDouble(2), RecipeValues.FOCAL_MEAN, "multi-class focal mean");
  }

  @Test
  void perClassBreakdown() {
    List<Row> rows = sql(2);
    assertThat(rows).hasSize(RecipeValues.PER_CLASS.length);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double[] want = RecipeValues.PER_CLASS[i];
      String c = "class " + (int) want[0];
      assertThat(((Number) r.get(0)).intValue()).isEqualTo((int) want[0]);
      assertThat(((Number) r.get(1)).longValue()).as(c).isEqualTo((long) want[1]);
      assertThat(r.getDouble(2)).as(c).isEqualTo(want[2]); // sums of weights: exact
      assertNear(r.getDouble(3), want[3], c + " mean");
      assertNear(r.getDouble(4), want[4], c + " recall");
      assertNear(r.getDouble(5), want[5], c + " precision");
    }
  }

  @Test
  void binaryLossesFromTheCatalog() {
    List<Row> rows = sql(3);
    assertThat(rows).hasSize(RecipeValues.BINARY_FOCAL_AND_BCE.length);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertThat(r.getLong(0)).isEqualTo(i + 1);
      assertNear(r.getDouble(1), RecipeValues.BINARY_FOCAL_AND_BCE[i][0], "focal " + (i + 1));
      assertNear(r.getDouble(2), RecipeValues.BINARY_FOCAL_AND_BCE[i][1], "bce " + (i + 1));
    }
  }

  @Test
  void theDocumentationOfAFunctionAndOfACatalogFunction() throws Exception {
    String described = sql(4).stream().map(r -> r.getString(0))
        .collect(Collectors.joining("\n"));
    Matcher name = Pattern.compile("DESCRIBE FUNCTION EXTENDED (\\w+)").matcher(statements.get(4));
    assertThat(name.matches()).as(statements.get(4)).isTrue();
    FunctionDocsExpectations.assertDescribeOutput(documented(name.group(1)), described);

    Matcher getFunction = GET_FUNCTION.matcher(example);
    assertThat(getFunction.find()).as("spark.catalog.getFunction in the example").isTrue();
    String qualified = getFunction.group(1);
    assertThat(qualified).startsWith("losslens.");
    FunctionDocsExpectations.assertCatalogDescription(
        documented(qualified.substring("losslens.".length())),
        spark.catalog().getFunction(qualified).description());
  }

  @Test
  void theReadmesPySparkRecipeIsTheExamples() throws Exception {
    String readme = Files.readString(SparkApps.home().resolve("README.md"));
    Matcher block = Pattern.compile("(?s)```python\\n(spark = \\(SparkSession\\.builder.*?)```")
        .matcher(readme);
    assertThat(block.find()).as("the README's PySpark recipe").isTrue();
    Map<String, String> readmeSettings = new LinkedHashMap<>();
    Matcher config = CONFIG.matcher(block.group(1));
    while (config.find()) {
      readmeSettings.put(config.group(1), config.group(2));
    }
    assertThat(readmeSettings.keySet()).containsExactlyElementsOf(settings.keySet());
    readmeSettings.remove("spark.jars");
    assertThat(settings).containsAllEntriesOf(readmeSettings);
    // each of its statements is one of the example's (which run above), up to white space
    Matcher query = STATEMENT.matcher(block.group(1));
    List<String> examples = statements.stream().map(PySparkExampleIT::oneLine)
        .collect(Collectors.toList());
    int queries = 0;
    while (query.find()) {
      assertThat(examples).contains(oneLine(query.group(1)));
      queries++;
    }
    assertThat(queries).isPositive();
  }

  private static List<Row> sql(int statement) {
    return spark.sql(statements.get(statement)).collectAsList();
  }

  private static FunctionDocsExpectations.Documented documented(String name) {
    return FunctionDocsExpectations.all().stream().filter(f -> f.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no function " + name));
  }

  private static String oneLine(String sql) {
    return sql.trim().replaceAll("\\s+", " ");
  }

  /**
   * The DataFrame PySpark makes of the list {@code variable} of the example (one tuple per line)
   * with the column names {@code columns}, as view {@code view}.
   */
  private static void createView(String variable, String columns, String view) {
    int start = example.indexOf("\n" + variable + " = [");
    assertThat(start).as("the list %s in the example", variable).isPositive();
    String list = example.substring(start, example.indexOf("\n]", start));
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("\"(\\w+)\"").matcher(columns);
    while (name.find()) {
      names.add(name.group(1));
    }
    List<Row> rows = new ArrayList<>();
    DataType[] types = null;
    Matcher row = ROW.matcher(list);
    while (row.find()) {
      List<Object> values = new ArrayList<>();
      List<DataType> rowTypes = new ArrayList<>();
      Matcher value = VALUE.matcher(row.group(1));
      while (value.find()) {
        if (value.group(1) != null) {
          values.add(Vectors.dense(Arrays.stream(value.group(1).split(","))
              .mapToDouble(x -> Double.parseDouble(x.trim())).toArray()));
          rowTypes.add(SQLDataTypes.VectorType());
        } else if (value.group(2) != null) {
          values.add(Double.parseDouble(value.group(2)));
          rowTypes.add(DataTypes.DoubleType);
        } else {
          values.add(Long.parseLong(value.group(3)));
          rowTypes.add(DataTypes.LongType);
        }
      }
      assertThat(values).as("a row of %s: %s", variable, row.group(1)).hasSameSizeAs(names);
      DataType[] these = rowTypes.toArray(new DataType[0]);
      assertThat(types == null || Arrays.equals(types, these))
          .as("the same types in every row of %s", variable).isTrue();
      types = these;
      rows.add(RowFactory.create(values.toArray()));
    }
    assertThat(rows).as("rows of %s", variable).isNotEmpty();
    StructType schema = new StructType();
    for (int i = 0; i < names.size(); i++) {
      schema = schema.add(names.get(i), types[i]);
    }
    spark.createDataFrame(rows, schema).createOrReplaceTempView(view);
  }
}
