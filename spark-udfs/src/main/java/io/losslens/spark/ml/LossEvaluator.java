package io.losslens.spark.ml;

import io.losslens.loss.Check;
import io.losslens.loss.eval.AggregationOptions;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossParam;
import io.losslens.loss.eval.LossSpec;
import io.losslens.loss.eval.SqlOptions;
import io.losslens.spark.agg.InputColumns;
import io.losslens.spark.agg.WeightedLossAggregator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.ml.evaluation.Evaluator;
import org.apache.spark.ml.param.DoubleArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;
import scala.runtime.AbstractFunction1;

/**
 * A Spark ML {@link Evaluator} whose metric is the weighted mean of a LossLens loss over the
 * predictions of a model, for {@code CrossValidator} and {@code TrainValidationSplit}: smaller is
 * better. The mean is {@link WeightedLossAggregator}'s ({@code loss_summary}'s), exact and the
 * same bits however the data is partitioned.
 *
 * <pre>{@code
 * LossEvaluator focal = new LossEvaluator().setMetricName("focal_loss").setGamma(2);
 * CrossValidator cv = new CrossValidator().setEstimator(lr).setEvaluator(focal)
 *     .setEstimatorParamMaps(grid).setNumFolds(3);
 * }</pre>
 *
 * <p>Each loss reads the column its predictions are in: probability losses read
 * {@code probabilityCol}, logit and score losses {@code rawPredictionCol}. A binary loss takes a
 * number there, or the 2-vector of a Spark ML binary classifier, whose second (positive) entry it
 * reads. Distribution losses ({@code kl_divergence}, ...) read a vector label. Columns are checked
 * against the schema before any row is read; an invalid row fails the evaluation with its rule and
 * values unless {@code mode} is {@code DROPMALFORMED}, which leaves it out of the mean.
 *
 * <p>Params are validated when set, by the loss functions' own rules, with messages such as
 * {@code loss_evaluator: gamma must be >= 0, but was -1.0}. It is saved and loaded with Spark ML
 * persistence ({@link #save}, {@link #load}), also as the evaluator of a saved
 * {@code CrossValidatorModel}.
 */
