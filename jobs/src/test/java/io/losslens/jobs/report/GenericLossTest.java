package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossKind.Label;
import io.losslens.loss.eval.LossKind.Prediction;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generic losses of {@code --losses} and the contract function each stands for per
 * prediction kind. The expected table is written out from sql-functions.md and the
 * {@code --losses} help (stable forms: logits use the _logits function; a vector of scores is
 * the Crammer-Singer hinge), not read back from {@link GenericLoss}.
 */
class GenericLossTest {
  /** All 20 pairs: generic loss, prediction kind, the contract loss (null: undefined). */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.PROBABILITIES,
            LossKind.CROSS_ENTROPY),
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.LOGITS,
            LossKind.CROSS_ENTROPY_LOGITS),
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.PROBABILITY,
            LossKind.BINARY_CROSS_ENTROPY),
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.LOGIT,
            LossKind.BINARY_CROSS_ENTROPY_LOGITS),
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.SCORE, null),

        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.PROBABILITIES,
            LossKind.MULTICLASS_FOCAL_LOSS),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.LOGITS, null),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.PROBABILITY, LossKind.FOCAL_LOSS),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.LOGIT, LossKind.FOCAL_LOSS_LOGITS),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.SCORE, null),

        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.PROBABILITIES,
            LossKind.MULTICLASS_HINGE_LOSS),
        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.LOGITS,
            LossKind.MULTICLASS_HINGE_LOSS),
        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.PROBABILITY, null),
        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.LOGIT, LossKind.HINGE_LOSS),
        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.SCORE, LossKind.HINGE_LOSS),

        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.PROBABILITIES,
            LossKind.MULTICLASS_SQUARED_HINGE_LOSS),
        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.LOGITS,
            LossKind.MULTICLASS_SQUARED_HINGE_LOSS),
        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.PROBABILITY, null),
        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.LOGIT,
            LossKind.SQUARED_HINGE_LOSS),
        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.SCORE,
            LossKind.SQUARED_HINGE_LOSS));
  }

  @Test
  void theTableCoversEveryPairOnce() {
    List<String> pairs = table().map(a -> a.get()[0] + "/" + a.get()[1])
        .collect(Collectors.toList());
    assertThat(pairs).doesNotHaveDuplicates()
        .hasSize(GenericLoss.values().length * PredictionKind.values().length)
        .hasSize(20);
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @MethodSource("table")
  void mapsEachPairToItsContractLoss(GenericLoss loss, PredictionKind kind, LossKind expected) {
    if (expected != null) {
      assertThat(loss.on(kind)).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> loss.on(kind))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(loss.optionName() + " is not defined on prediction kind "
              + kind.optionValue() + "; ");
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("table")
  void theContractLossReadsWhatTheKindHolds(GenericLoss loss, PredictionKind kind,
      LossKind expected) {
    if (expected == null) {
      return;
    }
    // a vector kind reads a class index and a vector; a scalar kind a binary label and a number
    assertThat(expected.prediction().isVector()).isEqualTo(kind.isVector());
    assertThat(expected.label()).isIn(kind.isVector() ? List.of(Label.CLASS)
        : List.of(Label.BINARY, Label.HINGE));
    // probabilities are read as probabilities, never as logits; logits never as probabilities
    if (kind == PredictionKind.PROBABILITY) {
      assertThat(expected.prediction()).isEqualTo(Prediction.PROBABILITY);
    }
    if (kind == PredictionKind.LOGITS || kind == PredictionKind.LOGIT
        || kind == PredictionKind.SCORE) {
      assertThat(expected.prediction().isProbability()).isFalse();
    }
  }

  /** The 5 undefined pairs: each message names the loss, the kind and what to do instead. */
  static Stream<Arguments> undefined() {
    return Stream.of(
        Arguments.of(GenericLoss.CROSS_ENTROPY, PredictionKind.SCORE,
            "cross_entropy is not defined on prediction kind score; "
                + "it needs probabilities or logits"),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.LOGITS,
            "focal_loss is not defined on prediction kind logits; the contract's multi-class "
                + "focal loss takes probabilities: use the probability column with "
                + "--prediction-kind probabilities"),
        Arguments.of(GenericLoss.FOCAL_LOSS, PredictionKind.SCORE,
            "focal_loss is not defined on prediction kind score; "
                + "it needs a probability or a logit"),
        Arguments.of(GenericLoss.HINGE_LOSS, PredictionKind.PROBABILITY,
            "hinge_loss is not defined on prediction kind probability; a hinge loss needs a "
                + "score or logit (a margin around 0), not a probability"),
        Arguments.of(GenericLoss.SQUARED_HINGE_LOSS, PredictionKind.PROBABILITY,
            "squared_hinge_loss is not defined on prediction kind probability; a hinge loss "
                + "needs a score or logit (a margin around 0), not a probability"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("undefined")
  void undefinedPairsSayWhyAndWhatToDo(GenericLoss loss, PredictionKind kind, String message) {
    assertThatThrownBy(() -> loss.on(kind))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void theUndefinedListMatchesTheTable() {
    List<String> fromTable = table().filter(a -> a.get()[2] == null)
        .map(a -> a.get()[0] + "/" + a.get()[1]).collect(Collectors.toList());
    List<String> fromMessages = undefined().map(a -> a.get()[0] + "/" + a.get()[1])
        .collect(Collectors.toList());
    assertThat(fromMessages).containsExactlyElementsOf(fromTable);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cross_entropy", "CROSS_ENTROPY", "Cross_Entropy", "  cross_entropy\t"})
  void parseIgnoresCaseAndEdgeBlanks(String name) {
    assertThat(GenericLoss.parse(name)).isEqualTo(GenericLoss.CROSS_ENTROPY);
  }

  @Test
  void parseKnowsEveryOptionName() {
    for (GenericLoss loss : GenericLoss.values()) {
      assertThat(GenericLoss.parse(loss.optionName())).isEqualTo(loss);
    }
    assertThat(Arrays.stream(GenericLoss.values()).map(GenericLoss::optionName))
        .containsExactly("cross_entropy", "focal_loss", "hinge_loss", "squared_hinge_loss");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crossentropy", "cross_entropy_logits", "multiclass_focal_loss", ""})
  void parseRejectsOtherNamesAndListsTheLosses(String name) {
    assertThatThrownBy(() -> GenericLoss.parse(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown loss '" + name + "'; the losses are cross_entropy, focal_loss, "
            + "hinge_loss, squared_hinge_loss");
  }

  @Test
  void predictionKindParsesCaseInsensitivelyAndListsTheKinds() {
    assertThat(PredictionKind.parse(" Logits ")).isEqualTo(PredictionKind.LOGITS);
    assertThat(Arrays.stream(PredictionKind.values()).filter(PredictionKind::isVector))
        .containsExactly(PredictionKind.PROBABILITIES, PredictionKind.LOGITS);
    assertThatThrownBy(() -> PredictionKind.parse("proba"))
        .hasMessage("must be one of probabilities, logits, probability, logit, score, "
            + "but was 'proba'");
  }
}
