package io.losslens.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The LossLens SQL functions as a Java/Scala {@link Column} API, one method per function and
 * arity (optional trailing arguments take their SQL defaults). Each builds the same call as
 * SQL does, so it runs on the same fast path; the functions are registered in the active
 * session on first use.
 *
 * <p>Generated from {@code LossRegistry} by {@code LossColumnsSourceTest}; do not edit.
 */
public final class LossColumns {
  private LossColumns() {}

  /**
   * {@code binary_cross_entropy}: Binary cross-entropy -(y ln p~ + (1-y) ln(1-p~)), with p clipped to [eps, 1-eps] symmetrically.
   *
   * <p>SQL: {@code binary_cross_entropy(label, p [, eps])}
   */
  public static Column binaryCrossEntropy(Column label, Column p) {
    return call("binary_cross_entropy", label, p);
  }

  /**
   * {@code binary_cross_entropy}: Binary cross-entropy -(y ln p~ + (1-y) ln(1-p~)), with p clipped to [eps, 1-eps] symmetrically.
   *
   * <p>SQL: {@code binary_cross_entropy(label, p [, eps])}
   */
  public static Column binaryCrossEntropy(Column label, Column p, Column eps) {
    return call("binary_cross_entropy", label, p, eps);
  }

  /**
   * {@code try_binary_cross_entropy}: NULL where {@link #binaryCrossEntropy} would fail. Binary cross-entropy -(y ln p~ + (1-y) ln(1-p~)), with p clipped to [eps, 1-eps] symmetrically.
   *
   * <p>SQL: {@code binary_cross_entropy(label, p [, eps])}
   */
  public static Column tryBinaryCrossEntropy(Column label, Column p) {
    return call("try_binary_cross_entropy", label, p);
  }

  /**
   * {@code try_binary_cross_entropy}: NULL where {@link #binaryCrossEntropy} would fail. Binary cross-entropy -(y ln p~ + (1-y) ln(1-p~)), with p clipped to [eps, 1-eps] symmetrically.
   *
   * <p>SQL: {@code binary_cross_entropy(label, p [, eps])}
   */
  public static Column tryBinaryCrossEntropy(Column label, Column p, Column eps) {
    return call("try_binary_cross_entropy", label, p, eps);
  }

  /**
   * {@code binary_cross_entropy_logits}: Binary cross-entropy of sigmoid(z), computed stably as max(z, 0) - z*y + ln(1 + e^-abs(z)).
   *
   * <p>SQL: {@code binary_cross_entropy_logits(label, z)}
   */
  public static Column binaryCrossEntropyLogits(Column label, Column z) {
    return call("binary_cross_entropy_logits", label, z);
  }

  /**
   * {@code try_binary_cross_entropy_logits}: NULL where {@link #binaryCrossEntropyLogits} would fail. Binary cross-entropy of sigmoid(z), computed stably as max(z, 0) - z*y + ln(1 + e^-abs(z)).
   *
   * <p>SQL: {@code binary_cross_entropy_logits(label, z)}
   */
  public static Column tryBinaryCrossEntropyLogits(Column label, Column z) {
    return call("try_binary_cross_entropy_logits", label, z);
  }

  /**
   * {@code hinge_loss}: Hinge loss max(0, 1 - t*s), t = +1 for label 1, -1 for 0 or -1.
   *
   * <p>SQL: {@code hinge_loss(label, score)}
   */
  public static Column hingeLoss(Column label, Column score) {
    return call("hinge_loss", label, score);
  }

  /**
   * {@code try_hinge_loss}: NULL where {@link #hingeLoss} would fail. Hinge loss max(0, 1 - t*s), t = +1 for label 1, -1 for 0 or -1.
   *
   * <p>SQL: {@code hinge_loss(label, score)}
   */
  public static Column tryHingeLoss(Column label, Column score) {
    return call("try_hinge_loss", label, score);
  }

  /**
   * {@code squared_hinge_loss}: Squared hinge loss max(0, 1 - t*s)^2.
   *
   * <p>SQL: {@code squared_hinge_loss(label, score)}
   */
  public static Column squaredHingeLoss(Column label, Column score) {
    return call("squared_hinge_loss", label, score);
  }

  /**
   * {@code try_squared_hinge_loss}: NULL where {@link #squaredHingeLoss} would fail. Squared hinge loss max(0, 1 - t*s)^2.
   *
   * <p>SQL: {@code squared_hinge_loss(label, score)}
   */
  public static Column trySquaredHingeLoss(Column label, Column score) {
    return call("try_squared_hinge_loss", label, score);
  }

