package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing of {@code --losses}: each result is compared with the {@link LossSpec} built directly
 * from the contract loss and its parameters; each error names the loss, the value and the rule.
 */
class ReportLossTest {
  private static List<LossSpec> specs(String text, PredictionKind kind) {
    return ReportLoss.parseAll(text, kind).stream().map(ReportLoss::spec)
        .collect(Collectors.toList());
  }

  private static List<String> names(String text, PredictionKind kind) {
    return ReportLoss.parseAll(text, kind).stream().map(ReportLoss::name)
        .collect(Collectors.toList());
  }

  // --- the example of the --losses help, on each kind ---

  @Test
  void helpExampleOnLogitIsBinaryCrossEntropyFocalAndHinge() {
    String text = "cross_entropy,focal_loss:alpha=0.25,gamma=2,hinge_loss";
    assertThat(specs(text, PredictionKind.LOGIT)).containsExactly(
        LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS),
        LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).withAlpha(0.25).withGamma(2),
        LossSpec.of(LossKind.HINGE_LOSS));
    assertThat(names(text, PredictionKind.LOGIT))
        .containsExactly("cross_entropy", "focal_loss", "hinge_loss");
  }

  @Test
  void helpExampleOnProbabilityFailsAtTheHingeLoss() {
    // a binary probability is not a margin: the hinge is the one loss of the example it refuses
    assertThatThrownBy(() -> ReportLoss.parseAll(
        "cross_entropy,focal_loss:alpha=0.25,gamma=2,hinge_loss", PredictionKind.PROBABILITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hinge_loss is not defined on prediction kind probability; a hinge loss "
            + "needs a score or logit (a margin around 0), not a probability");
    assertThat(specs("cross_entropy,focal_loss:alpha=0.25,gamma=2", PredictionKind.PROBABILITY))
        .containsExactly(
            LossSpec.of(LossKind.BINARY_CROSS_ENTROPY),
            LossSpec.focal(0.25, 2));
  }

  @Test
  void helpExampleOnProbabilitiesFailsAtAlphaAndListsTheMultiClassParameters() {
    assertThatThrownBy(() -> ReportLoss.parseAll(
        "cross_entropy,focal_loss:alpha=0.25,gamma=2,hinge_loss", PredictionKind.PROBABILITIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("focal_loss (multiclass_focal_loss): unknown parameter 'alpha'; "
            + "its parameters are gamma, alphas, eps");
  }

  @Test
  void bracketedListOnProbabilities() {
    List<ReportLoss> losses = ReportLoss.parseAll(
        "cross_entropy,focal_loss:gamma=1,alphas=[0.25,0.5,1],eps=1e-7,hinge_loss",
        PredictionKind.PROBABILITIES);
    assertThat(losses).extracting(ReportLoss::spec).containsExactly(
        LossSpec.of(LossKind.CROSS_ENTROPY),
        LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS).withGamma(1).withAlphas(0.25, 0.5, 1)
            .withEps(1e-7),
        LossSpec.of(LossKind.MULTICLASS_HINGE_LOSS));
    assertThat(losses).extracting(ReportLoss::generic).containsExactly(
        GenericLoss.CROSS_ENTROPY, GenericLoss.FOCAL_LOSS, GenericLoss.HINGE_LOSS);
    assertThat(losses.get(1)).hasToString(
        "focal_loss = multiclass_focal_loss(gamma=1.0, alphas=[0.25, 0.5, 1.0], eps=1.0E-7)");
  }

  @Test
  void parametersNotGivenKeepTheContractDefaults() {
    assertThat(specs("focal_loss", PredictionKind.PROBABILITY))
        .containsExactly(LossSpec.of(LossKind.FOCAL_LOSS));
    assertThat(ReportLoss.parseAll("focal_loss", PredictionKind.PROBABILITY).get(0))
        .hasToString("focal_loss = focal_loss(alpha=0.25, gamma=2.0, eps=1.0E-15)");
    assertThat(specs("cross_entropy:eps=0.001", PredictionKind.PROBABILITIES))
        .containsExactly(LossSpec.of(LossKind.CROSS_ENTROPY).withEps(0.001));
  }

  @Test
  void keepsTheOrderGiven() {
    assertThat(names("squared_hinge_loss,hinge_loss,cross_entropy", PredictionKind.LOGITS))
        .containsExactly("squared_hinge_loss", "hinge_loss", "cross_entropy");
  }

  @Test
  void blanksAroundEveryPartAreIgnored() {
    assertThat(specs(" cross_entropy , focal_loss : gamma = 1 , alphas = [ 0.25 , 0.5 , 1 ] ,"
        + "\teps=1e-7 ", PredictionKind.PROBABILITIES)).containsExactly(
            LossSpec.of(LossKind.CROSS_ENTROPY),
            LossSpec.multiclassFocal(1, 0.25, 0.5, 1).withEps(1e-7));
  }

  @Test
  void namesAndParameterKeysIgnoreCase() {
    assertThat(specs("Cross_Entropy,FOCAL_LOSS:GAMMA=3,Alpha=-1", PredictionKind.LOGIT))
        .containsExactly(
            LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS),
            LossSpec.of(LossKind.FOCAL_LOSS_LOGITS).withGamma(3).withAlpha(-1));
    // the report keys columns by the canonical (lower-case) name, whatever was typed
    assertThat(names("Cross_Entropy,FOCAL_LOSS", PredictionKind.LOGIT))
        .containsExactly("cross_entropy", "focal_loss");
  }

  @ParameterizedTest
  @EnumSource(PredictionKind.class)
  void everyLossDefinedOnAKindParsesOnIt(PredictionKind kind) {
    List<String> defined = new ArrayList<>();
    List<LossSpec> expected = new ArrayList<>();
    for (GenericLoss loss : GenericLoss.values()) {
      try {
        expected.add(LossSpec.of(loss.on(kind)));
        defined.add(loss.optionName());
      } catch (IllegalArgumentException undefined) {
        // not on this kind: GenericLossTest checks which
      }
    }
    assertThat(specs(String.join(",", defined), kind)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(PredictionKind.class)
  void theDefaultLossesParseOnTheirKind(PredictionKind kind) {
    assertThat(ReportLoss.parseAll(ReportConfig.defaultLosses(kind), kind)).isNotEmpty();
  }

  // --- errors: each names the loss, the value and the rule ---

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("cross_entropy,kl_divergence", PredictionKind.PROBABILITIES,
            "unknown loss 'kl_divergence'; the losses are cross_entropy, focal_loss, hinge_loss, "
                + "squared_hinge_loss"),
        Arguments.of("focal:gamma=2", PredictionKind.PROBABILITIES,
            "unknown loss 'focal'; the losses are cross_entropy, focal_loss, hinge_loss, "
                + "squared_hinge_loss"),
        Arguments.of("cross_entropy,focal_loss,CROSS_ENTROPY", PredictionKind.PROBABILITIES,
            "cross_entropy is given twice"),
        Arguments.of("focal_loss:alpha=0.25", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): unknown parameter 'alpha'; its parameters are "
                + "gamma, alphas, eps"),
        Arguments.of("focal_loss:alphas=[1,2]", PredictionKind.PROBABILITY,
            "focal_loss: unknown parameter 'alphas'; its parameters are alpha, gamma, eps"),
        Arguments.of("focal_loss:eps=1e-7", PredictionKind.LOGIT,
            "focal_loss (focal_loss_logits): unknown parameter 'eps'; its parameters are "
                + "alpha, gamma"),
        Arguments.of("cross_entropy:eps=1e-7", PredictionKind.LOGITS,
            "cross_entropy (cross_entropy_logits): unknown parameter 'eps'; its parameters are "
                + "none"),
        Arguments.of("hinge_loss:gamma=2", PredictionKind.SCORE,
            "hinge_loss: unknown parameter 'gamma'; its parameters are none"),
        Arguments.of("gamma=2,focal_loss", PredictionKind.PROBABILITIES,
            "parameter 'gamma=2' comes before any loss; write it after the loss and a colon, as "
                + "in focal_loss:gamma=2"),
        Arguments.of("focal_loss:gamma=", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): parameter gamma needs a value, as in gamma=2"),
        Arguments.of("focal_loss:gamma", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): parameter gamma needs a value, as in gamma=2"),
        Arguments.of("focal_loss:gamma=1,alphas=", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): parameter alphas needs a value, as in "
                + "alphas=[0.25,0.5,1]"),
        Arguments.of("focal_loss:gamma=two", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): gamma must be a number, but was 'two'"),
        Arguments.of("focal_loss:gamma=[2]", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): gamma must be a number, but was '[2]'"),
        Arguments.of("focal_loss:alphas=[0.25,x,1]", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): alphas must be a bracketed list of numbers such "
                + "as [0.25,0.5,1], but was '[0.25,x,1]'"),
        Arguments.of("focal_loss:alphas=0.25", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): alphas must be a bracketed list of numbers such "
                + "as [0.25,0.5,1], but was '0.25'"),
        Arguments.of("focal_loss:alphas=[]", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): alphas must be a bracketed list of numbers such "
                + "as [0.25,0.5,1], but was '[]'"),
        Arguments.of("focal_loss:alphas=[0.25,0.5", PredictionKind.PROBABILITIES,
            "unbalanced '[' in 'focal_loss:alphas=[0.25,0.5'"),
        Arguments.of("focal_loss:alphas=0.25,0.5]", PredictionKind.PROBABILITIES,
            "unbalanced ']' in 'focal_loss:alphas=0.25,0.5]'"),
        Arguments.of("cross_entropy,,focal_loss", PredictionKind.PROBABILITIES,
            "empty item in 'cross_entropy,,focal_loss'"),
        Arguments.of("cross_entropy, ", PredictionKind.PROBABILITIES,
            "empty item in 'cross_entropy, '"),
        Arguments.of("focal_loss:gamma=1,gamma=3", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): parameter gamma is given twice"),
        Arguments.of("focal_loss:gamma=1,alphas", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): parameter alphas needs a value, as in "
                + "alphas=[0.25,0.5,1]"),
        Arguments.of("cross_entropy:", PredictionKind.PROBABILITIES,
            "cross_entropy: nothing follows ':'; write parameters as in focal_loss:gamma=2"),
        Arguments.of("", PredictionKind.PROBABILITIES, "no loss given; the losses are "
            + "cross_entropy, focal_loss, hinge_loss, squared_hinge_loss"),
        Arguments.of(":gamma=2", PredictionKind.PROBABILITIES,
            "a loss name is empty in ':gamma=2'"),
        // out of range: the contract's own checks, re-prefixed with the generic name
        Arguments.of("focal_loss:gamma=-1", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): gamma must be >= 0, but was -1.0"),
        Arguments.of("focal_loss:eps=0.7", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): eps must be in (0, 0.5), but was 0.7"),
        Arguments.of("cross_entropy:eps=0", PredictionKind.PROBABILITIES,
            "cross_entropy: eps must be in (0, 0.5), but was 0.0"),
        Arguments.of("cross_entropy:eps=0.5", PredictionKind.PROBABILITY,
            "cross_entropy (binary_cross_entropy): eps must be in (0, 0.5), but was 0.5"),
        Arguments.of("focal_loss:gamma=NaN", PredictionKind.PROBABILITY,
            "focal_loss: gamma must be a finite number, but was NaN"),
        Arguments.of("focal_loss:alpha=1.5", PredictionKind.PROBABILITY,
            "focal_loss: alpha must be <= 1 (a negative alpha means no alpha weighting), but was "
                + "1.5"),
        Arguments.of("focal_loss:gamma=Infinity", PredictionKind.LOGIT,
            "focal_loss (focal_loss_logits): gamma must be a finite number, but was Infinity"),
        Arguments.of("focal_loss:alphas=[0.25,-0.5,1]", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): alphas[1] must be >= 0, but was -0.5"),
        Arguments.of("focal_loss:alphas=[1,Infinity]", PredictionKind.PROBABILITIES,
            "focal_loss (multiclass_focal_loss): alphas[1] must be a finite number, but was "
                + "Infinity"));
  }

  @ParameterizedTest(name = "[{index}] {0} on {1}")
  @MethodSource("errors")
  void invalidValuesAreErrorsThatSayWhatIsWrong(String text, PredictionKind kind,
      String message) {
    assertThatThrownBy(() -> ReportLoss.parseAll(text, kind))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void outOfRangeErrorsKeepTheContractErrorAsCause() {
    assertThatThrownBy(() -> ReportLoss.parseAll("focal_loss:gamma=-1",
        PredictionKind.PROBABILITIES))
        .hasCauseInstanceOf(io.losslens.loss.LossInputException.class)
        .cause().hasMessage("multiclass_focal_loss: gamma must be >= 0, but was -1.0");
  }

  @Test
  void aValuelessParameterAfterTheFirstReadsAsALossName() {
    // after the first parameter, an item without '=' is taken for the next loss: the error is
    // then about an unknown loss, though it does name the word the user wrote
    assertThatThrownBy(() -> ReportLoss.parseAll("focal_loss:gamma=1,alphas",
        PredictionKind.PROBABILITIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alphas");
  }
}
