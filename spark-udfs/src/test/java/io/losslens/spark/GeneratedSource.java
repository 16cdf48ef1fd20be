package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source file generated from the registry by a test: the test regenerates it in memory and
 * fails when the committed file differs; {@code -Dlosslens.regenerate=true} rewrites it.
 */
final class GeneratedSource {
  private GeneratedSource() {}

  static void assertUpToDate(Path source, String generated) throws IOException {
    if (Boolean.getBoolean("losslens.regenerate")) {
      Files.write(source, generated.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(new String(Files.readAllBytes(source), StandardCharsets.UTF_8))
        .as("%s is out of date; rerun its test with -Dlosslens.regenerate=true",
            source.getFileName())
        .isEqualTo(generated);
  }
}
