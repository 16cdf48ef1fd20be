package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void theRootCauseSpeaks() {
    Exception e = new IllegalStateException("job aborted: lots of detail",
        new RuntimeException("wrapped",
            new IllegalArgumentException("  focal_loss: gamma must be >= 0, but was -1.0\n")));
    assertThat(Failures.message(e)).isEqualTo("focal_loss: gamma must be >= 0, but was -1.0");
  }

  @Test
  void aRootCauseWithoutMessageIsNamed() {
    assertThat(Failures.message(new RuntimeException("outer", new NullPointerException())))
        .isEqualTo("java.lang.NullPointerException");
  }
}
