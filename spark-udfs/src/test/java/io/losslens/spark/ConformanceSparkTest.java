package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.Param;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scala.collection.JavaConverters;

/**
 * Conformance of every SQL function, as registered by {@link LossFunctions#register}, with the
 * contract ({@code shared/design/sql-functions.md}) on an independent set of cases. With
 * {@code -Dlosslens.conformance.prefix=losslens.} the same cases call the functions of
 * {@link LossCatalog} instead (the {@code catalog-conformance} surefire execution).
 *
 * <p>The cases and their expected values come from {@code src/test/provenance/conformance_cases.py}
 * (the contract's formulas in mpmath at 50 digits, at the double inputs, rounded once to double;
 * gradients cross-checked by high-precision finite differences), never from the code under test.
 *
 * <p>Each case runs through Spark SQL in every input representation it fits: numbers as DOUBLE and
 * FLOAT (where exact), labels also as INT, BIGINT and DECIMAL(38, 18) (where exact); vectors as
 * array&lt;double&gt;, array&lt;float&gt; (where exact), dense and sparse Spark ML vectors (where
 * there is no NULL element); one argument at a time in another representation, and all at once
 * (all FLOAT, all dense, all sparse). Each runs on two paths: a view over an RDD (whole-stage
 * generated code, in tasks) and a view over local rows (interpreted by the optimizer), and once more
 * with every argument a SQL literal (where all are finite: constant arguments are checked at
 * analysis). NULL cases also run with the NULL arguments from a column beside literal others.
 * All cases of one function and arity share one view and one query per path; each invalid case
 * needs failing queries of its own.
 *
 * <p>Value cases: results within {@code max(1e-12 * |expected|, 1e-15)}, element-wise for arrays,
 * and the same from the {@code try_} twin (base, all-FLOAT, all-dense, all-sparse and literal
 * forms). NULL cases: NULL. Invalid cases: the query fails with a message (anywhere in the cause
 * chain) naming the function ({@code name:}) and holding every expected substring (argument,
 * offending value), and the {@code try_} twin returns NULL.
 */
class ConformanceSparkTest {
  private static final String RESOURCE = "/conformance/cases.jsonl";
  /** Prepended to every function name: {@code losslens.} to test the catalog's functions. */
  private static final String PREFIX = System.getProperty("losslens.conformance.prefix", "");
  private static final double RELATIVE = 1e-12;
  private static final double ABSOLUTE = 1e-15;
  /** A one-row local relation: calls with literal arguments are evaluated by the optimizer. */
  private static final String ONE_ROW = " FROM (VALUES (1)) AS one_row(x)";

  /** Loggers that print a stack trace for every (expected) failing task. */
  private static final List<String> TASK_FAILURE_LOGGERS = List.of(
      "org.apache.spark.executor.Executor", "org.apache.spark.scheduler.TaskSetManager");
  private static final Map<String, Level> SAVED_LEVELS = new HashMap<>();

  /** The contract's signatures (argument names, {@code []} marks a vector, required count). */
  private static final Map<String, Signature> SIGNATURES = new LinkedHashMap<>();

  static {
    sig("binary_cross_entropy", 2, "label", "p", "eps");
    sig("binary_cross_entropy_logits", 2, "label", "z");
    sig("hinge_loss", 2, "label", "score");
    sig("squared_hinge_loss", 2, "label", "score");
    sig("focal_loss", 2, "label", "p", "alpha", "gamma", "eps");
    sig("focal_loss_logits", 2, "label", "z", "alpha", "gamma");
    sig("cross_entropy", 2, "label", "probs[]", "eps");
    sig("cross_entropy_logits", 2, "label", "logits[]");
    sig("soft_cross_entropy", 2, "target[]", "probs[]", "eps");
    sig("weighted_cross_entropy", 3, "label", "probs[]", "class_weights[]", "eps");
    sig("multilabel_cross_entropy", 2, "labels[]", "probs[]", "eps");
    sig("multiclass_hinge_loss", 2, "label", "scores[]");
    sig("multiclass_squared_hinge_loss", 2, "label", "scores[]");
    sig("multiclass_focal_loss", 2, "label", "probs[]", "gamma", "alphas[]", "eps");
    sig("kl_divergence", 2, "p[]", "q[]", "eps");
    sig("js_divergence", 2, "p[]", "q[]");
    sig("binary_cross_entropy_grad", 2, "label", "p", "eps");
    sig("binary_cross_entropy_logits_grad", 2, "label", "z");
    sig("hinge_loss_grad", 2, "label", "score");
    sig("squared_hinge_loss_grad", 2, "label", "score");
    sig("focal_loss_grad", 2, "label", "p", "alpha", "gamma", "eps");
    sig("focal_loss_logits_grad", 2, "label", "z", "alpha", "gamma");
    sig("cross_entropy_grad", 2, "label", "probs[]", "eps");
    sig("cross_entropy_logits_grad", 2, "label", "logits[]");
    sig("multiclass_hinge_loss_grad", 2, "label", "scores[]");
    sig("kl_divergence_grad", 2, "p[]", "q[]", "eps");
    // gradients beyond the contract's table
    sig("soft_cross_entropy_grad", 2, "target[]", "probs[]", "eps");
    sig("weighted_cross_entropy_grad", 3, "label", "probs[]", "class_weights[]", "eps");
    sig("multilabel_cross_entropy_grad", 2, "labels[]", "probs[]", "eps");
    sig("multiclass_squared_hinge_loss_grad", 2, "label", "scores[]");
    sig("multiclass_focal_loss_grad", 2, "label", "probs[]", "gamma", "alphas[]", "eps");
    sig("js_divergence_grad", 2, "p[]", "q[]");
  }