  /**
   * {@code focal_loss}: Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLoss(Column label, Column p) {
    return call("focal_loss", label, p);
  }

  /**
   * {@code focal_loss}: Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLoss(Column label, Column p, Column alpha) {
    return call("focal_loss", label, p, alpha);
  }

  /**
   * {@code focal_loss}: Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLoss(Column label, Column p, Column alpha, Column gamma) {
    return call("focal_loss", label, p, alpha, gamma);
  }

  /**
   * {@code focal_loss}: Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLoss(Column label, Column p, Column alpha, Column gamma, Column eps) {
    return call("focal_loss", label, p, alpha, gamma, eps);
  }

  /**
   * {@code try_focal_loss}: NULL where {@link #focalLoss} would fail. Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLoss(Column label, Column p) {
    return call("try_focal_loss", label, p);
  }

  /**
   * {@code try_focal_loss}: NULL where {@link #focalLoss} would fail. Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLoss(Column label, Column p, Column alpha) {
    return call("try_focal_loss", label, p, alpha);
  }

  /**
   * {@code try_focal_loss}: NULL where {@link #focalLoss} would fail. Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLoss(Column label, Column p, Column alpha, Column gamma) {
    return call("try_focal_loss", label, p, alpha, gamma);
  }

  /**
   * {@code try_focal_loss}: NULL where {@link #focalLoss} would fail. Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.
   *
   * <p>SQL: {@code focal_loss(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLoss(Column label, Column p, Column alpha, Column gamma, Column eps) {
    return call("try_focal_loss", label, p, alpha, gamma, eps);
  }

  /**
   * {@code focal_loss_logits}: Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogits(Column label, Column z) {
    return call("focal_loss_logits", label, z);
  }

  /**
   * {@code focal_loss_logits}: Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogits(Column label, Column z, Column alpha) {
    return call("focal_loss_logits", label, z, alpha);
  }

  /**
   * {@code focal_loss_logits}: Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogits(Column label, Column z, Column alpha, Column gamma) {
    return call("focal_loss_logits", label, z, alpha, gamma);
  }

  /**
   * {@code try_focal_loss_logits}: NULL where {@link #focalLossLogits} would fail. Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogits(Column label, Column z) {
    return call("try_focal_loss_logits", label, z);
  }

  /**
   * {@code try_focal_loss_logits}: NULL where {@link #focalLossLogits} would fail. Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogits(Column label, Column z, Column alpha) {
    return call("try_focal_loss_logits", label, z, alpha);
  }

  /**
   * {@code try_focal_loss_logits}: NULL where {@link #focalLossLogits} would fail. Binary focal loss of sigmoid(z), with the cross-entropy term computed stably from the logit.
   *
   * <p>SQL: {@code focal_loss_logits(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogits(Column label, Column z, Column alpha, Column gamma) {
    return call("try_focal_loss_logits", label, z, alpha, gamma);
  }

  /**
   * {@code cross_entropy}: Multi-class cross-entropy -ln p~[label].
   *
   * <p>SQL: {@code cross_entropy(label, probs [, eps])}
   */
  public static Column crossEntropy(Column label, Column probs) {
    return call("cross_entropy", label, probs);
  }

  /**
   * {@code cross_entropy}: Multi-class cross-entropy -ln p~[label].
   *
   * <p>SQL: {@code cross_entropy(label, probs [, eps])}
   */
  public static Column crossEntropy(Column label, Column probs, Column eps) {
    return call("cross_entropy", label, probs, eps);
  }

  /**
   * {@code try_cross_entropy}: NULL where {@link #crossEntropy} would fail. Multi-class cross-entropy -ln p~[label].
   *
   * <p>SQL: {@code cross_entropy(label, probs [, eps])}
   */
  public static Column tryCrossEntropy(Column label, Column probs) {
    return call("try_cross_entropy", label, probs);
  }

  /**
   * {@code try_cross_entropy}: NULL where {@link #crossEntropy} would fail. Multi-class cross-entropy -ln p~[label].
   *
   * <p>SQL: {@code cross_entropy(label, probs [, eps])}
   */
  public static Column tryCrossEntropy(Column label, Column probs, Column eps) {
    return call("try_cross_entropy", label, probs, eps);
  }

  /**
   * {@code cross_entropy_logits}: Softmax cross-entropy logsumexp(z) - z[label], computed stably.
   *
   * <p>SQL: {@code cross_entropy_logits(label, logits)}
   */
  public static Column crossEntropyLogits(Column label, Column logits) {
    return call("cross_entropy_logits", label, logits);
  }

  /**
   * {@code try_cross_entropy_logits}: NULL where {@link #crossEntropyLogits} would fail. Softmax cross-entropy logsumexp(z) - z[label], computed stably.
   *
   * <p>SQL: {@code cross_entropy_logits(label, logits)}
   */
  public static Column tryCrossEntropyLogits(Column label, Column logits) {
    return call("try_cross_entropy_logits", label, logits);
  }

  /**
   * {@code soft_cross_entropy}: Soft-label cross-entropy -sum_i target[i] ln p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy(target, probs [, eps])}
   */
  public static Column softCrossEntropy(Column target, Column probs) {
    return call("soft_cross_entropy", target, probs);
  }

  /**
   * {@code soft_cross_entropy}: Soft-label cross-entropy -sum_i target[i] ln p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy(target, probs [, eps])}
   */
  public static Column softCrossEntropy(Column target, Column probs, Column eps) {
    return call("soft_cross_entropy", target, probs, eps);
  }

  /**
   * {@code try_soft_cross_entropy}: NULL where {@link #softCrossEntropy} would fail. Soft-label cross-entropy -sum_i target[i] ln p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy(target, probs [, eps])}
   */
  public static Column trySoftCrossEntropy(Column target, Column probs) {
    return call("try_soft_cross_entropy", target, probs);
  }

