package io.losslens.loss.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.eval.LossKind.Prediction;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 16 losses against the tables of sql-functions.md: label, prediction and parameters. */
class LossKindTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "binary_cross_entropy          | BINARY       | PROBABILITY   | eps",
      "binary_cross_entropy_logits   | BINARY       | LOGIT         |",
      "hinge_loss                    | HINGE        | SCORE         |",
      "squared_hinge_loss            | HINGE        | SCORE         |",
      "focal_loss                    | BINARY       | PROBABILITY   | alpha gamma eps",
      "focal_loss_logits             | BINARY       | LOGIT         | alpha gamma",
      "cross_entropy                 | CLASS        | PROBABILITIES | eps",
      "cross_entropy_logits          | CLASS        | LOGITS        |",
      "soft_cross_entropy            | DISTRIBUTION | PROBABILITIES | eps",
      "weighted_cross_entropy        | CLASS        | PROBABILITIES | class_weights eps",
      "multilabel_cross_entropy      | DISTRIBUTION | PROBABILITIES | eps",
      "multiclass_hinge_loss         | CLASS        | SCORES        |",
      "multiclass_squared_hinge_loss | CLASS        | SCORES        |",
      "multiclass_focal_loss         | CLASS        | PROBABILITIES | gamma alphas eps",
      "kl_divergence                 | DISTRIBUTION | PROBABILITIES | eps",
      "js_divergence                 | DISTRIBUTION | PROBABILITIES |"
  })
  void eachLossTakesTheContractsArguments(String name, Label label, Prediction prediction,
      String params) {
    LossKind kind = LossKind.of(name);
    assertThat(kind.sqlName()).isEqualTo(name);
    assertThat(kind.label()).isEqualTo(label);
    assertThat(kind.prediction()).isEqualTo(prediction);
    List<String> expected = params == null ? List.of() : List.of(params.split(" "));
    assertThat(kind.params()).extracting(LossParam::sqlName).isEqualTo(expected);
    for (LossParam p : LossParam.values()) {
      assertThat(kind.takes(p)).isEqualTo(expected.contains(p.sqlName()));
    }
    // probabilities are bounded; logits and scores are any finite number
    assertThat(prediction.isProbability()).isEqualTo(prediction.name().startsWith("PROBABILIT"));
    assertThat(prediction.isVector()).isEqualTo(prediction.name().endsWith("S"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"eps, 1e-15", "gamma, 2", "alpha, 0.25"})
  void numberParametersHaveTheContractsDefaults(String name, double expected) {
    LossParam param = LossParam.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    assertThat(param.defaultValue()).isEqualTo(expected);
    assertThat(param.isVector()).isFalse();
  }
}
