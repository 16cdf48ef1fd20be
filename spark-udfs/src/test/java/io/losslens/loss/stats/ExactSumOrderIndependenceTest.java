package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertExact;
import static io.losslens.loss.stats.ExactSumReference.assertSameSum;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same multiset gives the same bits, bytes, equality and hash for any order and merge tree. */
class ExactSumOrderIndependenceTest {

  private static final int[] PARTITIONS = {1, 2, 7, 64};

  static Stream<Arguments> multisets() {
    List<Arguments> out = new ArrayList<>();
    String[] kinds = {"wide", "adversarial", "subnormal", "ties", "overflowing", "nonfinite"};
    for (String kind : kinds) {
      for (long seed = 1; seed <= 3; seed++) {
        out.add(Arguments.of(kind, seed));
      }
    }
    return out.stream();
  }

  static double[] values(String kind, Random r) {
    int n = 500 + r.nextInt(1500);
    double[] v;
    switch (kind) {
      case "adversarial":
        return ExactSumReference.adversarialMix(r, n);
      case "wide":
        v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = ExactSumReference.wideRange(r);
        }
        return v;
      case "subnormal":
        v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = r.nextInt(4) == 0 ? ExactSumReference.wideRange(r) * 1e-10 : ExactSumReference.subnormal(r);
        }
        return v;
      case "ties":
        v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = ExactSumReference.nearTie(r);
        }
        return v;
      case "overflowing":
        // huge values with exact negations: partial sums overflow, the total does not
        v = ExactSumReference.adversarialMix(r, n);
        for (int i = 0; i + 1 < n; i += 2) {
          if (r.nextInt(3) == 0) {
            v[i] = ExactSumReference.huge(r);
            v[i + 1] = -v[i];
          }
        }
        ExactSumReference.shuffle(v, r);
        return v;
      case "nonfinite":
        v = ExactSumReference.adversarialMix(r, n);
        // one kind of infinity, occasionally: the rules must not depend on the order either
        double inf = r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 5; i++) {
          v[r.nextInt(n)] = inf;
        }
        return v;
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("multisets")
  void sameMultisetSameSumWhateverTheOrderAndPartition(String kind, long seed) throws Exception {
    Random r = new Random(seed * 1000 + kind.hashCode());
    double[] values = values(kind, r);
    ExactSum expected = sumOf(values);
    assertExact(expected, values, kind + " seed " + seed);

    for (int shuffle = 0; shuffle < 4; shuffle++) {
      double[] shuffled = values.clone();
      ExactSumReference.shuffle(shuffled, r);
      assertSameSum(sumOf(shuffled), expected, "shuffle " + shuffle);
    }

    for (int k : PARTITIONS) {
      for (int trial = 0; trial < 3; trial++) {
        String what = k + " partitions, trial " + trial;
        List<ExactSum> parts = partialSums(values, k, r);
        if (trial == 1) {
          parts = throughBytes(parts); // as a Spark shuffle would move them
        } else if (trial == 2) {
          parts = JavaSerialization.roundTrip(new ArrayList<>(parts));
        }
        assertSameSum(mergeInRandomTree(parts, r), expected, what);
      }
    }
  }

  /** Each value goes to a random partition (some may stay empty); each partition in random order. */
  static List<ExactSum> partialSums(double[] values, int k, Random r) {
    List<List<Double>> buckets = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      buckets.add(new ArrayList<>());
    }
    double[] shuffled = values.clone();
    ExactSumReference.shuffle(shuffled, r);
    for (double v : shuffled) {
      buckets.get(r.nextInt(k)).add(v);
    }
    List<ExactSum> parts = new ArrayList<>();
    for (List<Double> bucket : buckets) {
      parts.add(sumOf(bucket));
    }
    return parts;
  }

  /** Merges random pairs (either direction) until one sum is left; checks arguments are unchanged. */
  static ExactSum mergeInRandomTree(List<ExactSum> parts, Random r) {
    List<ExactSum> live = new ArrayList<>(parts);
    while (live.size() > 1) {
      int i = r.nextInt(live.size());
      int j = r.nextInt(live.size() - 1);
      if (j >= i) {
        j++;
      }
      ExactSum argument = live.get(j);
      byte[] before = argument.toByteArray();
      live.get(i).merge(argument);
      assertThat(argument.toByteArray()).as("merge argument unchanged").isEqualTo(before);
      live.remove(j);
    }
    return live.get(0);
  }

  static List<ExactSum> throughBytes(List<ExactSum> parts) {
    List<ExactSum> out = new ArrayList<>();
    for (ExactSum p : parts) {
      out.add(ExactSum.fromByteArray(p.toByteArray()));
    }
    return out;
  }
}
