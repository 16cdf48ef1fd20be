package io.losslens.loss.eval;

import io.losslens.loss.Check;
import io.losslens.loss.LossInputException;
import io.losslens.loss.Predictions;
import io.losslens.loss.Unchecked;
import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.eval.LossKind.Prediction;
import io.losslens.loss.stats.InvalidReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates the rows of one aggregation: its losses, the row weight (sample weight times the
 * class weight of the true class), and for a per-class breakdown the true and predicted class,
 * the probability of the true class and each loss's gradient magnitude. The outputs of the last
 * valid row are read from its fields. Not thread-safe: one per aggregation buffer.
 *
 * <p>A row is checked by each loss's {@link LossSpec#problem} (which throws nothing) before the
 * kernels run; a rejected row is classified by {@link #problem} in {@link InvalidReason} order,
 * so the reason never depends on which check happened to run first. The kernels still validate,
 * and a row they reject regardless is rejected too.
 */
final class RowEvaluator implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Entries of a vector shown in an error message. */
  private static final int SHOWN_ENTRIES = 10;
  /** {@link #evaluateLosses} of an invalid row. */
  private static final int INVALID = -2;

  private final LossSpec[] losses;
  private final LossSpec primary;
  /**
   * The losses after the first whose rules beyond the entries differ from every earlier one's:
   * only they need checking once the first loss has accepted a row.
   */
  private final LossSpec[] otherRules;
  /** Per loss: its value and gradient follow from the row's hinge margin (or label log). */
  private final boolean[] followsHingeMargin;
  private final boolean[] followsLabelLog;
  private final boolean vectorLabel;
  private final boolean vectorPrediction;
  private final AggregationOptions options;
  private final boolean needsClass;
  private final boolean perClass;
  /**
   * A breakdown with a multi-class hinge loss: one pass over the vector finds the predicted
   * class (the argmax) and the scores the strongest rival of any label can have.
   */
  private final boolean sharesTopTwo;
  /** The road of the commonest breakdowns, or null where it does not apply. */
  private final ProbabilityRows probabilityRows;
  private transient double[] scratch;
  private transient double[] topTwo;

  double weight;
  int trueClass;
  int predictedClass;
  double trueProbability;
  final double[] lossValues;
  final double[] gradientMagnitudes;

  /**
   * {@code perClass}: also compute classes, the true-class probability and gradient magnitudes.
   * The losses must agree on the kind of label and prediction (checked by the callers).
   */
  RowEvaluator(List<LossSpec> losses, AggregationOptions options, boolean perClass) {
    this.losses = losses.toArray(new LossSpec[0]);
    this.primary = this.losses[0];
    this.vectorLabel = primary.kind().label() == Label.DISTRIBUTION;
    this.vectorPrediction = primary.kind().prediction().isVector();
    List<LossSpec> others = new ArrayList<>();
    for (int l = 1; l < this.losses.length; l++) {
      LossSpec loss = this.losses[l];
      if (!primary.sameRulesBeyondEntries(loss)
          && others.stream().noneMatch(loss::sameRulesBeyondEntries)) {
        others.add(loss);
      }
    }
    this.otherRules = others.toArray(new LossSpec[0]);
    this.followsHingeMargin = new boolean[this.losses.length];
    this.followsLabelLog = new boolean[this.losses.length];
    for (int l = 0; l < this.losses.length; l++) {
      followsHingeMargin[l] = this.losses[l].followsHingeMargin();
      followsLabelLog[l] = this.losses[l].followsLabelLog();
    }
    this.options = options;
    this.perClass = perClass;
    this.needsClass = perClass || options.hasClassWeights();
    this.lossValues = new double[this.losses.length];
    this.gradientMagnitudes = new double[perClass ? this.losses.length : 0];
    this.sharesTopTwo = perClass && vectorPrediction
        && losses.stream().anyMatch(LossSpec::followsHingeMargin);
    checkConfiguration();
    this.probabilityRows = perClass ? ProbabilityRows.of(this.losses) : null;
  }

  /** The losses and options fit together; checked once, before any row. */
  private void checkConfiguration() {
    String fn = options.function();
    for (LossSpec loss : losses) {
      loss.requireComplete();
      if (needsClass && loss.kind().label() == Label.DISTRIBUTION) {
        throw Check.fail(fn, loss.name() + " has no class label, so "
            + (perClass ? "it has no per-class breakdown" : "class_weights cannot apply"));
      }
      // any finite prediction is a valid score, so score losses may read the others' predictions
      Prediction reads = loss.kind().prediction();
      boolean sameReading = reads == primary.kind().prediction()
          || (reads == Prediction.SCORE || reads == Prediction.SCORES)
              && reads.isVector() == vectorPrediction;
      if (!sameReading || (loss.kind().label() == Label.DISTRIBUTION) != vectorLabel) {
        throw Check.fail(fn, "the losses " + primary.name() + " and " + loss.name()
            + " take different kinds of labels or predictions; evaluate them separately");
      }
    }
    int numClasses = options.numClasses();
    if (!vectorPrediction && numClasses != 0 && numClasses != 2) {
      throw Check.fail(fn, "num_classes must be 2 for binary losses, but was " + numClasses);
    }
    if (options.hasClassWeights()) {
      int classes = vectorPrediction ? numClasses : 2;
      if (classes != 0 && options.classWeightCount() != classes) {
        throw Check.fail(fn, "class_weights must have one entry per class (" + classes
            + "), but had " + options.classWeightCount());
      }
      for (LossSpec loss : losses) {
        if (loss.kind() == LossKind.WEIGHTED_CROSS_ENTROPY) {
          throw Check.fail(fn, "weighted_cross_entropy weights its rows by class itself; "
              + "for class-weighted rows use cross_entropy with class_weights");
        }
      }
    }
  }

  /** Whether a row has the label (if the losses take a number) and the weight it needs. */
  boolean hasLabelAndWeight(Double label, Double sampleWeight) {
    return (vectorLabel || label != null) && sampleWeight != null;
  }

  /**
   * Evaluates a row {@link #hasLabelAndWeight} accepted, without boxing its label {@code y}
   * (ignored for vector labels) and weight {@code w}; true when it is valid and the fields hold
   * its values.
   */
  boolean evaluate(double y, double[] target, double[] x, double w) {
    if ((vectorLabel && target == null) || x == null) {
      return false;
    }
    if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
      return false;
    }
    int numClasses = options.numClasses();
    if (numClasses > 0 && vectorPrediction && x.length != numClasses) {
      return false;
    }
    // most breakdown rows take the probability road; the rest, and any row it cannot certify
    // as valid, the general one
    int top = probabilityRows == null ? -1
        : probabilityRows.evaluate(y, x, topTwo(), lossValues, gradientMagnitudes);
    boolean certified = top >= 0;
    if (!certified) {
      top = evaluateLosses(y, target, x);
      if (top == INVALID) {
        return false;
      }
    }
    weight = w;
    if (needsClass) {
      trueClass = certified ? (int) y : classOf(y); // certified: a class index
      if (trueClass < 0) {
        return false;
      }
      if (options.hasClassWeights()) {
        if (options.classWeightCount() != primary.classesOf(x)) {
          return false;
        }
        weight = w * options.classWeight(trueClass);
        if (weight == Double.POSITIVE_INFINITY) {
          return false;
        }
      }
    }
    if (perClass) {
      trueProbability = primary.trueProbability(trueClass, x);
      predictedClass = certified || sharesTopTwo ? top : primary.predictedClass(x);
    }
    return true;
  }

  /**
   * {@link #evaluate}'s general road: checks the row by every loss's rules, then computes each
   * loss's value (and gradient magnitude) into the fields. Returns {@link #INVALID}, or the
   * argmax where the losses share the top two entries (else -1).
   */
  private int evaluateLosses(double y, double[] target, double[] x) {
    // the kernels' own rules, checked without throwing: an invalid row costs no exception
    if (primary.problemOfPresentLabel(y, target, x) != null) {
      return INVALID;
    }
    for (LossSpec loss : otherRules) {
      // the primary's entry rules imply the others' (checkConfiguration: the others read the
      // same kind of prediction, or scores, which need only finite entries)
      if (loss.problemBeyondEntries(y, target, x) != null) {
        return INVALID;
      }
    }
    int top = -1;
    if (sharesTopTwo) {
      top = Predictions.topTwo(x, topTwo());
    }
    // what losses of a row share, computed once: the hinge margin (one scan for the strongest
    // rival) and ln p~[y] per eps (cross-entropy and focal loss), as locals the JIT keeps in
    // registers; each loss's value and gradient magnitude in one pass
    int c = (int) y; // a class index where the losses read one
    boolean hasHingeMargin = false;
    double hingeMargin = 0;
    double labelLogEps = Double.NaN; // none yet
    double labelLog = 0;
    double clipped = 0;
    double missed = 0;
    try {
      for (int l = 0; l < losses.length; l++) {
        LossSpec loss = losses[l];
        if (followsHingeMargin[l]) {
          if (!hasHingeMargin) {
            hingeMargin = sharesTopTwo
                ? Unchecked.multiclassHingeOfRival(topTwo[top == c ? 1 : 0], x[c])
                : Unchecked.multiclassHinge(c, x);
            hasHingeMargin = true;
          }
          lossValues[l] = loss.lossOfHingeMargin(hingeMargin);
          if (perClass) {
            gradientMagnitudes[l] = loss.gradientMagnitudeOfHingeMargin(hingeMargin);
          }
        } else if (followsLabelLog[l]) {
          if (loss.labelLogEps() != labelLogEps) {
            labelLogEps = loss.labelLogEps();
            labelLog = Unchecked.labelLog(c, x, labelLogEps);
            clipped = Unchecked.clippedLabelProbability(c, x, labelLogEps);
            missed = Unchecked.missedLabelProbability(c, x, labelLogEps);
          }
          lossValues[l] = loss.lossOfLabelParts(c, missed, labelLog);
          if (perClass) {
            gradientMagnitudes[l] = loss.gradientMagnitudeOfLabelParts(c, missed, clipped,
                labelLog);
          }
        } else {
          lossValues[l] = loss.validLoss(y, target, x);
          if (perClass) {
            gradientMagnitudes[l] = loss.validGradientMagnitude(y, target, x, scratch(x.length));
          }
        }
      }
    } catch (LossInputException e) {
      return INVALID;
    }
    return top;
  }

  private double[] topTwo() {
    if (topTwo == null) {
      topTwo = new double[2];
    }
    return topTwo;
  }

  /** A work array of at least {@code n} entries for the gradients without a shortcut. */
  private double[] scratch(int n) {
    if (scratch == null || scratch.length < n) {
      scratch = new double[n];
    }
    return scratch;
  }

  /**
   * The class a label names (binary labels must be hard: 0 or 1; hinge -1 is class 0), or -1
   * when it names none.
   */
  private int classOf(double y) {
    switch (primary.kind().label()) {
      case CLASS: return Check.isClassIndex(y, Integer.MAX_VALUE) ? (int) y : -1;
      case HINGE: return y == 1 ? 1 : Check.isHingeLabel(y) ? 0 : -1;
      default: return y == 1 ? 1 : y == 0 ? 0 : -1;
    }
  }

  /**
   * The reason a row {@link #evaluate} rejected is counted under; in FAILFAST mode, fails
   * instead with the rule and the row's values.
   */
  InvalidReason reject(Double label, double[] target, double[] x, Double sampleWeight) {
    RowProblem problem = problem(label, target, x, sampleWeight);
    if (options.mode() == AggregationOptions.Mode.FAILFAST) {
      throw new LossInputException(options.function() + ": invalid row (" + problem.reason().key()
          + "): " + problem.detail() + "; row: " + describe(label, target, x, sampleWeight)
          + "; mode DROPMALFORMED skips such rows and counts them by reason");
    }
    return problem.reason();
  }

  /**
   * Why a row {@link #evaluate} rejected is invalid: the first broken rule in
   * {@link InvalidReason} order over every loss and the aggregation's own rules.
   */
  RowProblem problem(Double label, double[] target, double[] x, Double sampleWeight) {
    RowProblem first = null;
    for (LossSpec loss : losses) {
      first = RowProblem.first(first, loss.problem(label, target, x));
    }
    first = RowProblem.first(first, ownProblem(label, x, sampleWeight));
    if (first == null) {
      throw new IllegalStateException(options.function() + ": a row was rejected without a "
          + "reason (a LossLens bug): " + describe(label, target, x, sampleWeight));
    }
    return first;
  }

  private RowProblem ownProblem(Double label, double[] x, Double sampleWeight) {
    if (sampleWeight == null) {
      return new RowProblem(InvalidReason.NULL_WEIGHT, "the weight is NULL");
    }
    RowProblem problem = null;
    boolean knownClasses = x != null && x.length > 0;
    int numClasses = options.numClasses();
    if (knownClasses && numClasses > 0 && vectorPrediction
        && x.length != numClasses) {
      problem = new RowProblem(InvalidReason.VECTOR_LENGTH_MISMATCH, "the prediction has "
          + x.length + " entries, but num_classes is " + numClasses);
    } else if (knownClasses && options.hasClassWeights()
        && options.classWeightCount() != primary.classesOf(x)) {
      problem = new RowProblem(InvalidReason.VECTOR_LENGTH_MISMATCH, "class_weights has "
          + options.classWeightCount() + " entries (one per class), but the prediction stands for "
          + primary.classesOf(x) + " classes");
    } else if (needsClass && label != null && primary.kind().label() == Label.BINARY
        && !(label == 0 || label == 1)) {
      problem = new RowProblem(InvalidReason.LABEL_OUT_OF_RANGE, "label " + label + " is not 0 or 1; "
          + (perClass ? "a per-class breakdown" : "class_weights") + " needs a hard label");
    }
    if (problem != null) {
      return problem;
    }
    double w = sampleWeight;
    if (!Double.isFinite(w)) {
      return new RowProblem(InvalidReason.NON_FINITE_WEIGHT, "the weight is " + w);
    }
    if (w < 0) {
      return new RowProblem(InvalidReason.NEGATIVE_WEIGHT, "the weight is " + w
          + "; weights must be >= 0");
    }
    if (options.hasClassWeights() && label != null) {
      int c = classOf(label);
      if (c >= 0 && c < options.classWeightCount()
          && w * options.classWeight(c) == Double.POSITIVE_INFINITY) {
        return new RowProblem(InvalidReason.NON_FINITE_WEIGHT, "the weight " + w
            + " times the class weight " + options.classWeight(c) + " overflows");
      }
    }
    return null;
  }

  /** The row as an error message shows it, long vectors shortened. */
  static String describe(Double label, double[] target, double[] x, Double sampleWeight) {
    return "label=" + (target != null ? show(target) : label) + ", prediction=" + show(x)
        + ", weight=" + sampleWeight;
  }

  private static String show(double[] v) {
    if (v == null) {
      return "NULL";
    }
    if (v.length <= SHOWN_ENTRIES) {
      return Arrays.toString(v);
    }
    String head = Arrays.toString(Arrays.copyOf(v, SHOWN_ENTRIES));
    return head.substring(0, head.length() - 1) + ", ... (" + v.length + " entries)]";
  }
}
