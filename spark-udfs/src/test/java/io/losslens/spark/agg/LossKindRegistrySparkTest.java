package io.losslens.spark.agg;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossParam;
import io.losslens.spark.SharedSpark;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.Param;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The aggregations' list of losses is the SQL registry's: the same names and parameters, and
 * a one-row aggregate of each registry example equals the SQL function bit for bit.
 */
class LossKindRegistrySparkTest {

  @Test
  void theLossesAreTheRegistrysFunctionsOtherThanGradients() {
    List<String> registry = LossRegistry.all().stream().map(LossFunction::name)
        .filter(n -> !n.endsWith("_grad")).collect(Collectors.toList());
    assertThat(Arrays.stream(LossKind.values()).map(LossKind::sqlName))
        .containsExactlyElementsOf(registry);
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void parametersFollowTheFunctionsArguments(LossKind kind) {
    List<String> arguments = LossRegistry.get(kind.sqlName()).params().stream().skip(2)
        .map(Param::name).collect(Collectors.toList());
    assertThat(kind.params().stream().map(LossParam::sqlName))
        .containsExactlyElementsOf(arguments);
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void aOneRowMeanIsTheFunctionsValue(LossKind kind) {
    LossFunction f = LossRegistry.get(kind.sqlName());
    List<String> args = splitArguments(f.exampleArguments());
    List<String> options = new ArrayList<>();
    for (int i = 2; i < args.size(); i++) {
      String value = args.get(i).replaceAll("^array\\((.*)\\)$", "$1");
      options.add("'" + kind.params().get(i - 2).sqlName() + "', '" + value + "'");
    }
    String optionMap = options.isEmpty() ? "" : ", map(" + String.join(", ", options) + ")";
    Row row = SharedSpark.session().sql("SELECT loss_mean('" + kind.sqlName() + "', "
        + args.get(0) + ", " + args.get(1) + optionMap + "), " + f.name() + "("
        + f.exampleArguments() + ")").first();
    assertThat(row.getDouble(0)).isEqualTo(row.getDouble(1));
  }

  /** Top-level comma-separated arguments; commas inside parentheses stay. */
  private static List<String> splitArguments(String arguments) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        parts.add(arguments.substring(start, i).trim());
        start = i + 1;
      }
    }
    parts.add(arguments.substring(start).trim());
    return parts;
  }
}