  /**
   * {@code try_soft_cross_entropy}: NULL where {@link #softCrossEntropy} would fail. Soft-label cross-entropy -sum_i target[i] ln p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy(target, probs [, eps])}
   */
  public static Column trySoftCrossEntropy(Column target, Column probs, Column eps) {
    return call("try_soft_cross_entropy", target, probs, eps);
  }

  /**
   * {@code weighted_cross_entropy}: Class-weighted cross-entropy -class_weights[label] ln p~[label].
   *
   * <p>SQL: {@code weighted_cross_entropy(label, probs, class_weights [, eps])}
   */
  public static Column weightedCrossEntropy(Column label, Column probs, Column classWeights) {
    return call("weighted_cross_entropy", label, probs, classWeights);
  }

  /**
   * {@code weighted_cross_entropy}: Class-weighted cross-entropy -class_weights[label] ln p~[label].
   *
   * <p>SQL: {@code weighted_cross_entropy(label, probs, class_weights [, eps])}
   */
  public static Column weightedCrossEntropy(Column label, Column probs, Column classWeights, Column eps) {
    return call("weighted_cross_entropy", label, probs, classWeights, eps);
  }

  /**
   * {@code try_weighted_cross_entropy}: NULL where {@link #weightedCrossEntropy} would fail. Class-weighted cross-entropy -class_weights[label] ln p~[label].
   *
   * <p>SQL: {@code weighted_cross_entropy(label, probs, class_weights [, eps])}
   */
  public static Column tryWeightedCrossEntropy(Column label, Column probs, Column classWeights) {
    return call("try_weighted_cross_entropy", label, probs, classWeights);
  }

  /**
   * {@code try_weighted_cross_entropy}: NULL where {@link #weightedCrossEntropy} would fail. Class-weighted cross-entropy -class_weights[label] ln p~[label].
   *
   * <p>SQL: {@code weighted_cross_entropy(label, probs, class_weights [, eps])}
   */
  public static Column tryWeightedCrossEntropy(Column label, Column probs, Column classWeights, Column eps) {
    return call("try_weighted_cross_entropy", label, probs, classWeights, eps);
  }

  /**
   * {@code multilabel_cross_entropy}: Multi-label cross-entropy: the sum over labels of binary_cross_entropy(labels[i], probs[i]).
   *
   * <p>SQL: {@code multilabel_cross_entropy(labels, probs [, eps])}
   */
  public static Column multilabelCrossEntropy(Column labels, Column probs) {
    return call("multilabel_cross_entropy", labels, probs);
  }

  /**
   * {@code multilabel_cross_entropy}: Multi-label cross-entropy: the sum over labels of binary_cross_entropy(labels[i], probs[i]).
   *
   * <p>SQL: {@code multilabel_cross_entropy(labels, probs [, eps])}
   */
  public static Column multilabelCrossEntropy(Column labels, Column probs, Column eps) {
    return call("multilabel_cross_entropy", labels, probs, eps);
  }

  /**
   * {@code try_multilabel_cross_entropy}: NULL where {@link #multilabelCrossEntropy} would fail. Multi-label cross-entropy: the sum over labels of binary_cross_entropy(labels[i], probs[i]).
   *
   * <p>SQL: {@code multilabel_cross_entropy(labels, probs [, eps])}
   */
  public static Column tryMultilabelCrossEntropy(Column labels, Column probs) {
    return call("try_multilabel_cross_entropy", labels, probs);
  }

  /**
   * {@code try_multilabel_cross_entropy}: NULL where {@link #multilabelCrossEntropy} would fail. Multi-label cross-entropy: the sum over labels of binary_cross_entropy(labels[i], probs[i]).
   *
   * <p>SQL: {@code multilabel_cross_entropy(labels, probs [, eps])}
   */
  public static Column tryMultilabelCrossEntropy(Column labels, Column probs, Column eps) {
    return call("try_multilabel_cross_entropy", labels, probs, eps);
  }

  /**
   * {@code multiclass_hinge_loss}: Crammer-Singer multi-class hinge loss max(0, 1 + max_&#123;j != label&#125; s[j] - s[label]).
   *
   * <p>SQL: {@code multiclass_hinge_loss(label, scores)}
   */
  public static Column multiclassHingeLoss(Column label, Column scores) {
    return call("multiclass_hinge_loss", label, scores);
  }

  /**
   * {@code try_multiclass_hinge_loss}: NULL where {@link #multiclassHingeLoss} would fail. Crammer-Singer multi-class hinge loss max(0, 1 + max_&#123;j != label&#125; s[j] - s[label]).
   *
   * <p>SQL: {@code multiclass_hinge_loss(label, scores)}
   */
  public static Column tryMulticlassHingeLoss(Column label, Column scores) {
    return call("try_multiclass_hinge_loss", label, scores);
  }

  /**
   * {@code multiclass_squared_hinge_loss}: Square of multiclass_hinge_loss.
   *
   * <p>SQL: {@code multiclass_squared_hinge_loss(label, scores)}
   */
  public static Column multiclassSquaredHingeLoss(Column label, Column scores) {
    return call("multiclass_squared_hinge_loss", label, scores);
  }

