package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The project README as the tests that check it read it. */
public final class ReadmeText {
  /** The README, from a module's directory. */
  public static final Path README = Paths.get("../README.md");

  private ReadmeText() {}

  /** The section that starts at {@code heading} (a {@code ## } line), up to the next one. */
  public static String section(String heading) throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(heading);
    assertThat(start).as("README has the section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