  private static final List<Case> CASES = load();
  private static final Map<String, Group> GROUPS = new LinkedHashMap<>();
  private static final List<String> VIEWS = new ArrayList<>();

  static {
    for (Case c : CASES) {
      GROUPS.computeIfAbsent(c.groupKey(), k -> new Group(c.function, c.args.size())).cases.add(c);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tests
  // ---------------------------------------------------------------------------------------------

  static Stream<Named<Case>> valueAndNullCases() {
    return CASES.stream().filter(c -> !c.isInvalid()).map(c -> Named.of(c.toString(), c));
  }

  static Stream<Named<Case>> invalidCases() {
    return CASES.stream().filter(Case::isInvalid).map(c -> Named.of(c.toString(), c));
  }

  @ParameterizedTest
  @MethodSource("valueAndNullCases")
  void matchesExpectedValueInEveryRepresentation(Case c) {
    Group g = group(c);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path path : List.of(Path.CODEGEN, Path.INTERPRETED)) {
      for (Variant v : g.variants) {
        if (!v.fits(c)) {
          continue;
        }
        for (boolean twin : Group.twins(v)) {
          Outcome o = g.outcome(path, v, twin, c.id);
          checked++;
          String problem = o.error != null ? "failed: " + messages(o.error)
              : mismatch(o.value, c.expected);
          if (problem != null) {
            failures.add(describe(g, path, v, twin) + ": " + problem);
          }
        }
      }
    }
    if (c.literalSql() != null) {
      for (boolean twin : new boolean[] {false, true}) {
        Outcome o = g.literalOutcome(c, twin);
        checked++;
        String problem = o.error != null ? "failed: " + messages(o.error)
            : mismatch(o.value, c.expected);
        if (problem != null) {
          failures.add((twin ? "try_" : "") + "literal " + c.literalCall(twin) + ": " + problem);
        }
      }
    }
    if (c.expected == null && c.mixedSql(g, false) != null) {
      // constant arguments are checked at analysis; NULL from a column must still come first
      for (boolean twin : new boolean[] {false, true}) {
        String sql = c.mixedSql(g, twin).replace("%VIEW%", g.view(Path.INTERPRETED));
        Outcome o = run(sql);
        checked++;
        String problem = o.error != null ? "failed: " + messages(o.error)
            : mismatch(o.value, null);
        if (problem != null) {
          failures.add("NULL from a column, other arguments literal: " + sql + ": " + problem);
        }
      }
    }
    assertThat(checked).as("representations evaluated").isGreaterThanOrEqualTo(4);
    assertThat(failures).as("%s expected %s (%s)", c.call(), render(c.expected), c.note).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void invalidInputFailsAndTryTwinReturnsNull(Case c) {
    Group g = group(c);
    List<String> failures = new ArrayList<>();
    // the failing call: generated code (base representation) and interpreted, in the main
    // representations; one query each, since the query fails
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {Path.CODEGEN + " " + g.base.name,
        "SELECT " + g.call(g.base, false) + " FROM " + g.view(Path.CODEGEN) + " WHERE id = " + c.id});
    for (Variant v : g.variants) {
      if (v.main && v.fits(c)) {
        calls.add(new String[] {Path.INTERPRETED + " " + v.name, "SELECT " + g.call(v, false)
            + " FROM " + g.view(Path.INTERPRETED) + " WHERE id = " + c.id});
      }
    }
    if (c.literalSql() != null) {
      calls.add(new String[] {"literal", "SELECT " + c.literalCall(false) + ONE_ROW});
    }
    for (String[] call : calls) {
      Outcome o = run(call[1]);
      if (o.error == null) {
        failures.add(call[0] + ": did not fail but returned " + render(o.value));
      } else if (!errorMatches(o.error, c)) {
        failures.add(call[0] + ": error does not name " + c.function + ": and contain "
            + c.error + ": " + messages(o.error));
      }
    }
    // the try_ twin, in the main representations, on every path
    int twins = 0;
    for (Path path : List.of(Path.CODEGEN, Path.INTERPRETED)) {
      for (Variant v : g.variants) {
        if (v.main && v.fits(c)) {
          Outcome o = g.outcome(path, v, true, c.id);
          twins++;
          if (o.error != null || o.value != null) {
            failures.add(describe(g, path, v, true) + ": expected NULL, got "
                + (o.error != null ? "failure " + messages(o.error) : render(o.value)));
          }
        }
      }
    }
    if (c.literalSql() != null) {
      Outcome o = g.literalOutcome(c, true);
      twins++;
      if (o.error != null || o.value != null) {
        failures.add("literal " + c.literalCall(true) + ": expected NULL, got "
            + (o.error != null ? "failure " + messages(o.error) : render(o.value)));
      }
    }
    assertThat(twins).as("try_ representations evaluated").isGreaterThanOrEqualTo(2);
    assertThat(failures).as("%s must fail with %s (%s)", c.call(), c.error, c.note).isEmpty();
  }

  @Test
  void casesCoverEveryFunctionAndArityOfTheRegistry() {
    Map<String, Signature> registry = new LinkedHashMap<>();
    for (LossFunction f : LossRegistry.all()) {
      List<String> names = new ArrayList<>();
      for (Param p : f.params()) {
        names.add(p.name() + (p.kind() == Param.Kind.VECTOR ? "[]" : ""));
      }
      registry.put(f.name(), new Signature(names, f.minArity()));
    }
    assertThat(registry.keySet()).as("functions").containsExactlyInAnyOrderElementsOf(
        SIGNATURES.keySet());
    assertThat(registry.keySet()).hasSize(32);
    for (Map.Entry<String, Signature> e : SIGNATURES.entrySet()) {
      Signature contract = e.getValue();
      Signature registered = registry.get(e.getKey());
      assertThat(registered.args).as("arguments of %s", e.getKey()).isEqualTo(contract.args);
      assertThat(registered.required).as("required arguments of %s", e.getKey())
          .isEqualTo(contract.required);
      for (int arity = contract.required; arity <= contract.args.size(); arity++) {
        int n = arity;
        assertThat(CASES).as("value cases of %s with %d arguments", e.getKey(), n)
            .anyMatch(c -> c.function.equals(e.getKey()) && c.args.size() == n
                && c.expected != null);
      }
      assertThat(CASES).as("NULL cases of %s", e.getKey())
          .anyMatch(c -> c.function.equals(e.getKey()) && !c.isInvalid() && c.expected == null);
      assertThat(CASES).as("invalid cases of %s", e.getKey())
          .anyMatch(c -> c.function.equals(e.getKey()) && c.isInvalid());
    }
    assertThat(CASES.stream().filter(c -> c.expected != null).count()).isGreaterThanOrEqualTo(250);
  }

  @BeforeAll
  static void quietExpectedTaskFailures() {
    SharedSpark.session(); // Spark configures logging when it starts
    for (String logger : TASK_FAILURE_LOGGERS) {
      SAVED_LEVELS.put(logger, LogManager.getLogger(logger).getLevel());
      Configurator.setLevel(logger, Level.OFF);
    }
  }

  @AfterAll
  static void restoreLogging() {
    SAVED_LEVELS.forEach(Configurator::setLevel);
  }

  @AfterAll
  static void dropViews() {
    if (!VIEWS.isEmpty()) {
      SparkSession spark = SharedSpark.session();
      for (String view : VIEWS) {
        spark.catalog().dropTempView(view);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Cases
  // ---------------------------------------------------------------------------------------------

  private static final class Signature {
    final List<String> args;
    final int required;

    Signature(List<String> args, int required) {
      this.args = args;
      this.required = required;
    }

    boolean isVector(int i) {
      return args.get(i).endsWith("[]");
    }

    String name(int i) {
      return args.get(i).replace("[]", "");
    }
  }

  private static void sig(String name, int required, String... args) {
    SIGNATURES.put(name, new Signature(List.of(args), required));
  }

  static final class Case {
    final int id;
    final String function;
    final List<Object> args;      // Double, List<Double> (elements may be null), or null
    final Object expected;        // Double, List<Double>, or null
    final List<String> error;     // null unless invalid
    final String note;

    Case(int id, String function, List<Object> args, Object expected, List<String> error,
        String note) {
      this.id = id;
      this.function = function;
      this.args = args;
      this.expected = expected;
      this.error = error;
      this.note = note;
    }

    boolean isInvalid() {
      return error != null;
    }

    String groupKey() {
      return function + "/" + args.size();
    }

    Signature signature() {
      return SIGNATURES.get(function);
    }

    String call() {
      return function + args.stream().map(ConformanceSparkTest::render)
          .collect(Collectors.joining(", ", "(", ")"));
    }

    /** All arguments as SQL literals, or null when one is not finite (NaN cannot be a literal). */
    String literalSql() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < args.size(); i++) {
        String lit = literal(args.get(i), signature().isVector(i));
        if (lit == null) {
          return null;
        }
        s.append(i == 0 ? "" : ", ").append(lit);
      }
      return s.toString();
    }

    String literalCall(boolean twin) {
      return PREFIX + (twin ? "try_" : "") + function + "(" + literalSql() + ")";
    }

    /**
     * The call with each argument that is or holds NULL read from the view's base column and
     * the others as literals: a NULL row beside constant (possibly invalid) parameters. Null when
     * there is no literal argument to combine with.
     */
    String mixedSql(Group g, boolean twin) {
      List<String> parts = new ArrayList<>();
      boolean anyLiteral = false;
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        boolean vector = signature().isVector(i);
        String lit = holdsNull(a) ? null : literal(a, vector);
        if (lit == null) {
          parts.add(column(i, vector ? Rep.ARRAY : Rep.DOUBLE));
        } else {
          parts.add(lit);
          anyLiteral = true;
        }
      }
      if (!anyLiteral) {
        return null;
      }
      return "SELECT " + PREFIX + (twin ? "try_" : "") + function + "(" + String.join(", ", parts)
          + ") FROM %VIEW% WHERE id = " + id;
    }

    @Override
    public String toString() {
      String s = "#" + id + " " + call();
      if (s.length() > 160) {
        s = s.substring(0, 157) + "...";
      }
      return s + " -- " + note;
    }
  }

  private static boolean holdsNull(Object arg) {
    return arg == null || (arg instanceof List && ((List<?>) arg).contains(null));
  }

  private static List<Case> load() {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = ConformanceSparkTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String function = n.get("function").asText();
        if (!SIGNATURES.containsKey(function)) {
          throw new IllegalStateException("case for unknown function: " + line);
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.get("args")) {
          args.add(a.isArray() ? numbers(a) : a.isNull() ? null : number(a));
        }
        JsonNode e = n.get("expected");
        Object expected = e == null || e.isNull() ? null : e.isArray() ? numbers(e) : number(e);
        JsonNode err = n.get("error");
        List<String> error = null;
        if (err != null && !err.isNull()) {
          error = new ArrayList<>();
          if (err.isArray()) {
            for (JsonNode s : err) {
              error.add(s.asText());
            }
          } else {
            error.add(err.asText());
          }
        }
        cases.add(new Case(cases.size() + 1, function, Collections.unmodifiableList(args),
            expected, error, n.path("note").asText("")));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return Collections.unmodifiableList(cases);
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> out = new ArrayList<>();
    for (JsonNode x : array) {
      out.add(x.isNull() ? null : number(x));
    }
    return Collections.unmodifiableList(out);
  }

  private static double number(JsonNode n) {
    if (n.isTextual()) {
      switch (n.asText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          throw new IllegalArgumentException("not a number: " + n);
      }
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException("not a number: " + n);
    }
    return n.doubleValue();
  }

  // ---------------------------------------------------------------------------------------------
  // Representations
  // ---------------------------------------------------------------------------------------------

  enum Rep {
    DOUBLE("d", DataTypes.DoubleType, false),
    FLOAT("f", DataTypes.FloatType, false),
    INT("i", DataTypes.IntegerType, false),
    BIGINT("l", DataTypes.LongType, false),
    DECIMAL("m", DataTypes.createDecimalType(38, 18), false),
    ARRAY("arr", DataTypes.createArrayType(DataTypes.DoubleType, true), true),
    FLOAT_ARRAY("farr", DataTypes.createArrayType(DataTypes.FloatType, true), true),
    DENSE("dense", SQLDataTypes.VectorType(), true),
    SPARSE("sparse", SQLDataTypes.VectorType(), true);

    static final List<Rep> SCALARS = List.of(DOUBLE, FLOAT, INT, BIGINT, DECIMAL);
    static final List<Rep> VECTORS = List.of(ARRAY, FLOAT_ARRAY, DENSE, SPARSE);

    final String suffix;
    final DataType type;
    final boolean vector;

    Rep(String suffix, DataType type, boolean vector) {
      this.suffix = suffix;
      this.type = type;
      this.vector = vector;
    }

    /** Whether {@code arg} has this representation with exactly its value. */
    boolean fits(Object arg) {
      if (arg == null) {
        return true;
      }
      if (vector) {
        @SuppressWarnings("unchecked")
        List<Double> v = (List<Double>) arg;
        switch (this) {
          case FLOAT_ARRAY:
            return v.stream().allMatch(x -> x == null || floatExact(x));
          case DENSE:
          case SPARSE:
            return !v.contains(null);
          default:
            return true;
        }
      }
      double x = (Double) arg;
      switch (this) {
        case FLOAT:
          return floatExact(x);
        case INT:
          return whole(x) && Math.abs(x) <= Integer.MAX_VALUE;
        case BIGINT:
          return whole(x) && Math.abs(x) < 0x1p62;
        case DECIMAL:
          return decimal(x) != null;
        default:
          return true;
      }
    }

    /** The Row value of {@code arg} in this representation (null if it does not fit). */
    Object value(Object arg) {
      if (arg == null || !fits(arg)) {
        return null;
      }
      if (vector) {
        @SuppressWarnings("unchecked")
        List<Double> v = (List<Double>) arg;
        switch (this) {
          case ARRAY:
            return seq(new ArrayList<Object>(v));
          case FLOAT_ARRAY:
            return seq(v.stream().map(x -> x == null ? null : (Object) x.floatValue())
                .collect(Collectors.toList()));
          case DENSE:
            return Vectors.dense(v.stream().mapToDouble(Double::doubleValue).toArray());
          default: {
            int[] indices = java.util.stream.IntStream.range(0, v.size())
                .filter(i -> v.get(i) != 0.0).toArray();
            double[] values = Arrays.stream(indices).mapToDouble(v::get).toArray();
            return Vectors.sparse(v.size(), indices, values);
          }
        }
      }
      double x = (Double) arg;
      switch (this) {
        case FLOAT:
          return (float) x;
        case INT:
          return (int) x;
        case BIGINT:
          return (long) x;
        case DECIMAL:
          return decimal(x);
        default:
          return x;
      }
    }
  }

  /** Row values of array columns are Scala sequences. */
  private static scala.collection.Seq<Object> seq(List<Object> values) {
    return JavaConverters.asScalaBuffer(values).toList();
  }

  private static boolean floatExact(double x) {
    return Double.isNaN(x) || (double) (float) x == x;
  }

  private static boolean whole(double x) {
    return Double.isFinite(x) && x == Math.rint(x);
  }

  /** {@code x} exactly as DECIMAL(38, 18), or null. */
  private static BigDecimal decimal(double x) {
    if (!Double.isFinite(x)) {
      return null;
    }
    BigDecimal d = new BigDecimal(x).stripTrailingZeros();
    if (d.scale() > 18 || d.precision() - d.scale() > 20) {
      return null;
    }
    return d.setScale(18);
  }

  /** One representation per argument position. */
  static final class Variant {
    final String name;
    final Rep[] reps;
    final boolean main;     // also used for the failing call of invalid cases

    Variant(String name, Rep[] reps, boolean main) {
      this.name = name;
      this.reps = reps;
      this.main = main;
    }

    boolean fits(Case c) {
      for (int i = 0; i < reps.length; i++) {
        if (!reps[i].fits(c.args.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static String column(int position, Rep rep) {
    return "a" + position + "_" + rep.suffix;
  }

  private static String literal(Object arg, boolean vector) {
    if (arg == null) {
      return vector ? "CAST(NULL AS ARRAY<DOUBLE>)" : "CAST(NULL AS DOUBLE)";
    }
    if (!vector) {
      return literal((Double) arg);
    }
    @SuppressWarnings("unchecked")
    List<Double> v = (List<Double>) arg;
    if (v.isEmpty()) {
      return "CAST(array() AS ARRAY<DOUBLE>)";
    }
    List<String> parts = new ArrayList<>();
    for (Double x : v) {
      String lit = x == null ? "CAST(NULL AS DOUBLE)" : literal(x);
      if (lit == null) {
        return null;
      }
      parts.add(lit);
    }
    return "array(" + String.join(", ", parts) + ")";
  }

  /** A DOUBLE literal with exactly the value {@code x} (Double.toString round-trips). */
  private static String literal(double x) {
    if (!Double.isFinite(x)) {
      return null;
    }
    String magnitude = Double.toString(Math.abs(x)) + "D";
    return x < 0 || 1 / x < 0 ? "(-" + magnitude + ")" : magnitude;
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation: one group (view) per function and arity
  // ---------------------------------------------------------------------------------------------

  enum Path {
    /** A view over an RDD: the projection runs in tasks, in whole-stage generated code. */
    CODEGEN,
    /** A view over local rows: the optimizer evaluates the projection, interpreted. */
    INTERPRETED
  }

  static final class Outcome {
    final Object value;
    final Throwable error;

    Outcome(Object value, Throwable error) {
      this.value = value;
      this.error = error;
    }
  }

  static final class Group {
    final String function;
    final int arity;
    final List<Case> cases = new ArrayList<>();
    final Signature signature;
    List<Variant> variants;
    Variant base;
    final Map<Path, String> views = new HashMap<>();
    /** path / variant / twin -> case id -> outcome. */
    final Map<String, Map<Integer, Outcome>> results = new HashMap<>();
    final Map<String, Outcome> literal = new HashMap<>();
    boolean evaluated;
    Throwable failure;

    Group(String function, int arity) {
      this.function = function;
      this.arity = arity;
      this.signature = SIGNATURES.get(function);
    }

    String view(Path path) {
      return views.get(path);
    }

    String call(Variant v, boolean twin) {
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < arity; i++) {
        cols.add(column(i, v.reps[i]));
      }
      return PREFIX + (twin ? "try_" : "") + function + "(" + String.join(", ", cols) + ")";
    }

    Outcome outcome(Path path, Variant v, boolean twin, int id) {
      Map<Integer, Outcome> byId = results.get(key(path, v, twin));
      Outcome o = byId == null ? null : byId.get(id);
      if (o == null) {
        // not part of a batch: evaluate alone
        o = run("SELECT " + call(v, twin) + " FROM " + view(path) + " WHERE id = " + id);
        results.computeIfAbsent(key(path, v, twin), k -> new HashMap<>()).put(id, o);
      }
      return o;
    }

    Outcome literalOutcome(Case c, boolean twin) {
      Outcome o = literal.get(c.id + "/" + twin);
      if (o == null) {
        o = run("SELECT " + c.literalCall(twin) + ONE_ROW);
        literal.put(c.id + "/" + twin, o);
      }
      return o;
    }

    private static String key(Path path, Variant v, boolean twin) {
      return path + "/" + v.name + "/" + twin;
    }

    void evaluate(SparkSession spark) {
      variants = variants();
      base = variants.get(0);
      StructType schema = schema();
      List<Row> rows = new ArrayList<>();
      for (Case c : cases) {
        Object[] values = new Object[schema.fields().length];
        values[0] = c.id;
        values[1] = c.isInvalid();
        int k = 2;
        for (int i = 0; i < arity; i++) {
          for (Rep r : signature.isVector(i) ? Rep.VECTORS : Rep.SCALARS) {
            values[k++] = r.value(c.args.get(i));
          }
        }
        rows.add(RowFactory.create(values));
      }
      String name = "conformance_" + function + "_" + arity;
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      spark.createDataFrame(jsc.parallelize(rows, 1), schema).createOrReplaceTempView(name + "_rdd");
      spark.createDataFrame(rows, schema).createOrReplaceTempView(name + "_local");
      views.put(Path.CODEGEN, name + "_rdd");
      views.put(Path.INTERPRETED, name + "_local");
      VIEWS.add(name + "_rdd");
      VIEWS.add(name + "_local");
      for (Path path : Path.values()) {
        batch(spark, path);
      }
      batchLiterals(spark);
    }

    /**
     * Every variant of the function, and the try_ twin of the main variants, over all rows at
     * once; the function itself is not called on rows of invalid cases (CASE evaluates one branch).
     */
    private void batch(SparkSession spark, Path path) {
      boolean anyInvalid = cases.stream().anyMatch(Case::isInvalid);
      List<String> exprs = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (Variant v : variants) {
        for (boolean twin : twins(v)) {
          String call = call(v, twin);
          exprs.add(twin || !anyInvalid ? call : "CASE WHEN invalid THEN NULL ELSE " + call + " END");
          keys.add(key(path, v, twin));
        }
      }
      try {
        List<Row> out = spark.sql("SELECT id, " + String.join(", ", exprs) + " FROM "
            + view(path)).collectAsList();
        for (Row row : out) {
          for (int j = 0; j < keys.size(); j++) {
            results.computeIfAbsent(keys.get(j), k -> new HashMap<>())
                .put(row.getInt(0), new Outcome(result(row, j + 1), null));
          }
        }
      } catch (Exception e) {
        // some call fails: evaluate each variant on its own; what still fails is left to
        // outcome(), one query per case
        int j = 0;
        for (Variant v : variants) {
          for (boolean twin : twins(v)) {
            String expr = exprs.get(j++);
            try {
              for (Row row : spark.sql("SELECT id, " + expr + " FROM " + view(path))
                  .collectAsList()) {
                results.computeIfAbsent(key(path, v, twin), k -> new HashMap<>())
                    .put(row.getInt(0), new Outcome(result(row, 1), null));
              }
            } catch (Exception perVariant) {
              results.remove(key(path, v, twin));
            }
          }
        }
      }
    }

    static boolean[] twins(Variant v) {
      return v.main ? new boolean[] {false, true} : new boolean[] {false};
    }

    private void batchLiterals(SparkSession spark) {
      List<String> exprs = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (Case c : cases) {
        if (c.literalSql() != null) {
          for (boolean twin : c.isInvalid() ? new boolean[] {true} : new boolean[] {false, true}) {
            exprs.add(c.literalCall(twin));
            keys.add(c.id + "/" + twin);
          }
        }
      }
      if (exprs.isEmpty()) {
        return;
      }
      try {
        Row row = spark.sql("SELECT " + String.join(", ", exprs) + ONE_ROW).collectAsList().get(0);
        for (int j = 0; j < keys.size(); j++) {
          literal.put(keys.get(j), new Outcome(result(row, j), null));
        }
      } catch (Exception e) {
        // left to literalOutcome(): one query per case
      }
    }

    private StructType schema() {
      List<StructField> fields = new ArrayList<>();
      fields.add(DataTypes.createStructField("id", DataTypes.IntegerType, false));
      fields.add(DataTypes.createStructField("invalid", DataTypes.BooleanType, false));
      for (int i = 0; i < arity; i++) {
        for (Rep r : signature.isVector(i) ? Rep.VECTORS : Rep.SCALARS) {
          fields.add(DataTypes.createStructField(column(i, r), r.type, true));
        }
      }
      return DataTypes.createStructType(fields);
    }

    /**
     * The base representation (DOUBLE, array&lt;double&gt;); each position alone in each other
     * representation; all numbers FLOAT with all vectors array&lt;float&gt;; all vectors dense;
     * all vectors sparse. Only those that fit at least one case of the group.
     */
    private List<Variant> variants() {
      Rep[] baseReps = new Rep[arity];
      for (int i = 0; i < arity; i++) {
        baseReps[i] = signature.isVector(i) ? Rep.ARRAY : Rep.DOUBLE;
      }
      List<Variant> all = new ArrayList<>();
      all.add(new Variant("base", baseReps, true));
      for (int i = 0; i < arity; i++) {
        for (Rep r : signature.isVector(i) ? Rep.VECTORS : Rep.SCALARS) {
          // INT, BIGINT and DECIMAL for labels (they widen like any number: one position shows it)
          boolean integral = r == Rep.INT || r == Rep.BIGINT || r == Rep.DECIMAL;
          if (r != baseReps[i] && (!integral || signature.name(i).equals("label"))) {
            Rep[] reps = baseReps.clone();
            reps[i] = r;
            all.add(new Variant(signature.name(i) + ":" + r.name().toLowerCase(), reps,
                false));
          }
        }
      }
      Rep[] floats = new Rep[arity];
      Rep[] dense = baseReps.clone();
      Rep[] sparse = baseReps.clone();
      int vectors = 0;
      for (int i = 0; i < arity; i++) {
        boolean vector = signature.isVector(i);
        floats[i] = vector ? Rep.FLOAT_ARRAY : Rep.FLOAT;
        if (vector) {
          dense[i] = Rep.DENSE;
          sparse[i] = Rep.SPARSE;
          vectors++;
        }
      }
      all.add(new Variant("all:float", floats, true));
      if (vectors > 0) {
        all.add(new Variant("all:dense", dense, true));
        all.add(new Variant("all:sparse", sparse, true));
      }
      // keep one variant per distinct representation, and only those that fit some case
      Map<String, Variant> distinct = new LinkedHashMap<>();
      for (Variant v : all) {
        String k = Arrays.toString(v.reps);
        Variant seen = distinct.get(k);
        if (seen == null) {
          distinct.put(k, v);
        } else if (v.main && !seen.main) {
          distinct.put(k, new Variant(seen.name, seen.reps, true));
        }
      }
      return distinct.values().stream().filter(v -> cases.stream().anyMatch(v::fits))
          .collect(Collectors.toList());
    }
  }

  private static synchronized Group group(Case c) {
    Group g = GROUPS.get(c.groupKey());
    if (g.failure == null && !g.evaluated) {
      try {
        g.evaluate(SharedSpark.session());
        g.evaluated = true;
      } catch (RuntimeException | Error e) {
        g.failure = e;
      }
    }
    if (g.failure != null) {
      throw new IllegalStateException("could not evaluate " + c.groupKey(), g.failure);
    }
    return g;
  }

  private static Outcome run(String sql) {
    try {
      List<Row> out = SharedSpark.session().sql(sql).collectAsList();
      if (out.size() != 1) {
        return new Outcome(null, new AssertionError(out.size() + " rows from " + sql));
      }
      return new Outcome(result(out.get(0), 0), null);
    } catch (Exception e) {
      return new Outcome(null, e);
    }
  }

  private static Object result(Row row, int i) {
    if (row.isNullAt(i)) {
      return null;
    }
    Object o = row.get(i);
    if (o instanceof scala.collection.Seq) {
      List<Object> out = new ArrayList<>();
      for (Object x : JavaConverters.seqAsJavaList((scala.collection.Seq<?>) o)) {
        out.add(x);
      }
      return out;
    }
    return o;
  }

  // ---------------------------------------------------------------------------------------------
  // Comparison
  // ---------------------------------------------------------------------------------------------

  /** Null when {@code actual} matches {@code expected} within the tolerance, else a description. */
  private static String mismatch(Object actual, Object expected) {
    if (expected == null) {
      return actual == null ? null : "expected NULL, got " + render(actual);
    }
    if (actual == null) {
      return "expected " + render(expected) + ", got NULL";
    }
    if (expected instanceof Double) {
      if (!(actual instanceof Double)) {
        return "expected a double, got " + render(actual);
      }
      return close((Double) actual, (Double) expected) ? null
          : "expected " + render(expected) + ", got " + render(actual) + " (difference "
              + Math.abs((Double) actual - (Double) expected) + ")";
    }
    List<?> e = (List<?>) expected;
    if (!(actual instanceof List) || ((List<?>) actual).size() != e.size()) {
      return "expected " + render(expected) + ", got " + render(actual);
    }
    List<?> a = (List<?>) actual;
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) {
      if (!(a.get(i) instanceof Double) || !close((Double) a.get(i), (Double) e.get(i))) {
        bad.add("[" + i + "] expected " + e.get(i) + ", got " + a.get(i));
      }
    }
    return bad.isEmpty() ? null : String.join("; ", bad);
  }

  private static boolean close(double actual, double expected) {
    if (!Double.isFinite(expected)) {
      return Double.compare(actual, expected) == 0;
    }
    return Math.abs(actual - expected) <= Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
  }

  private static boolean errorMatches(Throwable error, Case c) {
    Pattern name = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(c.function) + ":");
    for (Throwable t : chain(error)) {
      String m = t.getMessage();
      if (m != null && name.matcher(m).find() && c.error.stream().allMatch(m::contains)) {
        return true;
      }
    }
    return false;
  }

  private static List<Throwable> chain(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      out.add(t);
    }
    return out;
  }

  private static String messages(Throwable error) {
    Set<String> out = new LinkedHashSet<>();
    for (Throwable t : chain(error)) {
      String m = String.valueOf(t.getMessage());
      int cut = m.indexOf('\n');
      out.add(t.getClass().getSimpleName() + ": " + (cut > 0 ? m.substring(0, cut) : m));
    }
    return String.join(" <- ", out);
  }

  private static String describe(Group g, Path path, Variant v, boolean twin) {
    return path + " " + v.name + " " + g.call(v, twin);
  }

  private static String render(Object x) {
    if (x == null) {
      return "NULL";
    }
    if (x instanceof List) {
      List<?> l = (List<?>) x;
      if (l.size() > 8) {
        return "[" + l.subList(0, 8).stream().map(ConformanceSparkTest::render)
            .collect(Collectors.joining(", ")) + ", ... (" + l.size() + ")]";
      }
      return l.stream().map(ConformanceSparkTest::render).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(x);
  }
}