  /**
   * {@code try_multiclass_squared_hinge_loss}: NULL where {@link #multiclassSquaredHingeLoss} would fail. Square of multiclass_hinge_loss.
   *
   * <p>SQL: {@code multiclass_squared_hinge_loss(label, scores)}
   */
  public static Column tryMulticlassSquaredHingeLoss(Column label, Column scores) {
    return call("try_multiclass_squared_hinge_loss", label, scores);
  }

  /**
   * {@code multiclass_focal_loss}: Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLoss(Column label, Column probs) {
    return call("multiclass_focal_loss", label, probs);
  }

  /**
   * {@code multiclass_focal_loss}: Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLoss(Column label, Column probs, Column gamma) {
    return call("multiclass_focal_loss", label, probs, gamma);
  }

  /**
   * {@code multiclass_focal_loss}: Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLoss(Column label, Column probs, Column gamma, Column alphas) {
    return call("multiclass_focal_loss", label, probs, gamma, alphas);
  }

  /**
   * {@code multiclass_focal_loss}: Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLoss(Column label, Column probs, Column gamma, Column alphas, Column eps) {
    return call("multiclass_focal_loss", label, probs, gamma, alphas, eps);
  }

  /**
   * {@code try_multiclass_focal_loss}: NULL where {@link #multiclassFocalLoss} would fail. Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLoss(Column label, Column probs) {
    return call("try_multiclass_focal_loss", label, probs);
  }

  /**
   * {@code try_multiclass_focal_loss}: NULL where {@link #multiclassFocalLoss} would fail. Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLoss(Column label, Column probs, Column gamma) {
    return call("try_multiclass_focal_loss", label, probs, gamma);
  }

  /**
   * {@code try_multiclass_focal_loss}: NULL where {@link #multiclassFocalLoss} would fail. Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLoss(Column label, Column probs, Column gamma, Column alphas) {
    return call("try_multiclass_focal_loss", label, probs, gamma, alphas);
  }

  /**
   * {@code try_multiclass_focal_loss}: NULL where {@link #multiclassFocalLoss} would fail. Multi-class focal loss -alpha_label * (1 - p~[label])^gamma * ln p~[label].
   *
   * <p>SQL: {@code multiclass_focal_loss(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLoss(Column label, Column probs, Column gamma, Column alphas, Column eps) {
    return call("try_multiclass_focal_loss", label, probs, gamma, alphas, eps);
  }

  /**
   * {@code kl_divergence}: Kullback-Leibler divergence sum_&#123;p[i] &gt; 0&#125; p[i] ln(p[i] / max(q[i], eps)).
   *
   * <p>SQL: {@code kl_divergence(p, q [, eps])}
   */
  public static Column klDivergence(Column p, Column q) {
    return call("kl_divergence", p, q);
  }

  /**
   * {@code kl_divergence}: Kullback-Leibler divergence sum_&#123;p[i] &gt; 0&#125; p[i] ln(p[i] / max(q[i], eps)).
   *
   * <p>SQL: {@code kl_divergence(p, q [, eps])}
   */
  public static Column klDivergence(Column p, Column q, Column eps) {
    return call("kl_divergence", p, q, eps);
  }

  /**
   * {@code try_kl_divergence}: NULL where {@link #klDivergence} would fail. Kullback-Leibler divergence sum_&#123;p[i] &gt; 0&#125; p[i] ln(p[i] / max(q[i], eps)).
   *
   * <p>SQL: {@code kl_divergence(p, q [, eps])}
   */
  public static Column tryKlDivergence(Column p, Column q) {
    return call("try_kl_divergence", p, q);
  }

  /**
   * {@code try_kl_divergence}: NULL where {@link #klDivergence} would fail. Kullback-Leibler divergence sum_&#123;p[i] &gt; 0&#125; p[i] ln(p[i] / max(q[i], eps)).
   *
   * <p>SQL: {@code kl_divergence(p, q [, eps])}
   */
  public static Column tryKlDivergence(Column p, Column q, Column eps) {
    return call("try_kl_divergence", p, q, eps);
  }

  /**
   * {@code js_divergence}: Jensen-Shannon divergence 0.5 KL(p||m) + 0.5 KL(q||m), m = (p+q)/2; at most ln 2.
   *
   * <p>SQL: {@code js_divergence(p, q)}
   */
  public static Column jsDivergence(Column p, Column q) {
    return call("js_divergence", p, q);
  }

  /**
   * {@code try_js_divergence}: NULL where {@link #jsDivergence} would fail. Jensen-Shannon divergence 0.5 KL(p||m) + 0.5 KL(q||m), m = (p+q)/2; at most ln 2.
   *
   * <p>SQL: {@code js_divergence(p, q)}
   */
  public static Column tryJsDivergence(Column p, Column q) {
    return call("try_js_divergence", p, q);
  }

  /**
   * {@code binary_cross_entropy_grad}: d binary_cross_entropy / d p = -y/p~ + (1-y)/(1-p~).
   *
   * <p>SQL: {@code binary_cross_entropy_grad(label, p [, eps])}
   */
  public static Column binaryCrossEntropyGrad(Column label, Column p) {
    return call("binary_cross_entropy_grad", label, p);
  }

