package io.losslens.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * One class's row of a loss report. Loss-keyed maps are keyed by the generic loss name the user
 * gave ({@code cross_entropy}, {@code focal_loss}, ...) in {@link Report#losses} order; a value
 * or map entry is {@code null} when it is not defined, with the reason in {@link #notes}.
 */
public final class ClassStats {
  /** The 0-based class index. */
  public final int classIndex;
  /** The class's name from {@code --class-names}, or {@code null} without names. */
  public final String className;
  /** Valid rows whose true label is this class. */
  public final long count;
  /** The sum of the weights of those rows (class weights applied). */
  public final double weightSum;
  /** This class's weight sum over the total weight. */
  public final Double supportShare;
  /** {@code sum(w * loss) / sum(w)} over this class's rows. */
  public final Map<String, Double> lossMean;
  /** This class's {@code sum(w * loss)} over the total of all classes. */
  public final Map<String, Double> lossShare;
  /** Weighted mean norm of the loss's gradient with respect to the prediction. */
  public final Map<String, Double> meanGradientMagnitude;
  /** Weighted mean probability the model gives this class on its own rows. */
  public final Double meanTrueProbability;
  public final Double recall;
  public final Double precision;
  /** Suggested class weight {@code n / (C n_c)} from row counts (scikit-learn's "balanced"). */
  public final Double balancedWeight;
  /** Suggested class weight by the effective number of samples (Cui et al. 2019). */
  public final Double effectiveNumberWeight;
  /** Why values are missing, if any are. */
  public final List<String> notes;

  public ClassStats(int classIndex, String className, long count, double weightSum,
      Double supportShare, Map<String, Double> lossMean, Map<String, Double> lossShare,
      Map<String, Double> meanGradientMagnitude, Double meanTrueProbability, Double recall,
      Double precision, Double balancedWeight, Double effectiveNumberWeight, List<String> notes) {
    this.classIndex = classIndex;
    this.className = className;
    this.count = count;
    this.weightSum = weightSum;
    this.supportShare = supportShare;
    this.lossMean = Maps.copy(lossMean);
    this.lossShare = Maps.copy(lossShare);
    this.meanGradientMagnitude = Maps.copy(meanGradientMagnitude);
    this.meanTrueProbability = meanTrueProbability;
    this.recall = recall;
    this.precision = precision;
    this.balancedWeight = balancedWeight;
    this.effectiveNumberWeight = effectiveNumberWeight;
    this.notes = List.copyOf(notes);
  }
}
