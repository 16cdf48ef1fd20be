package io.losslens.loss.eval;

import io.losslens.loss.Check;
import io.losslens.loss.stats.WeightedLossState.Normalization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of the SQL aggregates, given as a {@code map<string, string>} like the options of
 * Spark's {@code from_json}: {@code map('gamma', '1', 'mode', 'DROPMALFORMED')}. Loss
 * parameters ({@code eps}, {@code gamma}, {@code alpha}, {@code alphas}, {@code class_weights})
 * apply to every configured loss that takes them and must apply to at least one; the others
 * configure the aggregation. Unknown keys are errors, never ignored.
 */
public final class SqlOptions {
  private SqlOptions() {}

  /** The losses and the aggregation options a call configures. */
  public static final class Parsed {
    private final List<LossSpec> losses;
    private final AggregationOptions options;

    Parsed(List<LossSpec> losses, AggregationOptions options) {
      this.losses = losses;
      this.options = options;
    }

    public List<LossSpec> losses() {
      return losses;
    }

    public AggregationOptions options() {
      return options;
    }
  }

  /** The option keys of {@code loss_summary} and {@code loss_mean}. */
  public static final List<String> WEIGHTED_KEYS = List.of("eps", "gamma", "alpha", "alphas",
      "class_weights", "mode", "normalization", "num_classes");
  /** The option keys of {@code per_class_loss}. */
  public static final List<String> PER_CLASS_KEYS = List.of("eps", "gamma", "alpha", "alphas",
      "class_weights", "mode", "num_classes", "beta");

  /**
   * Parses the losses and options of a call of {@code function}; {@code perClass} selects the
   * keys of {@code per_class_loss}. {@code class_weights} applies as {@link #withClassWeights}
   * says.
   */
  public static Parsed parse(String function, List<String> lossNames, Map<String, String> options,
      boolean perClass) {
    List<LossSpec> losses = new ArrayList<>();
    for (String name : lossNames) {
      try {
        losses.add(LossSpec.of(name));
      } catch (IllegalArgumentException e) {
        throw Check.fail(function, e.getMessage());
      }
    }
    if (losses.isEmpty()) {
      throw Check.fail(function, "needs at least one loss");
    }
    List<String> keys = perClass ? PER_CLASS_KEYS : WEIGHTED_KEYS;
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : options.entrySet()) {
      String key = e.getKey().trim().toLowerCase(Locale.ROOT);
      if (!keys.contains(key)) {
        throw Check.fail(function, "unknown option '" + e.getKey() + "'; the options are "
            + String.join(", ", keys));
      }
      if (e.getValue() == null) {
        throw Check.fail(function, "option " + key + " is NULL");
      }
      if (byKey.put(key, e.getValue().trim()) != null) {
        throw Check.fail(function, "option " + key + " is given twice");
      }
    }
    AggregationOptions aggregation = AggregationOptions.defaults(function);
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      switch (key) {
        case "mode": aggregation = aggregation.withMode(mode(function, value)); break;
        case "normalization":
          aggregation = aggregation.withNormalization(normalization(function, value));
          break;
        case "num_classes": aggregation = aggregation.withNumClasses(integer(function, key, value));
          break;
        case "beta": aggregation = aggregation.withBeta(number(function, key, value)); break;
        case "class_weights":
          Parsed weighted = withClassWeights(losses, aggregation, vector(function, key, value));
          losses = weighted.losses;
          aggregation = weighted.options;
          break;
        default: losses = withParam(function, losses, LossParam.valueOf(key.toUpperCase(
            Locale.ROOT)), value);
      }
    }
    return new Parsed(List.copyOf(losses), aggregation);
  }

  /**
   * Class weights as every aggregation applies them: the parameter of the losses that take them
   * ({@code weighted_cross_entropy}, whose rows are then not weighted by class a second time)
   * when any of {@code losses} does, and otherwise the class weights of the rows (each row's
   * weight is its sample weight times the weight of its true class).
   */
  public static Parsed withClassWeights(List<LossSpec> losses, AggregationOptions options,
      double[] classWeights) {
    if (losses.stream().noneMatch(l -> l.kind().takes(LossParam.CLASS_WEIGHTS))) {
      return new Parsed(List.copyOf(losses), options.withClassWeights(classWeights));
    }
    List<LossSpec> configured = new ArrayList<>();
    for (LossSpec loss : losses) {
      configured.add(loss.kind().takes(LossParam.CLASS_WEIGHTS)
          ? loss.withClassWeights(classWeights) : loss);
    }
    return new Parsed(List.copyOf(configured), options);
  }

  private static List<LossSpec> withParam(String function, List<LossSpec> losses, LossParam param,
      String value) {
    List<LossSpec> configured = new ArrayList<>();
    boolean applied = false;
    for (LossSpec loss : losses) {
      if (!loss.kind().takes(param)) {
        configured.add(loss);
        continue;
      }
      applied = true;
      String key = param.sqlName();
      configured.add(loss.with(param, param.isVector() ? vector(function, key, value)
          : new double[] {number(function, key, value)}));
    }
    if (!applied) {
      throw Check.fail(function, "option " + param.sqlName() + " applies to none of the losses ("
          + String.join(", ", losses.stream().map(LossSpec::name).toArray(String[]::new))
          + "); it is a parameter of " + String.join(", ", LossKind.taking(param).stream()
              .map(LossKind::sqlName).toArray(String[]::new)));
    }
    return configured;
  }

  private static AggregationOptions.Mode mode(String function, String value) {
    AggregationOptions.Mode mode = AggregationOptions.Mode.named(value);
    if (mode != null) {
      return mode;
    }
    throw Check.fail(function, "option mode must be FAILFAST or DROPMALFORMED, but was '" + value
        + "'" + (value.equalsIgnoreCase("PERMISSIVE")
            ? " (no loss can be computed from a malformed row; DROPMALFORMED counts them)" : ""));
  }

  private static Normalization normalization(String function, String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "weight": return Normalization.BY_WEIGHT;
      case "rows": return Normalization.BY_ROWS;
      default: throw Check.fail(function, "option normalization must be 'weight' (sum(w * loss) "
          + "/ sum(w)) or 'rows' (sum(w * loss) / rows), but was '" + value + "'");
    }
  }

  private static double number(String function, String key, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw Check.fail(function, "option " + key + " must be a number, but was '" + value + "'");
    }
  }

  private static int integer(String function, String key, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw Check.fail(function, "option " + key + " must be a whole number, but was '" + value
          + "'");
    }
  }

  /** {@code "0.25, 0.75"}, optionally in brackets: {@code "[0.25, 0.75]"}. */
  private static double[] vector(String function, String key, String value) {
    String list = value.startsWith("[") && value.endsWith("]")
        ? value.substring(1, value.length() - 1) : value;
    String[] parts = list.split(",", -1);
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw Check.fail(function, "option " + key + " must be a list of numbers such as "
            + "'0.25, 0.75', but was '" + value + "'");
      }
    }
    return out;
  }
}