  /**
   * {@code binary_cross_entropy_grad}: d binary_cross_entropy / d p = -y/p~ + (1-y)/(1-p~).
   *
   * <p>SQL: {@code binary_cross_entropy_grad(label, p [, eps])}
   */
  public static Column binaryCrossEntropyGrad(Column label, Column p, Column eps) {
    return call("binary_cross_entropy_grad", label, p, eps);
  }

  /**
   * {@code try_binary_cross_entropy_grad}: NULL where {@link #binaryCrossEntropyGrad} would fail. d binary_cross_entropy / d p = -y/p~ + (1-y)/(1-p~).
   *
   * <p>SQL: {@code binary_cross_entropy_grad(label, p [, eps])}
   */
  public static Column tryBinaryCrossEntropyGrad(Column label, Column p) {
    return call("try_binary_cross_entropy_grad", label, p);
  }

  /**
   * {@code try_binary_cross_entropy_grad}: NULL where {@link #binaryCrossEntropyGrad} would fail. d binary_cross_entropy / d p = -y/p~ + (1-y)/(1-p~).
   *
   * <p>SQL: {@code binary_cross_entropy_grad(label, p [, eps])}
   */
  public static Column tryBinaryCrossEntropyGrad(Column label, Column p, Column eps) {
    return call("try_binary_cross_entropy_grad", label, p, eps);
  }

  /**
   * {@code binary_cross_entropy_logits_grad}: d binary_cross_entropy_logits / d z = sigmoid(z) - y.
   *
   * <p>SQL: {@code binary_cross_entropy_logits_grad(label, z)}
   */
  public static Column binaryCrossEntropyLogitsGrad(Column label, Column z) {
    return call("binary_cross_entropy_logits_grad", label, z);
  }

  /**
   * {@code try_binary_cross_entropy_logits_grad}: NULL where {@link #binaryCrossEntropyLogitsGrad} would fail. d binary_cross_entropy_logits / d z = sigmoid(z) - y.
   *
   * <p>SQL: {@code binary_cross_entropy_logits_grad(label, z)}
   */
  public static Column tryBinaryCrossEntropyLogitsGrad(Column label, Column z) {
    return call("try_binary_cross_entropy_logits_grad", label, z);
  }

  /**
   * {@code hinge_loss_grad}: d hinge_loss / d score: -t where t*s &lt; 1, else 0.
   *
   * <p>SQL: {@code hinge_loss_grad(label, score)}
   */
  public static Column hingeLossGrad(Column label, Column score) {
    return call("hinge_loss_grad", label, score);
  }

  /**
   * {@code try_hinge_loss_grad}: NULL where {@link #hingeLossGrad} would fail. d hinge_loss / d score: -t where t*s &lt; 1, else 0.
   *
   * <p>SQL: {@code hinge_loss_grad(label, score)}
   */
  public static Column tryHingeLossGrad(Column label, Column score) {
    return call("try_hinge_loss_grad", label, score);
  }

  /**
   * {@code squared_hinge_loss_grad}: d squared_hinge_loss / d score = -2*t*max(0, 1 - t*s).
   *
   * <p>SQL: {@code squared_hinge_loss_grad(label, score)}
   */
  public static Column squaredHingeLossGrad(Column label, Column score) {
    return call("squared_hinge_loss_grad", label, score);
  }

  /**
   * {@code try_squared_hinge_loss_grad}: NULL where {@link #squaredHingeLossGrad} would fail. d squared_hinge_loss / d score = -2*t*max(0, 1 - t*s).
   *
   * <p>SQL: {@code squared_hinge_loss_grad(label, score)}
   */
  public static Column trySquaredHingeLossGrad(Column label, Column score) {
    return call("try_squared_hinge_loss_grad", label, score);
  }

  /**
   * {@code focal_loss_grad}: d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLossGrad(Column label, Column p) {
    return call("focal_loss_grad", label, p);
  }

  /**
   * {@code focal_loss_grad}: d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLossGrad(Column label, Column p, Column alpha) {
    return call("focal_loss_grad", label, p, alpha);
  }

  /**
   * {@code focal_loss_grad}: d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLossGrad(Column label, Column p, Column alpha, Column gamma) {
    return call("focal_loss_grad", label, p, alpha, gamma);
  }

  /**
   * {@code focal_loss_grad}: d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column focalLossGrad(Column label, Column p, Column alpha, Column gamma, Column eps) {
    return call("focal_loss_grad", label, p, alpha, gamma, eps);
  }

  /**
   * {@code try_focal_loss_grad}: NULL where {@link #focalLossGrad} would fail. d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLossGrad(Column label, Column p) {
    return call("try_focal_loss_grad", label, p);
  }

  /**
   * {@code try_focal_loss_grad}: NULL where {@link #focalLossGrad} would fail. d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLossGrad(Column label, Column p, Column alpha) {
    return call("try_focal_loss_grad", label, p, alpha);
  }

  /**
   * {@code try_focal_loss_grad}: NULL where {@link #focalLossGrad} would fail. d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLossGrad(Column label, Column p, Column alpha, Column gamma) {
    return call("try_focal_loss_grad", label, p, alpha, gamma);
  }

  /**
   * {@code try_focal_loss_grad}: NULL where {@link #focalLossGrad} would fail. d focal_loss / d p.
   *
   * <p>SQL: {@code focal_loss_grad(label, p [, alpha [, gamma [, eps]]])}
   */
  public static Column tryFocalLossGrad(Column label, Column p, Column alpha, Column gamma, Column eps) {
    return call("try_focal_loss_grad", label, p, alpha, gamma, eps);
  }

