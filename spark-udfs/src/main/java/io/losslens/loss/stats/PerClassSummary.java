package io.losslens.loss.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The per-class loss breakdown read from a {@link PerClassState}: per class, overall, the macro
 * (class-balanced) means, and suggested class weights. A number that cannot be computed (a class
 * without rows, a weight sum of 0) is a {@link Metric} carrying the reason.
 */
public final class PerClassSummary {
  static final String NO_ROWS = "no rows of this class";
  static final String ZERO_WEIGHT = "the rows of this class weigh 0";

  /** One class's row of the breakdown. Loss-indexed arrays follow the configured loss order. */
  public static final class ClassRow {
    private final int classIndex;
    private final long rows;
    private final double weightSum;
    private final Metric supportShare;
    private final Metric[] lossMean;
    private final Metric[] lossShare;
    private final Metric[] meanGradientMagnitude;
    private final Metric meanTrueProbability;
    private final Metric recall;
    private final Metric precision;
    private final Metric balancedWeight;
    private final Metric effectiveNumberWeight;

    ClassRow(int classIndex, long rows, double weightSum, Metric supportShare, Metric[] lossMean,
        Metric[] lossShare, Metric[] meanGradientMagnitude, Metric meanTrueProbability,
        Metric recall, Metric precision, Metric balancedWeight, Metric effectiveNumberWeight) {
      this.classIndex = classIndex;
      this.rows = rows;
      this.weightSum = weightSum;
      this.supportShare = supportShare;
      this.lossMean = lossMean;
      this.lossShare = lossShare;
      this.meanGradientMagnitude = meanGradientMagnitude;
      this.meanTrueProbability = meanTrueProbability;
      this.recall = recall;
      this.precision = precision;
      this.balancedWeight = balancedWeight;
      this.effectiveNumberWeight = effectiveNumberWeight;
    }

    public int classIndex() {
      return classIndex;
    }

    /** Valid rows whose true label is this class. */
    public long rows() {
      return rows;
    }

    public double weightSum() {
      return weightSum;
    }

    /** This class's weight sum over the total. */
    public Metric supportShare() {
      return supportShare;
    }

    /** {@code sum(w * loss) / sum(w)} over this class's rows. */
    public Metric lossMean(int l) {
      return lossMean[l];
    }

    /** This class's {@code sum(w * loss)} over the total of all classes. */
    public Metric lossShare(int l) {
      return lossShare[l];
    }

    /** {@code sum(w * |gradient|) / sum(w)}: how hard the class pulls on training. */
    public Metric meanGradientMagnitude(int l) {
      return meanGradientMagnitude[l];
    }

    /** Weighted mean predicted probability of the true class. */
    public Metric meanTrueProbability() {
      return meanTrueProbability;
    }

    /** Weight of rows of this class predicted as it, over the class's weight. */
    public Metric recall() {
      return recall;
    }

    /** Weight of rows predicted as this class that are of it, over all predicted as it. */
    public Metric precision() {
      return precision;
    }

    /** Inverse frequency {@code n / (C * n_c)} ("balanced"). */
    public Metric balancedWeight() {
      return balancedWeight;
    }

    /** Effective number of samples (Cui et al. 2019), normalized over the classes with rows. */
    public Metric effectiveNumberWeight() {
      return effectiveNumberWeight;
    }
  }

  private final List<ClassRow> classes;
  private final long rows;
  private final double weightSum;
  private final Metric[] lossMean;
  private final Metric[] macroLossMean;
  private final RowAccounting accounting;

  private PerClassSummary(List<ClassRow> classes, long rows, double weightSum, Metric[] lossMean,
      Metric[] macroLossMean, RowAccounting accounting) {
    this.classes = Collections.unmodifiableList(classes);
    this.rows = rows;
    this.weightSum = weightSum;
    this.lossMean = lossMean;
    this.macroLossMean = macroLossMean;
    this.accounting = accounting;
  }

  /**
   * Reads the breakdown. {@code beta} is the effective-number parameter, in {@code [0, 1)}
   * (0.999 is Cui et al.'s usual choice); the effective-number weights of the classes with rows
   * sum to their number (to C when every class has rows).
   */
  public static PerClassSummary of(PerClassState state, double beta) {
    return of(state, beta, null);
  }

