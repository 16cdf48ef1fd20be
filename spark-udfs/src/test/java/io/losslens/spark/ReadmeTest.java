package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.functions.FunctionDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The README's function reference is the registry's: this test fails when they differ
 * ({@code -Dlosslens.regenerate=true} rewrites the README's block), and CI runs the README's
 * test command.
 */
class ReadmeTest {
  private static final Path README = ReadmeText.README;
  private static final String BEGIN = "<!-- function-reference:begin (generated from LossRegistry by ReadmeTest) -->\n";
  private static final String END = "<!-- function-reference:end -->";

  @Test
  void functionReferenceMatchesRegistry() throws IOException {
    String readme = read(README);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README has the function reference markers").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String generated = FunctionDocs.markdownReference();
    if (Boolean.getBoolean("losslens.regenerate")) {
      readme = readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end);
      Files.write(README, readme.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(readme.substring(begin + BEGIN.length(), readme.indexOf(END)))
        .as("README function reference is out of date; rerun with -Dlosslens.regenerate=true")
        .isEqualTo(generated);
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws IOException {
    String ci = read(Paths.get("../.ci/run"));
    // the Spark 3.5 build with every module, then spark-udfs and jobs on Spark 4
    String command = "./mvnw -B verify && ./mvnw -B -Pspark-4 -pl spark-udfs,jobs -am verify";
    assertThat(ci).contains(command);
    assertThat(read(README)).contains(command);
  }

  private static String read(Path path) throws IOException {
    return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
  }
}