  /**
   * {@code focal_loss_logits_grad}: d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogitsGrad(Column label, Column z) {
    return call("focal_loss_logits_grad", label, z);
  }

  /**
   * {@code focal_loss_logits_grad}: d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogitsGrad(Column label, Column z, Column alpha) {
    return call("focal_loss_logits_grad", label, z, alpha);
  }

  /**
   * {@code focal_loss_logits_grad}: d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column focalLossLogitsGrad(Column label, Column z, Column alpha, Column gamma) {
    return call("focal_loss_logits_grad", label, z, alpha, gamma);
  }

  /**
   * {@code try_focal_loss_logits_grad}: NULL where {@link #focalLossLogitsGrad} would fail. d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogitsGrad(Column label, Column z) {
    return call("try_focal_loss_logits_grad", label, z);
  }

  /**
   * {@code try_focal_loss_logits_grad}: NULL where {@link #focalLossLogitsGrad} would fail. d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogitsGrad(Column label, Column z, Column alpha) {
    return call("try_focal_loss_logits_grad", label, z, alpha);
  }

  /**
   * {@code try_focal_loss_logits_grad}: NULL where {@link #focalLossLogitsGrad} would fail. d focal_loss_logits / d z.
   *
   * <p>SQL: {@code focal_loss_logits_grad(label, z [, alpha [, gamma]])}
   */
  public static Column tryFocalLossLogitsGrad(Column label, Column z, Column alpha, Column gamma) {
    return call("try_focal_loss_logits_grad", label, z, alpha, gamma);
  }

  /**
   * {@code cross_entropy_grad}: d cross_entropy / d probs: -1/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code cross_entropy_grad(label, probs [, eps])}
   */
  public static Column crossEntropyGrad(Column label, Column probs) {
    return call("cross_entropy_grad", label, probs);
  }

  /**
   * {@code cross_entropy_grad}: d cross_entropy / d probs: -1/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code cross_entropy_grad(label, probs [, eps])}
   */
  public static Column crossEntropyGrad(Column label, Column probs, Column eps) {
    return call("cross_entropy_grad", label, probs, eps);
  }

  /**
   * {@code try_cross_entropy_grad}: NULL where {@link #crossEntropyGrad} would fail. d cross_entropy / d probs: -1/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code cross_entropy_grad(label, probs [, eps])}
   */
  public static Column tryCrossEntropyGrad(Column label, Column probs) {
    return call("try_cross_entropy_grad", label, probs);
  }

  /**
   * {@code try_cross_entropy_grad}: NULL where {@link #crossEntropyGrad} would fail. d cross_entropy / d probs: -1/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code cross_entropy_grad(label, probs [, eps])}
   */
  public static Column tryCrossEntropyGrad(Column label, Column probs, Column eps) {
    return call("try_cross_entropy_grad", label, probs, eps);
  }

  /**
   * {@code cross_entropy_logits_grad}: d cross_entropy_logits / d logits = softmax(z) - onehot(label).
   *
   * <p>SQL: {@code cross_entropy_logits_grad(label, logits)}
   */
  public static Column crossEntropyLogitsGrad(Column label, Column logits) {
    return call("cross_entropy_logits_grad", label, logits);
  }

  /**
   * {@code try_cross_entropy_logits_grad}: NULL where {@link #crossEntropyLogitsGrad} would fail. d cross_entropy_logits / d logits = softmax(z) - onehot(label).
   *
   * <p>SQL: {@code cross_entropy_logits_grad(label, logits)}
   */
  public static Column tryCrossEntropyLogitsGrad(Column label, Column logits) {
    return call("try_cross_entropy_logits_grad", label, logits);
  }

  /**
   * {@code soft_cross_entropy_grad}: d soft_cross_entropy / d probs = -target[i]/p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy_grad(target, probs [, eps])}
   */
  public static Column softCrossEntropyGrad(Column target, Column probs) {
    return call("soft_cross_entropy_grad", target, probs);
  }

  /**
   * {@code soft_cross_entropy_grad}: d soft_cross_entropy / d probs = -target[i]/p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy_grad(target, probs [, eps])}
   */
  public static Column softCrossEntropyGrad(Column target, Column probs, Column eps) {
    return call("soft_cross_entropy_grad", target, probs, eps);
  }

  /**
   * {@code try_soft_cross_entropy_grad}: NULL where {@link #softCrossEntropyGrad} would fail. d soft_cross_entropy / d probs = -target[i]/p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy_grad(target, probs [, eps])}
   */
  public static Column trySoftCrossEntropyGrad(Column target, Column probs) {
    return call("try_soft_cross_entropy_grad", target, probs);
  }

  /**
   * {@code try_soft_cross_entropy_grad}: NULL where {@link #softCrossEntropyGrad} would fail. d soft_cross_entropy / d probs = -target[i]/p~[i].
   *
   * <p>SQL: {@code soft_cross_entropy_grad(target, probs [, eps])}
   */
  public static Column trySoftCrossEntropyGrad(Column target, Column probs, Column eps) {
    return call("try_soft_cross_entropy_grad", target, probs, eps);
  }

