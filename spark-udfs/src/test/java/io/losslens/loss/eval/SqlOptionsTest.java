package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.loss.LossInputException;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.stats.WeightedLossState.Normalization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code map<string, string>} options of the SQL aggregates: what each valid map configures
 * (compared with the losses and options built directly), and the exact message of each
 * invalid key or value.
 */
class SqlOptionsTest {
  private static final String SUMMARY = "loss_summary";
  private static final String PER_CLASS = "per_class_loss";

  /** An ordered map of key, value pairs; values may be null. */
  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static AggregationOptions summary() {
    return AggregationOptions.defaults(SUMMARY);
  }

  private static AggregationOptions perClass() {
    return AggregationOptions.defaults(PER_CLASS);
  }

  static Stream<Arguments> validOptions() {
    return Stream.of(
        Arguments.of(SUMMARY, List.of("cross_entropy"), map(), false,
            List.of(LossSpec.of(LossKind.CROSS_ENTROPY)), summary()),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", "1", "mode", "DROPMALFORMED"),
            false, List.of(LossSpec.focal(0.25, 1)), summary().withMode(Mode.DROPMALFORMED)),
        // keys and values are trimmed; keys, modes and normalizations ignore case
        Arguments.of(SUMMARY, List.of(" Focal_Loss_Logits "),
            map(" Alpha ", " -1 ", "MODE", "dropmalformed", "normalization", "Rows"), false,
            List.of(LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).withAlpha(-1)),
            summary().withMode(Mode.DROPMALFORMED).withNormalization(Normalization.BY_ROWS)),
        Arguments.of(SUMMARY, List.of("cross_entropy"),
            map("eps", "1e-7", "normalization", "weight", "mode", "failfast", "num_classes", "3"),
            false, List.of(LossSpec.of(LossKind.CROSS_ENTROPY).withEps(1e-7)),
            summary().withNumClasses(3)),
        // class_weights of a loss without them: the class weights of the rows
        Arguments.of(SUMMARY, List.of("binary_cross_entropy"), map("class_weights", "[0.1, 0.9]"),
            false, List.of(LossSpec.of(LossKind.BINARY_CROSS_ENTROPY)),
            summary().withClassWeights(0.1, 0.9)),
        // ... and of weighted_cross_entropy: its parameter, the rows are not weighted twice
        Arguments.of(SUMMARY, List.of("weighted_cross_entropy"),
            map("class_weights", "0.1,0.9", "eps", "0.001"), false,
            List.of(LossSpec.weightedCrossEntropy(0.1, 0.9).withEps(0.001)), summary()),
        Arguments.of(PER_CLASS, List.of("cross_entropy", "weighted_cross_entropy"),
            map("class_weights", "[1, 2, 3]"), true,
            List.of(LossSpec.of(LossKind.CROSS_ENTROPY), LossSpec.weightedCrossEntropy(1, 2, 3)),
            perClass()),
        // a parameter applies to every configured loss that takes it
        Arguments.of(PER_CLASS, List.of("cross_entropy", "multiclass_focal_loss"),
            map("gamma", "1", "alphas", "1, 2, 3", "eps", "1e-9", "num_classes", "3",
                "beta", "0.99"), true,
            List.of(LossSpec.of(LossKind.CROSS_ENTROPY).withEps(1e-9),
                LossSpec.multiclassFocal(1, 1, 2, 3).withEps(1e-9)),
            perClass().withNumClasses(3).withBeta(0.99)),
        Arguments.of(PER_CLASS, List.of("focal_loss", "binary_cross_entropy"),
            map("class_weights", " [ 1 , 3 ] ", "alpha", "0.5"), true,
            List.of(LossSpec.focal(0.5, 2), LossSpec.of(LossKind.BINARY_CROSS_ENTROPY)),
            perClass().withClassWeights(1, 3)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource
  void validOptions(String function, List<String> losses, Map<String, String> options,
      boolean perClass, List<LossSpec> expectedLosses, AggregationOptions expectedOptions) {
    SqlOptions.Parsed parsed = SqlOptions.parse(function, losses, options, perClass);
    assertThat(parsed.losses()).isEqualTo(expectedLosses);
    assertThat(parsed.options()).isEqualTo(expectedOptions);
    assertThat(parsed.options().function()).isEqualTo(function);
  }

  static Stream<Arguments> invalidOptions() {
    String weightedKeys =
        "eps, gamma, alpha, alphas, class_weights, mode, normalization, num_classes";
    String perClassKeys = "eps, gamma, alpha, alphas, class_weights, mode, num_classes, beta";
    return Stream.of(
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gama", "1"), false,
            "loss_summary: unknown option 'gama'; the options are " + weightedKeys),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("beta", "0.9"), false,
            "loss_summary: unknown option 'beta'; the options are " + weightedKeys),
        Arguments.of(PER_CLASS, List.of("focal_loss"), map("normalization", "rows"), true,
            "per_class_loss: unknown option 'normalization'; the options are " + perClassKeys),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("gamma", "1"), false,
            "loss_summary: option gamma applies to none of the losses (cross_entropy); it is a "
                + "parameter of focal_loss, focal_loss_logits, multiclass_focal_loss"),
        Arguments.of(PER_CLASS, List.of("hinge_loss", "squared_hinge_loss"), map("eps", "0.1"),
            true, "per_class_loss: option eps applies to none of the losses (hinge_loss, "
                + "squared_hinge_loss); it is a parameter of binary_cross_entropy, focal_loss, "
                + "cross_entropy, soft_cross_entropy, weighted_cross_entropy, "
                + "multilabel_cross_entropy, multiclass_focal_loss, kl_divergence"),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("alphas", "1, 2"), false,
            "loss_summary: option alphas applies to none of the losses (focal_loss); it is a "
                + "parameter of multiclass_focal_loss"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("mode", "PERMISSIVE"), false,
            "loss_summary: option mode must be FAILFAST or DROPMALFORMED, but was 'PERMISSIVE' "
                + "(no loss can be computed from a malformed row; DROPMALFORMED counts them)"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("mode", "permissive"), false,
            "loss_summary: option mode must be FAILFAST or DROPMALFORMED, but was 'permissive' "
                + "(no loss can be computed from a malformed row; DROPMALFORMED counts them)"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("mode", "drop"), false,
            "loss_summary: option mode must be FAILFAST or DROPMALFORMED, but was 'drop'"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("normalization", "mean"), false,
            "loss_summary: option normalization must be 'weight' (sum(w * loss) / sum(w)) or "
                + "'rows' (sum(w * loss) / rows), but was 'mean'"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("normalization", "BY_WEIGHT"), false,
            "loss_summary: option normalization must be 'weight' (sum(w * loss) / sum(w)) or "
                + "'rows' (sum(w * loss) / rows), but was 'BY_WEIGHT'"),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", "two"), false,
            "loss_summary: option gamma must be a number, but was 'two'"),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", "  "), false,
            "loss_summary: option gamma must be a number, but was ''"),
        // a value of the right type but out of range is the loss's own rule
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", "-1"), false,
            "focal_loss: gamma must be >= 0, but was -1.0"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("eps", "0.5"), false,
            "cross_entropy: eps must be in (0, 0.5), but was 0.5"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("num_classes", "3.0"), false,
            "loss_summary: option num_classes must be a whole number, but was '3.0'"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("num_classes", "1"), false,
            "loss_summary: num_classes must be >= 2, but was 1"),
        Arguments.of(PER_CLASS, List.of("cross_entropy"), map("beta", "1"), true,
            "per_class_loss: beta must be in [0, 1), but was 1.0"),
        Arguments.of(PER_CLASS, List.of("cross_entropy"), map("beta", "-0.1"), true,
            "per_class_loss: beta must be in [0, 1), but was -0.1"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("class_weights", "0.1;0.9"), false,
            "loss_summary: option class_weights must be a list of numbers such as '0.25, 0.75', "
                + "but was '0.1;0.9'"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("class_weights", "[]"), false,
            "loss_summary: option class_weights must be a list of numbers such as '0.25, 0.75', "
                + "but was '[]'"),
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("class_weights", "[0.1, 0.9"), false,
            "loss_summary: option class_weights must be a list of numbers such as '0.25, 0.75', "
                + "but was '[0.1, 0.9'"),
        // row class weights are the aggregation's: named after it
        Arguments.of(SUMMARY, List.of("cross_entropy"), map("class_weights", "[0.1, -0.9]"),
            false, "loss_summary: class_weights[1] must be >= 0, but was -0.9"),
        // weighted_cross_entropy's class weights are its own: named after the loss
        Arguments.of(SUMMARY, List.of("weighted_cross_entropy"), map("class_weights", "1, -2"),
            false, "weighted_cross_entropy: class_weights[1] must be >= 0, but was -2.0"),
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", null), false,
            "loss_summary: option gamma is NULL"),
        Arguments.of(SUMMARY, List.of("log_loss"), map(), false,
            "loss_summary: unknown loss 'log_loss'; the losses are binary_cross_entropy, "
                + "binary_cross_entropy_logits, hinge_loss, squared_hinge_loss, focal_loss, "
                + "focal_loss_logits, cross_entropy, cross_entropy_logits, soft_cross_entropy, "
                + "weighted_cross_entropy, multilabel_cross_entropy, multiclass_hinge_loss, "
                + "multiclass_squared_hinge_loss, multiclass_focal_loss, kl_divergence, "
                + "js_divergence"),
        Arguments.of(PER_CLASS, List.of(), map(), true, "per_class_loss: needs at least one loss"),
        // keys are case-insensitive, so these name one option twice
        Arguments.of(SUMMARY, List.of("focal_loss"), map("gamma", "1", "GAMMA", "3"), false,
            "loss_summary: option gamma is given twice"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource
  void invalidOptions(String function, List<String> losses, Map<String, String> options,
      boolean perClass, String message) {
    assertThatThrownBy(() -> SqlOptions.parse(function, losses, options, perClass))
        .isInstanceOf(LossInputException.class).hasMessage(message);
  }

  @Test
  void theKeyListsAreTheDocumentedOnes() {
    assertThat(SqlOptions.WEIGHTED_KEYS).containsExactly("eps", "gamma", "alpha", "alphas",
        "class_weights", "mode", "normalization", "num_classes");
    assertThat(SqlOptions.PER_CLASS_KEYS).containsExactly("eps", "gamma", "alpha", "alphas",
        "class_weights", "mode", "num_classes", "beta");
  }

  @Test
  void aggregationOptionsHaveTheirDefaultsAndValidateWhenSet() {
    AggregationOptions d = AggregationOptions.defaults("loss_mean");
    assertThat(d.mode()).isEqualTo(Mode.FAILFAST);
    assertThat(d.normalization()).isEqualTo(Normalization.BY_WEIGHT);
    assertThat(d.classWeights()).isNull();
    assertThat(d.numClasses()).isZero();
    assertThat(d.beta()).isEqualTo(0.999); // Cui et al.'s usual choice
    assertThat(d).hasToString("mode=FAILFAST, normalization=BY_WEIGHT, beta=0.999");
    assertThat(d.withClassWeights(1, 2).withNumClasses(2)).hasToString(
        "mode=FAILFAST, normalization=BY_WEIGHT, class_weights=[1.0, 2.0], num_classes=2, "
            + "beta=0.999");
    assertThatThrownBy(() -> d.withClassWeights(Double.POSITIVE_INFINITY))
        .hasMessage("loss_mean: class_weights[0] must be a finite number, but was Infinity");
    assertThatThrownBy(() -> d.withClassWeights())
        .hasMessage("loss_mean: class_weights must not be empty");
    assertThatThrownBy(() -> d.withBeta(Double.NaN))
        .hasMessage("loss_mean: beta must be in [0, 1), but was NaN");
    assertThatThrownBy(() -> d.withNumClasses(0))
        .hasMessage("loss_mean: num_classes must be >= 2, but was 0");
    // the class weights are copied in and out
    double[] weights = {1, 2};
    AggregationOptions withWeights = d.withClassWeights(weights);
    weights[0] = 5;
    withWeights.classWeights()[1] = 7;
    assertThat(withWeights.classWeights()).containsExactly(1, 2);
  }
}
