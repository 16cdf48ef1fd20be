package io.losslens.spark.functions;

import static io.losslens.spark.functions.LossFunction.define;

import io.losslens.loss.BinaryCrossEntropy;
import io.losslens.loss.CrossEntropy;
import io.losslens.loss.Divergence;
import io.losslens.loss.FocalLoss;
import io.losslens.loss.HingeLoss;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of LossLens SQL functions (contract: {@code shared/design/sql-functions.md}).
 * Adding a loss is a kernel plus one entry here. Example results come from
 * {@code src/test/provenance/registry_examples.py} (mpmath, 50 digits) and are checked by a test.
 */
public final class LossRegistry {
  private static final String BINARY_LABEL = "0 or 1; soft labels in [0, 1] are allowed";
  private static final String HINGE_LABEL = "1 for the positive class, 0 or -1 for the negative";
  private static final String CLASS_LABEL = "0-based class index, a whole number in [0, C)";
  private static final String PROBS = "class probabilities, each in [0, 1] (array or ML Vector)";
  private static final String P = "predicted probability of the positive class, in [0, 1]";
  private static final String Z = "logit of the positive class (never clipped)";
  private static final String SCORE = "raw margin score (never clipped)";
  private static final String LOGITS = "class logits (array or ML Vector; never clipped)";
  private static final String SCORES = "class scores, at least 2 (array or ML Vector)";
  private static final String P3 = "array(0.1, 0.7, 0.2)";