public final class LossEvaluator extends Evaluator implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(LossEvaluator.class);

  /** The name errors start with. */
  public static final String NAME = "loss_evaluator";
  /** The metrics: every loss of the contract, by its SQL name. */
  public static final List<String> METRIC_NAMES = Arrays.stream(LossKind.values())
      .map(LossKind::sqlName).collect(Collectors.toUnmodifiableList());

  private final String uid;
  private final Param<String> metricName;
  private final DoubleParam eps;
  private final DoubleParam gamma;
  private final DoubleParam alpha;
  private final DoubleArrayParam alphas;
  private final DoubleArrayParam classWeights;
  private final IntParam numClasses;
  private final Param<String> labelCol;
  private final Param<String> probabilityCol;
  private final Param<String> rawPredictionCol;
  private final Param<String> weightCol;
  private final Param<String> mode;

  /** An evaluator with a random uid and the defaults: {@code cross_entropy} of probabilities. */
  public LossEvaluator() {
    this(Identifiable.randomUID("lossEval"));
  }

  /**
   * An evaluator of uid {@code uid} with the defaults; the constructor Spark ML persistence and
   * {@link #copy} call.
   */
  public LossEvaluator(String uid) {
    this.uid = uid;
    // params are created here, after the uid they are owned by
    metricName = new Param<>(this, "metricName", "the loss whose weighted mean is the metric "
        + "(smaller is better): " + String.join(", ", METRIC_NAMES),
        rule(LossEvaluator::kindNamed));
    eps = new DoubleParam(this, "eps", "the probability clip of losses of probabilities, in "
        + "(0, 0.5)", rule(v -> Check.eps(NAME, (Double) v)));
    gamma = new DoubleParam(this, "gamma", "the focusing parameter of focal losses, >= 0",
        rule(v -> Check.gamma(NAME, (Double) v)));
    alpha = new DoubleParam(this, "alpha", "the weight of class 1 of binary focal losses, <= 1 "
        + "(class 0 weighs 1 - alpha; a negative alpha means no weighting)",
        rule(v -> Check.focalAlpha(NAME, (Double) v)));
    alphas = new DoubleArrayParam(this, "alphas", "the weight of each class in "
        + "multiclass_focal_loss, each >= 0 (unset: 1 for every class)",
        rule(v -> Check.nonNegativeEntries(NAME, "alphas", v)));
    classWeights = new DoubleArrayParam(this, "classWeights", "a weight per class, each >= 0: "
        + "the parameter of weighted_cross_entropy; for any other loss each row's weight is "
        + "multiplied by the weight of its true class", rule(v -> Check.nonNegativeEntries(NAME,
            "classWeights", v)));
    numClasses = new IntParam(this, "numClasses", "the number of classes, >= 2: a prediction "
        + "vector of another length is an invalid row (unset: the length of the predictions, "
        + "which must agree)", rule(v -> {
          if ((Integer) v < 2) {
            throw Check.fail(NAME, "numClasses must be >= 2, but was " + v);
          }
        }));
    labelCol = new Param<>(this, "labelCol", "the label column: a class index, a binary label, "
        + "or the target vector of a distribution loss", rule(v -> columnName("labelCol", v)));
    probabilityCol = new Param<>(this, "probabilityCol", "the predictions of losses of "
        + "probabilities: a vector of class probabilities, or the probability of class 1",
        rule(v -> columnName("probabilityCol", v)));
    rawPredictionCol = new Param<>(this, "rawPredictionCol", "the predictions of losses of "
        + "logits and scores: a vector of class logits or scores, or the logit or score of "
        + "class 1", rule(v -> columnName("rawPredictionCol", v)));
    weightCol = new Param<>(this, "weightCol", "the sample weight column, >= 0 (unset or empty: "
        + "every row weighs 1)", rule(v -> {
          if (v == null) {
            throw Check.fail(NAME, "weightCol must be a column name or empty, but was null");
          }
        }));
    mode = new Param<>(this, "mode", "what an invalid row does: FAILFAST fails the evaluation "
        + "naming the rule and the row; DROPMALFORMED leaves it out of the mean",
        rule(LossEvaluator::modeNamed));
    setDefault(metricName, LossKind.CROSS_ENTROPY.sqlName());
    setDefault(eps, LossParam.EPS.defaultValue());
    setDefault(gamma, LossParam.GAMMA.defaultValue());
    setDefault(alpha, LossParam.ALPHA.defaultValue());
    setDefault(labelCol, "label");
    setDefault(probabilityCol, "probability");
    setDefault(rawPredictionCol, "rawPrediction");
    setDefault(mode, Mode.FAILFAST.name());
  }

  // --- params ---

  /** The loss whose weighted mean is the metric, by its SQL name (default {@code cross_entropy}). */
  public Param<String> metricName() {
    return metricName;
  }

  /** The probability clip of losses of probabilities (default {@code 1e-15}). */
  public DoubleParam eps() {
    return eps;
  }

  /** The focusing parameter of the focal losses (default 2). */
  public DoubleParam gamma() {
    return gamma;
  }

  /** The class-1 weight of the binary focal losses (default 0.25). */
  public DoubleParam alpha() {
    return alpha;
  }

  /** The per-class weights of {@code multiclass_focal_loss} (no default: all 1). */
  public DoubleArrayParam alphas() {
    return alphas;
  }

  /**
   * One weight per class (no default): the parameter of {@code weighted_cross_entropy}, which
   * needs it; for any other loss a row weight by true class.
   */
  public DoubleArrayParam classWeights() {
    return classWeights;
  }

  /** The number of classes (no default: taken from the predictions). */
  public IntParam numClasses() {
    return numClasses;
  }

  /** The label column (default {@code label}). */
  public Param<String> labelCol() {
    return labelCol;
  }

  /** The column of probabilities, read by losses of probabilities (default {@code probability}). */
  public Param<String> probabilityCol() {
    return probabilityCol;
  }

  /** The column of logits or scores, read by their losses (default {@code rawPrediction}). */
  public Param<String> rawPredictionCol() {
    return rawPredictionCol;
  }

  /** The sample weight column (no default: every row weighs 1). */
  public Param<String> weightCol() {
    return weightCol;
  }

  /** What an invalid row does: {@code FAILFAST} (default) or {@code DROPMALFORMED}. */
  public Param<String> mode() {
    return mode;
  }

  // --- setters and getters ---

  /** Sets {@link #metricName()}: one of {@link #METRIC_NAMES}. */
  public LossEvaluator setMetricName(String value) {
    set(metricName, value);
    return this;
  }

  /** The loss whose weighted mean is the metric. */
  public String getMetricName() {
    return getOrDefault(metricName);
  }

  /** Sets {@link #eps()}, in {@code (0, 0.5)}. */
  public LossEvaluator setEps(double value) {
    set(eps, value);
    return this;
  }

  /** The probability clip. */
  public double getEps() {
    return (Double) getOrDefault(eps);
  }

  /** Sets {@link #gamma()}, {@code >= 0}. */
  public LossEvaluator setGamma(double value) {
    set(gamma, value);
    return this;
  }

  /** The focusing parameter of the focal losses. */
  public double getGamma() {
    return (Double) getOrDefault(gamma);
  }

  /** Sets {@link #alpha()}, {@code <= 1}. */
  public LossEvaluator setAlpha(double value) {
    set(alpha, value);
    return this;
  }

  /** The class-1 weight of the binary focal losses. */
  public double getAlpha() {
    return (Double) getOrDefault(alpha);
  }

  /** Sets {@link #alphas()}: one weight {@code >= 0} per class. */
  public LossEvaluator setAlphas(double... values) {
    set(alphas, values.clone());
    return this;
  }

  /** The per-class weights of {@code multiclass_focal_loss}, or null when unset. */
  public double[] getAlphas() {
    return isDefined(alphas) ? getOrDefault(alphas).clone() : null;
  }

  /** Sets {@link #classWeights()}: one weight {@code >= 0} per class. */
  public LossEvaluator setClassWeights(double... values) {
    set(classWeights, values.clone());
    return this;
  }

  /** The class weights, or null when unset. */
  public double[] getClassWeights() {
    return isDefined(classWeights) ? getOrDefault(classWeights).clone() : null;
  }

  /** Sets {@link #numClasses()}, {@code >= 2}. */
  public LossEvaluator setNumClasses(int value) {
    set(numClasses, value);
    return this;
  }

  /** The number of classes, or 0 when it is taken from the predictions. */
  public int getNumClasses() {
    return isDefined(numClasses) ? (Integer) getOrDefault(numClasses) : 0;
  }

  /** Sets {@link #labelCol()}. */
  public LossEvaluator setLabelCol(String value) {
    set(labelCol, value);
    return this;
  }

  /** The label column. */
  public String getLabelCol() {
    return getOrDefault(labelCol);
  }

  /** Sets {@link #probabilityCol()}. */
  public LossEvaluator setProbabilityCol(String value) {
    set(probabilityCol, value);
    return this;
  }

  /** The column of probabilities. */
  public String getProbabilityCol() {
    return getOrDefault(probabilityCol);
  }

  /** Sets {@link #rawPredictionCol()}. */
  public LossEvaluator setRawPredictionCol(String value) {
    set(rawPredictionCol, value);
    return this;
  }

  /** The column of logits or scores. */
  public String getRawPredictionCol() {
    return getOrDefault(rawPredictionCol);
  }

  /** Sets {@link #weightCol()}; empty means every row weighs 1. */
  public LossEvaluator setWeightCol(String value) {
    set(weightCol, value);
    return this;
  }

  /** The sample weight column, or null when every row weighs 1. */
  public String getWeightCol() {
    return isDefined(weightCol) && !getOrDefault(weightCol).isEmpty()
        ? getOrDefault(weightCol) : null;
  }

  /** Sets {@link #mode()}: {@code FAILFAST} or {@code DROPMALFORMED}, in any case. */
  public LossEvaluator setMode(String value) {
    set(mode, value);
    return this;
  }

  /** What an invalid row does. */
  public String getMode() {
    return getOrDefault(mode);
  }

  // --- evaluation ---

  /**
   * The column this evaluator's loss reads its predictions from: {@link #probabilityCol()} for
   * losses of probabilities, {@link #rawPredictionCol()} for losses of logits and scores.
   */
  public String getPredictionColumn() {
    return getOrDefault(predictionParam(kindNamed(getMetricName())));
  }

  /**
   * The aggregation {@link #evaluate} runs: the loss of {@link #metricName()} with the params it
   * takes, and class weights, the number of classes and the mode as the aggregates apply them;
   * checked against each other. Its {@code apply} over the same columns gives the whole
   * {@code loss_summary} (sums and the accounting of every row) of the metric.
   *
   * @throws IllegalArgumentException when the params do not fit together: a loss parameter set
   *     that the loss does not take, {@code weighted_cross_entropy} without class weights, class
   *     weights of another length than {@code numClasses}, ...
   */
  public WeightedLossAggregator aggregator() {
    LossKind kind = kindNamed(getMetricName());
    LossSpec loss = LossSpec.of(kind);
    for (LossParam p : LossParam.values()) {
      if (p == LossParam.CLASS_WEIGHTS) {
        continue; // the aggregates decide where class weights apply, below
      }
      Param<?> param = param(p);
      if (!kind.takes(p)) {
        if (isSet(param)) {
          throw Check.fail(NAME, param.name() + " is set, but " + kind.sqlName() + " takes no "
              + param.name() + "; " + paramsOf(kind));
        }
      } else if (isDefined(param)) {
        loss = p.isVector() ? loss.with(p, (double[]) getOrDefault(param))
            : loss.with(p, new double[] {(Double) getOrDefault(param)});
      }
    }
    AggregationOptions options = AggregationOptions.defaults(NAME)
        .withMode(modeNamed(getMode()));
    if (isDefined(numClasses)) {
      options = options.withNumClasses(getNumClasses());
    }
    if (isDefined(classWeights)) {
      SqlOptions.Parsed weighted = SqlOptions.withClassWeights(List.of(loss), options,
          getClassWeights());
      loss = weighted.losses().get(0);
      options = weighted.options();
    } else if (kind.takes(LossParam.CLASS_WEIGHTS)) {
      throw Check.fail(NAME, kind.sqlName() + " needs classWeights, a weight >= 0 per class");
    }
    return new WeightedLossAggregator(loss, options);
  }

  /**
   * The weighted mean of the loss over {@code dataset}: {@code sum(w * loss) / sum(w)}, with
   * {@code w} the sample weight (1 without {@link #weightCol()}) times the class weight of the
   * row's true class where class weights weigh rows. Computed in one Spark job with exact sums.
   *
   * @throws IllegalArgumentException before any row is read, when the params do not fit together
   *     ({@link #aggregator()}) or a column is missing or of a type the loss cannot read
   * @throws org.apache.spark.SparkException (Spark's job failure, thrown unchecked) in
   *     {@code FAILFAST} mode at the first invalid row; its cause is the aggregation's
   *     {@link io.losslens.loss.LossInputException}, naming the rule and the row's values
   */
  @Override
  public double evaluate(Dataset<?> dataset) {
    WeightedLossAggregator aggregator = aggregator();
    Column[] inputs = inputs(dataset.schema(), aggregator.loss().kind());
    Row summary = withActiveSession(dataset.sparkSession(), () -> dataset
        .select(aggregator.apply(inputs[0], inputs[1], inputs[2])).first().getStruct(0));
    long invalid = summary.getLong(summary.fieldIndex("invalid_rows"));
    if (invalid > 0) {
      LOG.warn("{}: {} left {} of {} rows out of the mean (mode {}); invalid rows by reason: {}",
          NAME, aggregator.loss(), invalid, summary.getLong(summary.fieldIndex("total_rows")),
          getMode(), summary.getJavaMap(summary.fieldIndex("invalid")));
    }
    int mean = summary.fieldIndex("mean");
    if (summary.isNullAt(mean)) {
      throw Check.fail(NAME, aggregator.loss() + " has no mean over the dataset: "
          + summary.getString(summary.fieldIndex("note")));
    }
    return summary.getDouble(mean);
  }

  /** False: a smaller loss is better, so model selection takes the smallest metric. */
  @Override
  public boolean isLargerBetter() {
    return false;
  }

  /** A copy with the same uid and params, and {@code extra} set on top. */
  @Override
  public LossEvaluator copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** The uid, which identifies this evaluator among the stages of a saved pipeline or model. */
  @Override
  public String uid() {
    return uid;
  }

  /** The reader of saved evaluators, for Spark ML persistence. */
  public static MLReader<LossEvaluator> read() {
    return new Readable().read();
  }

  /** The evaluator saved at {@code path} by {@link #save}. */
  public static LossEvaluator load(String path) {
    return read().load(path);
  }

  /** Spark's reader of default-params stages, reached through its public trait. */
  private static final class Readable implements DefaultParamsReadable<LossEvaluator> {}

  /**
   * The metric and what it reads: {@code LossEvaluator: uid=lossEval_1, metricName=focal_loss,
   * alpha=0.25, gamma=2.0, eps=1.0E-15, labelCol=label, probabilityCol=probability, mode=FAILFAST}.
   */
  @Override
  public String toString() {
    LossKind kind = kindNamed(getMetricName());
    List<String> parts = new ArrayList<>();
    parts.add("uid=" + uid);
    parts.add("metricName=" + kind.sqlName());
    for (LossParam p : kind.params()) {
      if (p != LossParam.CLASS_WEIGHTS) {
        Param<?> param = param(p);
        if (isDefined(param)) {
          Object value = getOrDefault(param);
          parts.add(param.name() + "=" + (value instanceof double[]
              ? Arrays.toString((double[]) value) : value));
        }
      }
    }
    if (isDefined(classWeights)) {
      parts.add("classWeights=" + Arrays.toString(getOrDefault(classWeights)));
    }
    if (isDefined(numClasses)) {
      parts.add("numClasses=" + getNumClasses());
    }
    parts.add("labelCol=" + getLabelCol());
    Param<String> prediction = predictionParam(kind);
    parts.add(prediction.name() + "=" + getOrDefault(prediction));
    if (getWeightCol() != null) {
      parts.add("weightCol=" + getWeightCol());
    }
    parts.add("mode=" + getMode());
    return "LossEvaluator: " + String.join(", ", parts);
  }

  // --- binding ---

  /** The label, prediction and weight columns (null weight: 1), checked against the schema. */
  private Column[] inputs(StructType schema, LossKind kind) {
    StructField label = field(schema, labelCol);
    boolean vectorLabel = kind.label() == LossKind.Label.DISTRIBUTION;
    if (vectorLabel ? !InputColumns.isVector(label.dataType())
        : !InputColumns.isNumber(label.dataType())) {
      throw wrongType(labelCol, label, expectedLabel(kind.label()) + " for " + kind.sqlName());
    }
    Param<String> predictionParam = predictionParam(kind);
    StructField prediction = field(schema, predictionParam);
    boolean vector = InputColumns.isVector(prediction.dataType());
    // a binary loss takes a number or the 2-vector of a Spark ML binary classifier
    if (kind.prediction().isVector() ? !vector
        : !vector && !InputColumns.isNumber(prediction.dataType())) {
      throw wrongType(predictionParam, prediction, expectedPrediction(kind.prediction())
          + " for " + kind.sqlName());
    }
    Column weight = null;
    if (getWeightCol() != null) {
      StructField w = field(schema, weightCol);
      if (!InputColumns.isNumber(w.dataType())) {
        throw wrongType(weightCol, w, "a number (the sample weight)");
      }
      weight = InputColumns.column(w.name());
    }
    return new Column[] {InputColumns.column(label.name()),
        InputColumns.column(prediction.name()), weight};
  }

  private StructField field(StructType schema, Param<String> param) {
    String name = getOrDefault(param);
    StructField field = InputColumns.find(schema, name);
    if (field == null) {
      throw Check.fail(NAME, param.name() + ": " + InputColumns.missing(schema, name));
    }
    return field;
  }

  private static IllegalArgumentException wrongType(Param<String> param, StructField field,
      String expected) {
    return Check.fail(NAME, param.name() + ": " + InputColumns.wrongType(field, expected));
  }

  private static String expectedLabel(LossKind.Label label) {
    switch (label) {
      case CLASS: return "a number (the class index)";
      case BINARY: return "a number (the label: 1 positive, 0 negative)";
      case HINGE: return "a number (the label: 1 positive, 0 or -1 negative)";
      default: return "a vector (the target: " + InputColumns.VECTOR_TYPES + ")";
    }
  }

  private static String expectedPrediction(LossKind.Prediction prediction) {
    String binary = " (a number, or the 2-vector of a Spark ML binary classifier)";
    String vector = " (" + InputColumns.VECTOR_TYPES + ")";
    switch (prediction) {
      case PROBABILITY: return "the probability of class 1" + binary;
      case LOGIT: return "the logit of class 1" + binary;
      case SCORE: return "the score of class 1" + binary;
      case PROBABILITIES: return "a vector of class probabilities" + vector;
      case LOGITS: return "a vector of class logits" + vector;
      default: return "a vector of class scores" + vector;
    }
  }

  /** Where a loss's predictions are: probabilities in one column, logits and scores in another. */
  private Param<String> predictionParam(LossKind kind) {
    return kind.prediction().isProbability() ? probabilityCol : rawPredictionCol;
  }

  private Param<?> param(LossParam p) {
    switch (p) {
      case EPS: return eps;
      case GAMMA: return gamma;
      case ALPHA: return alpha;
      case ALPHAS: return alphas;
      default: return classWeights;
    }
  }

  /** {@code its parameters are alpha, gamma, eps}, by param name. */
  private String paramsOf(LossKind kind) {
    List<String> names = new ArrayList<>();
    for (LossParam p : kind.params()) {
      names.add(param(p).name());
    }
    return names.isEmpty() ? "it takes none" : "its parameters are " + String.join(", ", names);
  }

  /**
   * Runs {@code body} with {@code session} as the thread's active session: the aggregate is
   * registered in the active session and must be found by the dataset's, which differ when a
   * validator evaluates on a thread of its own or the dataset is of another session.
   */
  private static <T> T withActiveSession(SparkSession session, Supplier<T> body) {
    Option<SparkSession> previous = SparkSession.getActiveSession();
    SparkSession.setActiveSession(session);
    try {
      return body.get();
    } finally {
      if (previous.isDefined()) {
        SparkSession.setActiveSession(previous.get());
      } else {
        SparkSession.clearActiveSession();
      }
    }
  }

  // --- rules ---

  private static LossKind kindNamed(String name) {
    for (LossKind kind : LossKind.values()) {
      if (kind.sqlName().equals(name)) {
        return kind;
      }
    }
    throw Check.fail(NAME, "metricName must be one of " + String.join(", ", METRIC_NAMES)
        + ", but was " + (name == null ? "null" : "'" + name + "'"));
  }

  private static Mode modeNamed(String name) {
    Mode mode = name == null ? null : Mode.named(name);
    if (mode == null) {
      throw Check.fail(NAME, "mode must be FAILFAST or DROPMALFORMED, but was "
          + (name == null ? "null" : "'" + name + "'"));
    }
    return mode;
  }

  private static void columnName(String param, String name) {
    if (name == null || name.isEmpty()) {
      throw Check.fail(NAME, param + " must name a column, but was "
          + (name == null ? "null" : "''"));
    }
  }

  /** A rule of a param's values: returns normally or throws its own message. */
  private interface ValueRule<T> extends Serializable {
    void check(T value);
  }

  private static <T> Rule<T> rule(ValueRule<T> check) {
    return new Rule<>(check);
  }

  /**
   * A param's validator. Spark's {@code Param.validate} can only say "given invalid value", so
   * the rule throws its own message, naming the param, the value and the rule, and returns true
   * otherwise. Every way a value is set goes through it: setters, {@code set(param, value)},
   * {@code ParamMap}s of {@code copy} and {@code evaluate}, and loading.
   */
  private static final class Rule<T> extends AbstractFunction1<T, Object>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ValueRule<T> check;

    Rule(ValueRule<T> check) {
      this.check = check;
    }

    @Override
    public Object apply(T value) {
      check.check(value);
      return Boolean.TRUE;
    }
  }
}
