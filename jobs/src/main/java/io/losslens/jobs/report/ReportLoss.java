package io.losslens.jobs.report;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossParam;
import io.losslens.loss.eval.LossSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One loss of a report: the generic name the user gave and the contract loss, with its
 * parameters, that computes it for the prediction kind.
 */
public final class ReportLoss {
  private final GenericLoss generic;
  private final LossSpec spec;
  /** The parameters set so far, so that one given twice is an error. */
  private final Set<LossParam> set;

  private ReportLoss(GenericLoss generic, LossSpec spec, Set<LossParam> set) {
    this.generic = generic;
    this.spec = spec;
    this.set = set;
  }

  /**
   * Parses a {@code --losses} value such as
   * {@code cross_entropy,focal_loss:alpha=0.25,gamma=2,hinge_loss}: losses separated by commas,
   * each optionally followed by {@code :} and its parameters, also comma-separated; a list
   * parameter is bracketed ({@code focal_loss:alphas=[0.25,0.5,1]}). Throws an
   * {@link IllegalArgumentException} that names the loss, the value and the rule.
   */
  public static List<ReportLoss> parseAll(String text, PredictionKind kind) {
    List<ReportLoss> losses = new ArrayList<>();
    Set<GenericLoss> seen = new LinkedHashSet<>();
    for (String item : splitTopLevel(text)) {
      int colon = item.indexOf(':');
      boolean parameter = colon < 0 && item.contains("=");
      if (parameter) {
        if (losses.isEmpty()) {
          throw new IllegalArgumentException("parameter '" + item + "' comes before any loss; "
              + "write it after the loss and a colon, as in focal_loss:gamma=2");
        }
        ReportLoss last = losses.remove(losses.size() - 1);
        losses.add(last.with(item));
        continue;
      }
      String name = colon < 0 ? item : item.substring(0, colon);
      if (name.isBlank()) {
        throw new IllegalArgumentException("a loss name is empty in '" + text + "'");
      }
      if (colon < 0 && !losses.isEmpty() && losses.get(losses.size() - 1).takes(name)) {
        losses.get(losses.size() - 1).with(name); // a parameter without its value: says so
      }
      GenericLoss generic = GenericLoss.parse(name);
      if (!seen.add(generic)) {
        throw new IllegalArgumentException(generic.optionName() + " is given twice");
      }
      ReportLoss loss = new ReportLoss(generic, LossSpec.of(generic.on(kind)), Set.of());
      if (colon >= 0 && item.substring(colon + 1).isBlank()) {
        throw new IllegalArgumentException(generic.optionName() + ": nothing follows ':'; "
            + "write parameters as in focal_loss:gamma=2");
      }
      losses.add(colon < 0 ? loss : loss.with(item.substring(colon + 1)));
    }
    if (losses.isEmpty()) {
      throw new IllegalArgumentException("no loss given; the losses are " + List.of(
          GenericLoss.values()).stream().map(GenericLoss::optionName)
          .collect(Collectors.joining(", ")));
    }
    return losses;
  }

  /** Splits at commas outside brackets, trimming each piece; empty pieces are errors. */
  private static List<String> splitTopLevel(String text) {
    List<String> pieces = new ArrayList<>();
    if (text.isBlank()) {
      return pieces;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String piece = text.substring(start, i).trim();
        if (piece.isEmpty()) {
          throw new IllegalArgumentException("empty item in '" + text + "'");
        }
        pieces.add(piece);
        start = i + 1;
      }
      if (depth < 0) {
        throw new IllegalArgumentException("unbalanced ']' in '" + text + "'");
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("unbalanced '[' in '" + text + "'");
    }
    return pieces;
  }

  /** This loss with the parameter {@code key=value} set. */
  private ReportLoss with(String assignment) {
    int eq = assignment.indexOf('=');
    String key = eq < 0 ? assignment.trim() : assignment.substring(0, eq).trim();
    String value = eq < 0 ? "" : assignment.substring(eq + 1).trim();
    LossKind kind = spec.kind();
    LossParam param = kind.params().stream()
        .filter(p -> p.sqlName().equals(key.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(describe() + ": unknown parameter '"
            + key + "'; its parameters are " + (kind.params().isEmpty() ? "none"
            : kind.params().stream().map(LossParam::sqlName).collect(Collectors.joining(", ")))));
    if (set.contains(param)) {
      throw new IllegalArgumentException(describe() + ": parameter " + key + " is given twice");
    }
    if (eq < 0 || value.isEmpty()) {
      throw new IllegalArgumentException(describe() + ": parameter " + key + " needs a value, "
          + "as in " + key + "=" + (param.isVector() ? "[0.25,0.5,1]" : "2"));
    }
    Set<LossParam> nowSet = EnumSet.of(param);
    nowSet.addAll(set);
    try {
      return new ReportLoss(generic, spec.with(param, param.isVector() ? numbers(key, value)
          : new double[] {number(key, value)}), nowSet);
    } catch (IllegalArgumentException e) {
      // the contract's message names the contract function; name the loss as the user did
      String prefix = kind.sqlName() + ": ";
      String message = e.getMessage().startsWith(prefix)
          ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw new IllegalArgumentException(describe() + ": " + message, e);
    }
  }

  private static double number(String key, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, but was '" + value + "'");
    }
  }

  private static double[] numbers(String key, String value) {
    if (!value.startsWith("[") || !value.endsWith("]")) {
      throw new IllegalArgumentException(key + " must be a bracketed list of numbers such as "
          + "[0.25,0.5,1], but was '" + value + "'");
    }
    String[] parts = value.substring(1, value.length() - 1).split(",", -1);
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " must be a bracketed list of numbers such as "
            + "[0.25,0.5,1], but was '" + value + "'");
      }
    }
    return out;
  }

  /** Whether {@code key} names a parameter of this loss. */
  private boolean takes(String key) {
    return spec.kind().params().stream().anyMatch(p -> p.sqlName().equalsIgnoreCase(key.trim()));
  }

  /** {@code focal_loss (multiclass_focal_loss)}: the names in messages. */
  private String describe() {
    return generic.optionName().equals(spec.name()) ? spec.name()
        : generic.optionName() + " (" + spec.name() + ")";
  }

  /** The generic name, as given in {@code --losses}: the key of report columns. */
  public String name() {
    return generic.optionName();
  }

  public GenericLoss generic() {
    return generic;
  }

  /** The contract loss and parameters that compute it. */
  public LossSpec spec() {
    return spec;
  }

  /** {@code focal_loss = multiclass_focal_loss(gamma=2.0, eps=1.0E-15)}. */
  @Override
  public String toString() {
    return name() + " = " + spec;
  }
}
