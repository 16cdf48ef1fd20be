package io.losslens.spark.functions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A registry entry: everything SQL-facing about one loss function, declared once. Session
 * registration, the {@code try_} twin, the Column API and the README reference derive from it.
 */
public final class LossFunction implements Serializable {
  private static final long serialVersionUID = 1L;

  /** SQL result type. */
  public enum Result { DOUBLE, DOUBLE_ARRAY }

  private final String name;
  private final String summary;
  private final List<Param> params;
  private final Result result;
  private final Class<?> target;
  private final String method;
  private final Class<?> inPlaceTarget;
  private final String inPlaceMethod;
  private final String exampleArguments;
  private final String exampleResult;

  private LossFunction(Builder b) {
    this.name = Objects.requireNonNull(b.name);
    this.summary = Objects.requireNonNull(b.summary);
    this.params = Collections.unmodifiableList(new ArrayList<>(b.params));
    this.result = Objects.requireNonNull(b.result);
    this.target = Objects.requireNonNull(b.target);
    this.method = Objects.requireNonNull(b.method);
    this.inPlaceTarget = b.inPlaceTarget;
    this.inPlaceMethod = b.inPlaceMethod;
    this.exampleArguments = Objects.requireNonNull(b.exampleArguments);
    this.exampleResult = Objects.requireNonNull(b.exampleResult);
    boolean seenOptional = false;
    for (Param p : params) {
      if (seenOptional && !p.isOptional()) {
        throw new IllegalStateException(name + ": required parameter after an optional one");
      }
      seenOptional |= p.isOptional();
    }
  }

  static Builder define(String name, String summary) {
    return new Builder(name, summary);
  }

  /** The SQL name, snake_case, as in the contract. */
  public String name() {
    return name;
  }

  /** The twin that returns NULL where this function fails. */
  public String tryName() {
    return "try_" + name;
  }

  public String summary() {
    return summary;
  }

  public List<Param> params() {
    return params;
  }

  public int minArity() {
    int n = 0;
    while (n < params.size() && !params.get(n).isOptional()) {
      n++;
    }
    return n;
  }

  public int maxArity() {
    return params.size();
  }

  public Result result() {
    return result;
  }

  /** The class whose static method evaluates the function (a kernel, or a thin result adapter). */
  public Class<?> target() {
    return target;
  }

  public String method() {
    return method;
  }

  /**
   * The class of the variant that reads {@code array<double>} arguments in place (as
   * {@code ArrayData}, same parameters otherwise), used when every vector argument is one; or
   * {@code null}. Its method {@link #inPlaceMethod} returns a boxed result (NULL for a NULL
   * vector or element); its twin named {@code inPlaceMethod() + "WithoutNulls"} returns a
   * primitive one, for vectors whose type rules out NULL elements. The same class reads Spark
   * ML vector arguments (their internal rows, as {@code Object}) in place too, used when every
   * vector argument is one: {@code inPlaceMethod() + "OfVector"} (NULL for a NULL vector) and
   * {@code inPlaceMethod() + "OfVectorWithoutNulls"} (a vector has no NULL elements); and
   * {@code array<float>} arguments, their entries widened exactly, where every vector argument
   * is one: {@code inPlaceMethod() + "OfFloats"} and its {@code ...WithoutNulls} twin.
   */
  public Class<?> inPlaceTarget() {
    return inPlaceTarget;
  }

  public String inPlaceMethod() {
    return inPlaceMethod;
  }

  /** {@code name(label, probs [, eps])}. */
  public String signature() {
    return name + argumentList();
  }

  /** {@code (label, probs [, eps])}. */
  public String argumentList() {
    StringBuilder s = new StringBuilder("(");
    int open = 0;
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (p.isOptional()) {
        s.append(" [, ");
        open++;
      } else if (i > 0) {
        s.append(", ");
      }
      s.append(p.name());
    }
    return s.append("]".repeat(open)).append(')').toString();
  }

  /** The arguments of the worked example, as SQL: {@code 1, array(0.1, 0.7, 0.2)}. */
  public String exampleArguments() {
    return exampleArguments;
  }

  /** The example's result as {@code spark.sql(...).collect()} shows it. */
  public String exampleResult() {
    return exampleResult;
  }

  static final class Builder {
    private final String name;
    private final String summary;
    private final List<Param> params = new ArrayList<>();
    private Result result = Result.DOUBLE;
    private Class<?> target;
    private String method;
    private Class<?> inPlaceTarget;
    private String inPlaceMethod;
    private String exampleArguments;
    private String exampleResult;

    private Builder(String name, String summary) {
      this.name = name;
      this.summary = summary;
    }

    Builder param(Param p) {
      params.add(p);
      return this;
    }

    Builder number(String paramName, String description) {
      return param(Param.number(paramName, description));
    }

    Builder vector(String paramName, String description) {
      return param(Param.vector(paramName, description));
    }

    Builder kernel(Class<?> owner, String staticMethod) {
      this.target = owner;
      this.method = staticMethod;
      return this;
    }

    Builder inPlace(Class<?> owner, String staticMethod) {
      this.inPlaceTarget = owner;
      this.inPlaceMethod = staticMethod;
      return this;
    }

    Builder vectorResult(String adapterMethod) {
      this.result = Result.DOUBLE_ARRAY;
      return kernel(VectorResults.class, adapterMethod);
    }

    Builder example(String arguments, String resultText) {
      this.exampleArguments = arguments;
      this.exampleResult = resultText;
      return this;
    }

    LossFunction build() {
      return new LossFunction(this);
    }
  }
}