  /**
   * {@code weighted_cross_entropy_grad}: d weighted_cross_entropy / d probs: -class_weights[label]/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}
   */
  public static Column weightedCrossEntropyGrad(Column label, Column probs, Column classWeights) {
    return call("weighted_cross_entropy_grad", label, probs, classWeights);
  }

  /**
   * {@code weighted_cross_entropy_grad}: d weighted_cross_entropy / d probs: -class_weights[label]/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}
   */
  public static Column weightedCrossEntropyGrad(Column label, Column probs, Column classWeights, Column eps) {
    return call("weighted_cross_entropy_grad", label, probs, classWeights, eps);
  }

  /**
   * {@code try_weighted_cross_entropy_grad}: NULL where {@link #weightedCrossEntropyGrad} would fail. d weighted_cross_entropy / d probs: -class_weights[label]/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}
   */
  public static Column tryWeightedCrossEntropyGrad(Column label, Column probs, Column classWeights) {
    return call("try_weighted_cross_entropy_grad", label, probs, classWeights);
  }

  /**
   * {@code try_weighted_cross_entropy_grad}: NULL where {@link #weightedCrossEntropyGrad} would fail. d weighted_cross_entropy / d probs: -class_weights[label]/p~[label] at the label, 0 elsewhere.
   *
   * <p>SQL: {@code weighted_cross_entropy_grad(label, probs, class_weights [, eps])}
   */
  public static Column tryWeightedCrossEntropyGrad(Column label, Column probs, Column classWeights, Column eps) {
    return call("try_weighted_cross_entropy_grad", label, probs, classWeights, eps);
  }

  /**
   * {@code multilabel_cross_entropy_grad}: d multilabel_cross_entropy / d probs: binary_cross_entropy_grad per output.
   *
   * <p>SQL: {@code multilabel_cross_entropy_grad(labels, probs [, eps])}
   */
  public static Column multilabelCrossEntropyGrad(Column labels, Column probs) {
    return call("multilabel_cross_entropy_grad", labels, probs);
  }

  /**
   * {@code multilabel_cross_entropy_grad}: d multilabel_cross_entropy / d probs: binary_cross_entropy_grad per output.
   *
   * <p>SQL: {@code multilabel_cross_entropy_grad(labels, probs [, eps])}
   */
  public static Column multilabelCrossEntropyGrad(Column labels, Column probs, Column eps) {
    return call("multilabel_cross_entropy_grad", labels, probs, eps);
  }

  /**
   * {@code try_multilabel_cross_entropy_grad}: NULL where {@link #multilabelCrossEntropyGrad} would fail. d multilabel_cross_entropy / d probs: binary_cross_entropy_grad per output.
   *
   * <p>SQL: {@code multilabel_cross_entropy_grad(labels, probs [, eps])}
   */
  public static Column tryMultilabelCrossEntropyGrad(Column labels, Column probs) {
    return call("try_multilabel_cross_entropy_grad", labels, probs);
  }

  /**
   * {@code try_multilabel_cross_entropy_grad}: NULL where {@link #multilabelCrossEntropyGrad} would fail. d multilabel_cross_entropy / d probs: binary_cross_entropy_grad per output.
   *
   * <p>SQL: {@code multilabel_cross_entropy_grad(labels, probs [, eps])}
   */
  public static Column tryMultilabelCrossEntropyGrad(Column labels, Column probs, Column eps) {
    return call("try_multilabel_cross_entropy_grad", labels, probs, eps);
  }

  /**
   * {@code multiclass_hinge_loss_grad}: d multiclass_hinge_loss / d scores: where the loss is &gt; 0, +1 at the strongest other class (lowest index on ties) and -1 at the label.
   *
   * <p>SQL: {@code multiclass_hinge_loss_grad(label, scores)}
   */
  public static Column multiclassHingeLossGrad(Column label, Column scores) {
    return call("multiclass_hinge_loss_grad", label, scores);
  }

  /**
   * {@code try_multiclass_hinge_loss_grad}: NULL where {@link #multiclassHingeLossGrad} would fail. d multiclass_hinge_loss / d scores: where the loss is &gt; 0, +1 at the strongest other class (lowest index on ties) and -1 at the label.
   *
   * <p>SQL: {@code multiclass_hinge_loss_grad(label, scores)}
   */
  public static Column tryMulticlassHingeLossGrad(Column label, Column scores) {
    return call("try_multiclass_hinge_loss_grad", label, scores);
  }

  /**
   * {@code multiclass_squared_hinge_loss_grad}: d multiclass_squared_hinge_loss / d scores = 2 * multiclass_hinge_loss * multiclass_hinge_loss_grad.
   *
   * <p>SQL: {@code multiclass_squared_hinge_loss_grad(label, scores)}
   */
  public static Column multiclassSquaredHingeLossGrad(Column label, Column scores) {
    return call("multiclass_squared_hinge_loss_grad", label, scores);
  }