  /**
   * As {@link #of(PerClassState, double)}; when {@code trueProbabilityMissing} is not null
   * (the predictions are scores, not probabilities), every mean true-class probability is
   * missing for that reason.
   */
  public static PerClassSummary of(PerClassState state, double beta,
      String trueProbabilityMissing) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException("beta must be in [0, 1), but was " + beta);
    }
    int numClasses = state.numClasses();
    int numLosses = state.numLosses();
    ExactSum totalWeight = new ExactSum();
    ExactSum[] totalLoss = newSums(numLosses);
    long totalRows = 0;
    int classesWithRows = 0;
    double effectiveNumberNormalizer = 0;
    for (int c = 0; c < numClasses; c++) {
      totalWeight.merge(state.weight(c));
      for (int l = 0; l < numLosses; l++) {
        totalLoss[l].merge(state.loss(c, l));
      }
      long n = state.rows(c);
      totalRows += n;
      if (n > 0) {
        classesWithRows++;
        effectiveNumberNormalizer += inverseEffectiveNumber(n, beta);
      }
    }
    double total = totalWeight.value();
    double[] lossTotals = new double[numLosses];
    for (int l = 0; l < numLosses; l++) {
      lossTotals[l] = totalLoss[l].value();
    }
    List<ClassRow> rows = new ArrayList<>(numClasses);
    double[] macroSums = new double[numLosses];
    for (int c = 0; c < numClasses; c++) {
      long n = state.rows(c);
      double weight = state.weight(c).value();
      Metric[] mean = new Metric[numLosses];
      Metric[] share = new Metric[numLosses];
      Metric[] gradient = new Metric[numLosses];
      for (int l = 0; l < numLosses; l++) {
        double lossSum = state.loss(c, l).value();
        mean[l] = perClassMean(n, lossSum, weight);
        // a class without rows has a share of 0: defined whenever the total is not 0
        share[l] = Metric.ratio(lossSum, lossTotals[l], "the total loss is 0");
        gradient[l] = perClassMean(n, state.gradientMagnitude(c, l).value(), weight);
        if (n > 0) {
          macroSums[l] += mean[l].value();
        }
      }
      rows.add(new ClassRow(c, n, weight,
          Metric.ratio(weight, total, "the total weight is 0"),
          mean, share, gradient,
          trueProbabilityMissing != null ? Metric.missing(trueProbabilityMissing)
              : perClassMean(n, state.trueProbability(c).value(), weight),
          perClassMean(n, state.correctWeight(c).value(), weight),
          Metric.ratio(state.correctWeight(c).value(), state.predictedWeight(c).value(),
              "no rows are predicted as this class"),
          n == 0 ? Metric.missing(NO_ROWS) : Metric.of(totalRows / ((double) numClasses * n)),
          n == 0 ? Metric.missing(NO_ROWS)
              : Metric.of(classesWithRows * inverseEffectiveNumber(n, beta)
                  / effectiveNumberNormalizer)));
    }
    Metric[] overall = new Metric[numLosses];
    Metric[] macro = new Metric[numLosses];
    for (int l = 0; l < numLosses; l++) {
      overall[l] = totalRows == 0 ? Metric.missing("no valid rows")
          : Metric.ratio(lossTotals[l], total, "the weights of the valid rows sum to 0");
      macro[l] = classesWithRows == 0 ? Metric.missing("no valid rows")
          : Metric.of(macroSums[l] / classesWithRows);
    }
    RowAccounting accounting = new RowAccounting();
    accounting.merge(state.accounting());
    return new PerClassSummary(rows, totalRows, total, overall, macro, accounting);
  }

  /**
   * {@code (1 - beta) / (1 - beta^n)}, the inverse of Cui et al.'s effective number of samples,
   * with {@code 1 - beta^n = -expm1(n ln beta)} so that beta near 1 keeps its precision.
   */
  static double inverseEffectiveNumber(long n, double beta) {
    return beta == 0 ? 1 : (1 - beta) / -Math.expm1(n * Math.log(beta));
  }

  private static Metric perClassMean(long n, double sum, double weight) {
    return n == 0 ? Metric.missing(NO_ROWS) : Metric.ratio(sum, weight, ZERO_WEIGHT);
  }

  private static ExactSum[] newSums(int n) {
    ExactSum[] sums = new ExactSum[n];
    for (int i = 0; i < n; i++) {
      sums[i] = new ExactSum();
    }
    return sums;
  }

  /** One row per class, in class order, classes without rows included. */
  public List<ClassRow> classes() {
    return classes;
  }

  /** Valid rows. */
  public long rows() {
    return rows;
  }

  public double weightSum() {
    return weightSum;
  }

  /** {@code sum(w * loss) / sum(w)} over all valid rows. */
  public Metric lossMean(int l) {
    return lossMean[l];
  }

  /** The plain mean of the per-class means, over the classes with rows. */
  public Metric macroLossMean(int l) {
    return macroLossMean[l];
  }

  /** Valid and invalid rows by reason: valid + invalid = every row seen. */
  public RowAccounting accounting() {
    return accounting;
  }
}
