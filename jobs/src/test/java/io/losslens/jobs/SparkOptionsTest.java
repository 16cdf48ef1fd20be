package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class SparkOptionsTest {
  @Command(name = "probe")
  static final class Probe {
    @Mixin
    SparkOptions spark;
  }

  @Test
  void confKeepsOrderSplitsAtTheFirstEqualsAndLetsALaterKeyWin() {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs("--conf", "spark.b=1", "--conf", "spark.a= x=y ",
        "--conf", "spark.b=2", "--conf", "spark.c=");
    assertThat(probe.spark.conf()).containsExactly(
        Map.entry("spark.b", "2"), Map.entry("spark.a", " x=y "), Map.entry("spark.c", ""));
  }

  @Test
  void masterComesFromTheOptionThenTheLauncherThenDefaultsToLocal() {
    SparkConf empty = new SparkConf(false);
    SparkConf fromSubmit = new SparkConf(false).set("spark.master", "spark://127.0.0.1:7077");
    assertThat(SparkOptions.masterToSet("local[1]", Map.of(), fromSubmit)).isEqualTo("local[1]");
    assertThat(SparkOptions.masterToSet(null, Map.of(), fromSubmit)).isNull();
    assertThat(SparkOptions.masterToSet(null, Map.of("spark.master", "local[3]"), empty)).isNull();
    assertThat(SparkOptions.masterToSet(null, Map.of(), empty)).isEqualTo("local[*]");
  }
}
