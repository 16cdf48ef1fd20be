package io.losslens.spark.functions;

import io.losslens.loss.Check;
import io.losslens.loss.eval.LossParam;
import java.io.Serializable;
import java.util.Objects;

/**
 * One argument of a SQL loss function: its name, whether it is a number or a vector, its
 * default when a call stops before it, and the check a constant value of it gets at analysis
 * time (so a bad {@code eps} or {@code gamma} literal fails before any row is read).
 */
public final class Param implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a SQL value reaches the kernel. */
  public enum Kind {
    /** Any numeric SQL type, widened to {@code double}. */
    NUMBER,
    /** {@code array<double>}, {@code array<float>} (or another numeric array), or a Spark ML Vector, as {@code double[]}. */
    VECTOR
  }

  /** Validates a constant argument value at analysis time; throws {@code LossInputException}. */
  @FunctionalInterface
  interface ConstantCheck extends Serializable {
    void check(String function, Object value);
  }

  private final String name;
  private final Kind kind;
  private final String description;
  private final Double defaultValue;
  private final boolean optional;
  private final ConstantCheck constantCheck;

  private Param(String name, Kind kind, String description, boolean optional, Double defaultValue,
      ConstantCheck constantCheck) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.description = Objects.requireNonNull(description);
    this.optional = optional;
    this.defaultValue = defaultValue;
    this.constantCheck = constantCheck;
  }

  static Param number(String name, String description) {
    return new Param(name, Kind.NUMBER, description, false, null, null);
  }

  static Param vector(String name, String description) {
    return new Param(name, Kind.VECTOR, description, false, null, null);
  }

  static Param eps() {
    return new Param("eps", Kind.NUMBER, "probability clip, 0 < eps < 0.5 (default 1e-15)", true,
        LossParam.EPS.defaultValue(), (fn, v) -> Check.eps(fn, (Double) v));
  }

  static Param gamma() {
    return new Param("gamma", Kind.NUMBER, "focusing parameter, >= 0 (default 2)", true,
        LossParam.GAMMA.defaultValue(),
        (fn, v) -> Check.gamma(fn, (Double) v));
  }

  static Param focalAlpha() {
    return new Param("alpha", Kind.NUMBER,
        "weight of the positive class, <= 1; negative means no alpha weighting (default 0.25)",
        true, LossParam.ALPHA.defaultValue(), (fn, v) -> Check.focalAlpha(fn, (Double) v));
  }

  /** A non-negative weight per class, checked entry by entry when it is a constant. */
  static Param classWeights(String name, String description, boolean optional) {
    return new Param(name, Kind.VECTOR, description, optional, null,
        (fn, v) -> Check.nonNegativeEntries(fn, name, (double[]) v));
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public boolean isOptional() {
    return optional;
  }

  /**
   * The value an omitted argument takes, or {@code null} when an omitted argument is simply
   * absent (the kernel overload without it is called: {@code alphas} of multi-class focal loss).
   */
  public Double defaultValue() {
    return defaultValue;
  }

  ConstantCheck constantCheck() {
    return constantCheck;
  }
}
