package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.agg.LossAggregates;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the documentation of every LossLens SQL function must say wherever Spark shows it:
 * {@code DESCRIBE FUNCTION EXTENDED} in a session with the functions registered, in one built
 * with the session extension, through the Thrift server and through Spark Connect; and a catalog
 * function's {@code description()}, which Spark 3.5 shows through
 * {@code spark.catalog.getFunction("losslens.<name>")} (it answers {@code DESCRIBE FUNCTION} for
 * the session catalog only). Each text has a usage line (the name, the argument list, a
 * summary), an {@code Arguments:} section with one {@code * <name> - } line per parameter, in
 * order, and an {@code Examples:} section whose first line calls the function.
 *
 * <p>The parameters of a loss are the registry's (what calls are bound and checked against); those
 * of the aggregates are written out here. Shared with the integration tests through this
 * module's test-jar.
 */
public final class FunctionDocsExpectations {
  private static final Pattern ARGUMENT = Pattern.compile("^\\s+\\* (\\w+) - \\S.*$");

  /** One SQL function and what its documentation must name. */
  public static final class Documented {
    private final String name;
    private final String argumentList;
    private final List<String> parameters;
    private final boolean aggregate;

    Documented(String name, String argumentList, List<String> parameters, boolean aggregate) {
      this.name = name;
      this.argumentList = argumentList;
      this.parameters = List.copyOf(parameters);
      this.aggregate = aggregate;
    }

    public String name() {
      return name;
    }

    /** {@code (label, probs [, eps])}: as the usage line writes it after the name. */
    public String argumentList() {
      return argumentList;
    }

    public List<String> parameters() {
      return parameters;
    }

    /** An aggregate: not a catalog function. */
    public boolean aggregate() {
      return aggregate;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private FunctionDocsExpectations() {}

  /**
   * Every SQL function: each loss and gradient of the registry, its {@code try_} twin, and each
   * aggregate; the functions that registration and the extension add to a session.
   */
  public static List<Documented> all() {
    List<Documented> all = new ArrayList<>();
    for (LossFunction f : LossRegistry.all()) {
      List<String> parameters = f.params().stream().map(Param::name)
          .collect(Collectors.toList());
      all.add(new Documented(f.name(), f.argumentList(), parameters, false));
      all.add(new Documented(f.tryName(), f.argumentList(), parameters, false));
    }
    List<String> weighted = List.of("loss", "label", "prediction", "weight", "options");
    List<String> perClass = List.of("losses", "label", "prediction", "weight", "options");
    all.add(new Documented("loss_summary",
        "(loss, label, prediction [, weight] [, options])", weighted, true));
    all.add(new Documented("loss_mean",
        "(loss, label, prediction [, weight] [, options])", weighted, true));
    all.add(new Documented("per_class_loss",
        "(losses, label, prediction [, weight] [, options])", perClass, true));
    assertThat(all.stream().filter(Documented::aggregate).map(Documented::name))
        .as("an expectation for each aggregate").containsExactlyElementsOf(LossAggregates.NAMES);
    return Collections.unmodifiableList(all);
  }

  /** The functions of the catalog: every loss and gradient and its twin, no aggregate. */
  public static List<Documented> catalogFunctions() {
    return all().stream().filter(f -> !f.aggregate()).collect(Collectors.toList());
  }

  /**
   * Checks the rows of {@code DESCRIBE FUNCTION EXTENDED <name>}, joined by newlines:
   * {@code Function: <name>}, {@code Usage: <name>(<arguments>) - ...}, then the arguments and
   * examples sections.
   */
  public static void assertDescribeOutput(Documented f, String described) {
    assertThat(described).as("DESCRIBE FUNCTION EXTENDED %s", f)
        .contains("Function: " + f.name() + "\n")
        .contains("Usage: " + f.name() + f.argumentList() + " - ");
    assertSections(f, described);
  }

  /** Checks a catalog function's {@code description()}: the usage line first, then the sections. */
  public static void assertCatalogDescription(Documented f, String description) {
    assertThat(description).as("description of %s", f)
        .startsWith(f.name() + f.argumentList() + " - ");
    assertSections(f, description);
  }

  private static void assertSections(Documented f, String text) {
    List<String> lines = text.lines().collect(Collectors.toList());
    int arguments = indexOf(lines, "Arguments:");
    assertThat(arguments).as("an Arguments: section for %s in%n%s", f, text).isNotNegative();
    List<String> named = new ArrayList<>();
    for (int i = arguments + 1; i < lines.size(); i++) {
      Matcher m = ARGUMENT.matcher(lines.get(i));
      if (!m.matches()) {
        break;
      }
      named.add(m.group(1));
    }
    assertThat(named).as("the parameters described for %s in%n%s", f, text)
        .containsExactlyElementsOf(f.parameters());

    int examples = indexOf(lines, "Examples:");
    assertThat(examples).as("an Examples: section for %s in%n%s", f, text)
        .isGreaterThan(arguments);
    assertThat(examples + 1).as("an example for %s", f).isLessThan(lines.size());
    assertThat(lines.get(examples + 1).trim()).as("the example of %s", f)
        .startsWith("> SELECT " + f.name() + "(");
  }

  private static int indexOf(List<String> lines, String heading) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(heading)) {
        return i;
      }
    }
    return -1;
  }
}