  private static final Map<String, LossFunction> BY_NAME = index(
      // binary losses
      define("binary_cross_entropy", "Binary cross-entropy -(y ln p~ + (1-y) ln(1-p~)), "
          + "with p clipped to [eps, 1-eps] symmetrically.")
          .number("label", BINARY_LABEL).number("p", P).param(Param.eps())
          .kernel(BinaryCrossEntropy.class, "loss")
          .example("1, 0.8", "0.2231435513142097").build(),
      define("binary_cross_entropy_logits", "Binary cross-entropy of sigmoid(z), computed "
          + "stably as max(z, 0) - z*y + ln(1 + e^-abs(z)).")
          .number("label", BINARY_LABEL).number("z", Z)
          .kernel(BinaryCrossEntropy.class, "lossFromLogit")
          .example("1, 2.0", "0.1269280110429725").build(),
      define("hinge_loss", "Hinge loss max(0, 1 - t*s), t = +1 for label 1, -1 for 0 or -1.")
          .number("label", HINGE_LABEL).number("score", SCORE)
          .kernel(HingeLoss.class, "loss")
          .example("1, 0.8", "0.19999999999999996").build(),
      define("squared_hinge_loss", "Squared hinge loss max(0, 1 - t*s)^2.")
          .number("label", HINGE_LABEL).number("score", SCORE)
          .kernel(HingeLoss.class, "squaredLoss")
          .example("-1, 0.3", "1.69").build(),
      define("focal_loss", "Binary focal loss alpha_t * (1-p_t)^gamma * binary_cross_entropy.")
          .number("label", BINARY_LABEL).number("p", P).param(Param.focalAlpha())
          .param(Param.gamma()).param(Param.eps())
          .kernel(FocalLoss.class, "loss")
          .example("1, 0.9, 0.25, 2", "2.6340128914456557E-4").build(),
      define("focal_loss_logits", "Binary focal loss of sigmoid(z), with the cross-entropy "
          + "term computed stably from the logit.")
          .number("label", BINARY_LABEL).number("z", Z).param(Param.focalAlpha())
          .param(Param.gamma())
          .kernel(FocalLoss.class, "lossFromLogit")
          .example("1, 2.0", "4.5089070881009386E-4").build(),

      // multi-class losses
      define("cross_entropy", "Multi-class cross-entropy -ln p~[label].")
          .number("label", CLASS_LABEL).vector("probs", PROBS).param(Param.eps())
          .kernel(CrossEntropy.class, "loss").inPlace(InPlaceKernels.class, "crossEntropy")
          .example("1, " + P3, "0.35667494393873245").build(),
      define("cross_entropy_logits", "Softmax cross-entropy logsumexp(z) - z[label], "
          + "computed stably.")
          .number("label", CLASS_LABEL).vector("logits", LOGITS)
          .kernel(CrossEntropy.class, "lossFromLogits")
          .example("0, array(2.0, 1.0, 0.1)", "0.4170300162778335").build(),
      define("soft_cross_entropy", "Soft-label cross-entropy -sum_i target[i] ln p~[i].")
          .vector("target", "target distribution, each entry in [0, 1]").vector("probs", PROBS)
          .param(Param.eps())
          .kernel(CrossEntropy.class, "softLoss")
          .example("array(0.0, 0.8, 0.2), " + P3, "0.607227537637806").build(),
      define("weighted_cross_entropy", "Class-weighted cross-entropy "
          + "-class_weights[label] ln p~[label].")
          .number("label", CLASS_LABEL).vector("probs", PROBS)
          .param(Param.classWeights("class_weights", "a weight >= 0 per class", false))
          .param(Param.eps())
          .kernel(CrossEntropy.class, "weightedLoss")
          .example("2, " + P3 + ", array(1.0, 1.0, 5.0)", "8.047189562170502").build(),
      define("multilabel_cross_entropy", "Multi-label cross-entropy: the sum over labels of "
          + "binary_cross_entropy(labels[i], probs[i]).")
          .vector("labels", "a label in [0, 1] per output").vector("probs", PROBS)
          .param(Param.eps())
          .kernel(CrossEntropy.class, "multilabelLoss")
          .example("array(1.0, 0.0, 1.0), array(0.9, 0.2, 0.6)", "0.8393296907380268").build(),
      define("multiclass_hinge_loss", "Crammer-Singer multi-class hinge loss "
          + "max(0, 1 + max_{j != label} s[j] - s[label]).")
          .number("label", CLASS_LABEL).vector("scores", SCORES)
          .kernel(HingeLoss.class, "multiclassLoss")
          .example("0, array(2.0, 1.5, 0.3)", "0.5").build(),
      define("multiclass_squared_hinge_loss", "Square of multiclass_hinge_loss.")
          .number("label", CLASS_LABEL).vector("scores", SCORES)
          .kernel(HingeLoss.class, "multiclassSquaredLoss")
          .example("0, array(2.0, 1.5, 0.3)", "0.25").build(),
      define("multiclass_focal_loss", "Multi-class focal loss "
          + "-alpha_label * (1 - p~[label])^gamma * ln p~[label].")
          .number("label", CLASS_LABEL).vector("probs", PROBS).param(Param.gamma())
          .param(Param.classWeights("alphas", "a weight >= 0 per class (default: all 1)", true))
          .param(Param.eps())
          .kernel(FocalLoss.class, "multiclassLoss")
          .example("1, " + P3 + ", 2", "0.03210074495448593").build(),
      define("kl_divergence", "Kullback-Leibler divergence "
          + "sum_{p[i] > 0} p[i] ln(p[i] / max(q[i], eps)).")
          .vector("p", "reference distribution, entries in [0, 1]")
          .vector("q", "predicted distribution, entries in [0, 1]").param(Param.eps())
          .kernel(Divergence.class, "kl")
          .example("array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1)", "0.026812454257447924").build(),
      define("js_divergence", "Jensen-Shannon divergence 0.5 KL(p||m) + 0.5 KL(q||m), "
          + "m = (p+q)/2; at most ln 2.")
          .vector("p", "first distribution, entries in [0, 1]")
          .vector("q", "second distribution, entries in [0, 1]")
          .kernel(Divergence.class, "js")
          .example("array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1)", "0.006958856339413945").build(),

      // gradients with respect to the prediction argument
      define("binary_cross_entropy_grad", "d binary_cross_entropy / d p = -y/p~ + (1-y)/(1-p~).")
          .number("label", BINARY_LABEL).number("p", P).param(Param.eps())
          .kernel(BinaryCrossEntropy.class, "gradient")
          .example("1, 0.8", "-1.25").build(),
      define("binary_cross_entropy_logits_grad", "d binary_cross_entropy_logits / d z "
          + "= sigmoid(z) - y.")
          .number("label", BINARY_LABEL).number("z", Z)
          .kernel(BinaryCrossEntropy.class, "gradientFromLogit")
          .example("1, ln(4)", "-0.2").build(),
      define("hinge_loss_grad", "d hinge_loss / d score: -t where t*s < 1, else 0.")
          .number("label", HINGE_LABEL).number("score", SCORE)
          .kernel(HingeLoss.class, "gradient")
          .example("1, 0.5", "-1.0").build(),
      define("squared_hinge_loss_grad", "d squared_hinge_loss / d score "
          + "= -2*t*max(0, 1 - t*s).")
          .number("label", HINGE_LABEL).number("score", SCORE)
          .kernel(HingeLoss.class, "squaredGradient")
          .example("-1, 0.5", "3.0").build(),
      define("focal_loss_grad", "d focal_loss / d p.")
          .number("label", BINARY_LABEL).number("p", P).param(Param.focalAlpha())
          .param(Param.gamma()).param(Param.eps())
          .kernel(FocalLoss.class, "gradient")
          .example("1, 0.9, 0.25, 2", "-0.00804580356066909").build(),
      define("focal_loss_logits_grad", "d focal_loss_logits / d z.")
          .number("label", BINARY_LABEL).number("z", Z).param(Param.focalAlpha())
          .param(Param.gamma())
          .kernel(FocalLoss.class, "gradientFromLogit")
          .example("1, 2.0", "-0.0012177350488481917").build(),
      define("cross_entropy_grad", "d cross_entropy / d probs: -1/p~[label] at the label, "
          + "0 elsewhere.")
          .number("label", CLASS_LABEL).vector("probs", PROBS).param(Param.eps())
          .vectorResult("crossEntropyGrad")
          .example("1, " + P3, "[0.0, -1.4285714285714286, 0.0]").build(),
      define("cross_entropy_logits_grad", "d cross_entropy_logits / d logits "
          + "= softmax(z) - onehot(label).")
          .number("label", CLASS_LABEL).vector("logits", LOGITS)
          .vectorResult("crossEntropyLogitsGrad")
          .example("1, array(ln(0.1), ln(0.7), ln(0.2))", "[0.10000000000000002, "
              + "-0.30000000000000004, 0.2]").build(),
      define("soft_cross_entropy_grad", "d soft_cross_entropy / d probs "
          + "= -target[i]/p~[i].")
          .vector("target", "target distribution, each entry in [0, 1]").vector("probs", PROBS)
          .param(Param.eps())
          .vectorResult("softCrossEntropyGrad")
          .example("array(0.0, 0.8, 0.2), " + P3, "[0.0, -1.142857142857143, -1.0]").build(),
      define("weighted_cross_entropy_grad", "d weighted_cross_entropy / d probs: "
          + "-class_weights[label]/p~[label] at the label, 0 elsewhere.")
          .number("label", CLASS_LABEL).vector("probs", PROBS)
          .param(Param.classWeights("class_weights", "a weight >= 0 per class", false))
          .param(Param.eps())
          .vectorResult("weightedCrossEntropyGrad")
          .example("2, " + P3 + ", array(1.0, 1.0, 5.0)", "[0.0, 0.0, -25.0]").build(),
      define("multilabel_cross_entropy_grad", "d multilabel_cross_entropy / d probs: "
          + "binary_cross_entropy_grad per output.")
          .vector("labels", "a label in [0, 1] per output").vector("probs", PROBS)
          .param(Param.eps())
          .vectorResult("multilabelCrossEntropyGrad")
          .example("array(1.0, 0.0, 1.0), array(0.9, 0.2, 0.6)",
              "[-1.1111111111111112, 1.25, -1.6666666666666667]").build(),
      define("multiclass_hinge_loss_grad", "d multiclass_hinge_loss / d scores: where the loss "
          + "is > 0, +1 at the strongest other class (lowest index on ties) and -1 at the label.")
          .number("label", CLASS_LABEL).vector("scores", SCORES)
          .vectorResult("multiclassHingeLossGrad")
          .example("0, array(2.0, 1.5, 0.3)", "[-1.0, 1.0, 0.0]").build(),
      define("multiclass_squared_hinge_loss_grad", "d multiclass_squared_hinge_loss / d scores "
          + "= 2 * multiclass_hinge_loss * multiclass_hinge_loss_grad.")
          .number("label", CLASS_LABEL).vector("scores", SCORES)
          .vectorResult("multiclassSquaredHingeLossGrad")
          .example("0, array(2.0, 1.5, 0.3)", "[-1.0, 1.0, 0.0]").build(),
      define("multiclass_focal_loss_grad", "d multiclass_focal_loss / d probs (nonzero only "
          + "at the label).")
          .number("label", CLASS_LABEL).vector("probs", PROBS).param(Param.gamma())
          .param(Param.classWeights("alphas", "a weight >= 0 per class (default: all 1)", true))
          .param(Param.eps())
          .vectorResult("multiclassFocalLossGrad")
          .example("1, " + P3 + ", 2", "[0.0, -0.3425763949346681, 0.0]").build(),
      define("kl_divergence_grad", "d kl_divergence / d q = -p[i] / max(q[i], eps).")
          .vector("p", "reference distribution, entries in [0, 1]")
          .vector("q", "predicted distribution, entries in [0, 1]").param(Param.eps())
          .vectorResult("klDivergenceGrad")
          .example("array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1)",
              "[-1.1666666666666667, -0.6666666666666667, -1.0]").build(),
      define("js_divergence_grad", "d js_divergence / d q = 0.5 ln(q[i] / m[i]); "
          + "-Infinity where q[i] = 0 < p[i].")
          .vector("p", "first distribution, entries in [0, 1]")
          .vector("q", "second distribution, entries in [0, 1]")
          .vectorResult("jsDivergenceGrad")
          .example("array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1)",
              "[-0.040021353836768206, 0.0911607783969773, 0.0]").build());

  private LossRegistry() {}

  /** Every function, in reference order. */
  public static List<LossFunction> all() {
    return List.copyOf(BY_NAME.values());
  }

  /** The entry for a SQL name (without {@code try_}), or {@code null}. */
  public static LossFunction get(String name) {
    return BY_NAME.get(name);
  }

  private static Map<String, LossFunction> index(LossFunction... functions) {
    Map<String, LossFunction> byName = new LinkedHashMap<>();
    for (LossFunction f : functions) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalStateException("duplicate function " + f.name());
      }
    }
    return Collections.unmodifiableMap(byName);
  }
}