  /**
   * {@code try_multiclass_squared_hinge_loss_grad}: NULL where {@link #multiclassSquaredHingeLossGrad} would fail. d multiclass_squared_hinge_loss / d scores = 2 * multiclass_hinge_loss * multiclass_hinge_loss_grad.
   *
   * <p>SQL: {@code multiclass_squared_hinge_loss_grad(label, scores)}
   */
  public static Column tryMulticlassSquaredHingeLossGrad(Column label, Column scores) {
    return call("try_multiclass_squared_hinge_loss_grad", label, scores);
  }

  /**
   * {@code multiclass_focal_loss_grad}: d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLossGrad(Column label, Column probs) {
    return call("multiclass_focal_loss_grad", label, probs);
  }

  /**
   * {@code multiclass_focal_loss_grad}: d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLossGrad(Column label, Column probs, Column gamma) {
    return call("multiclass_focal_loss_grad", label, probs, gamma);
  }

  /**
   * {@code multiclass_focal_loss_grad}: d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLossGrad(Column label, Column probs, Column gamma, Column alphas) {
    return call("multiclass_focal_loss_grad", label, probs, gamma, alphas);
  }

  /**
   * {@code multiclass_focal_loss_grad}: d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column multiclassFocalLossGrad(Column label, Column probs, Column gamma, Column alphas, Column eps) {
    return call("multiclass_focal_loss_grad", label, probs, gamma, alphas, eps);
  }

  /**
   * {@code try_multiclass_focal_loss_grad}: NULL where {@link #multiclassFocalLossGrad} would fail. d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLossGrad(Column label, Column probs) {
    return call("try_multiclass_focal_loss_grad", label, probs);
  }

  /**
   * {@code try_multiclass_focal_loss_grad}: NULL where {@link #multiclassFocalLossGrad} would fail. d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLossGrad(Column label, Column probs, Column gamma) {
    return call("try_multiclass_focal_loss_grad", label, probs, gamma);
  }

  /**
   * {@code try_multiclass_focal_loss_grad}: NULL where {@link #multiclassFocalLossGrad} would fail. d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLossGrad(Column label, Column probs, Column gamma, Column alphas) {
    return call("try_multiclass_focal_loss_grad", label, probs, gamma, alphas);
  }

  /**
   * {@code try_multiclass_focal_loss_grad}: NULL where {@link #multiclassFocalLossGrad} would fail. d multiclass_focal_loss / d probs (nonzero only at the label).
   *
   * <p>SQL: {@code multiclass_focal_loss_grad(label, probs [, gamma [, alphas [, eps]]])}
   */
  public static Column tryMulticlassFocalLossGrad(Column label, Column probs, Column gamma, Column alphas, Column eps) {
    return call("try_multiclass_focal_loss_grad", label, probs, gamma, alphas, eps);
  }

  /**
   * {@code kl_divergence_grad}: d kl_divergence / d q = -p[i] / max(q[i], eps).
   *
   * <p>SQL: {@code kl_divergence_grad(p, q [, eps])}
   */
  public static Column klDivergenceGrad(Column p, Column q) {
    return call("kl_divergence_grad", p, q);
  }

  /**
   * {@code kl_divergence_grad}: d kl_divergence / d q = -p[i] / max(q[i], eps).
   *
   * <p>SQL: {@code kl_divergence_grad(p, q [, eps])}
   */
  public static Column klDivergenceGrad(Column p, Column q, Column eps) {
    return call("kl_divergence_grad", p, q, eps);
  }

  /**
   * {@code try_kl_divergence_grad}: NULL where {@link #klDivergenceGrad} would fail. d kl_divergence / d q = -p[i] / max(q[i], eps).
   *
   * <p>SQL: {@code kl_divergence_grad(p, q [, eps])}
   */
  public static Column tryKlDivergenceGrad(Column p, Column q) {
    return call("try_kl_divergence_grad", p, q);
  }

  /**
   * {@code try_kl_divergence_grad}: NULL where {@link #klDivergenceGrad} would fail. d kl_divergence / d q = -p[i] / max(q[i], eps).
   *
   * <p>SQL: {@code kl_divergence_grad(p, q [, eps])}
   */
  public static Column tryKlDivergenceGrad(Column p, Column q, Column eps) {
    return call("try_kl_divergence_grad", p, q, eps);
  }

  /**
   * {@code js_divergence_grad}: d js_divergence / d q = 0.5 ln(q[i] / m[i]); -Infinity where q[i] = 0 &lt; p[i].
   *
   * <p>SQL: {@code js_divergence_grad(p, q)}
   */
  public static Column jsDivergenceGrad(Column p, Column q) {
    return call("js_divergence_grad", p, q);
  }

  /**
   * {@code try_js_divergence_grad}: NULL where {@link #jsDivergenceGrad} would fail. d js_divergence / d q = 0.5 ln(q[i] / m[i]); -Infinity where q[i] = 0 &lt; p[i].
   *
   * <p>SQL: {@code js_divergence_grad(p, q)}
   */
  public static Column tryJsDivergenceGrad(Column p, Column q) {
    return call("try_js_divergence_grad", p, q);
  }

  private static Column call(String name, Column... arguments) {
    LossFunctions.registerIfAbsent(SparkSession.active());
    return functions.call_function(name, arguments);
  }
}
