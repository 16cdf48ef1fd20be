package io.losslens.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kernels in {@code io.losslens.loss} are Spark-free: no source line imports or names
 * {@code org.apache.spark}. Maven runs tests with the module directory as the working
 * directory, so the sources are found relative to it.
 */
class NoSparkImportTest {
  private static final Path KERNELS = Paths.get("src/main/java/io/losslens/loss");

  @Test
  void kernelSourcesDoNotReferenceSpark() throws IOException {
    assertThat(KERNELS).as("kernel sources, relative to %s", Paths.get("").toAbsolutePath())
        .isDirectory();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(KERNELS)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted()
          .collect(Collectors.toList());
    }
    // the kernels this suite tests must be among them, so the scan cannot pass vacuously
    assertThat(sources.stream().map(p -> p.getFileName().toString()))
        .contains("BinaryCrossEntropy.java", "Check.java", "CrossEntropy.java",
            "Divergence.java", "FocalLoss.java", "HingeLoss.java");

    List<String> offending = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("org.apache.spark")) {
          offending.add(source + ":" + (i + 1) + ": " + lines.get(i).trim());
        }
      }
    }
    assertThat(offending).as("lines referencing org.apache.spark").isEmpty();
  }
}
