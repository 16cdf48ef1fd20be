package io.losslens.loss.stats;

import static io.losslens.loss.stats.ExactSumReference.assertExact;
import static io.losslens.loss.stats.ExactSumReference.assertSameBits;
import static io.losslens.loss.stats.ExactSumReference.assertSameSum;
import static io.losslens.loss.stats.ExactSumReference.sumOf;
import static io.losslens.loss.stats.ExactSumReference.toArray;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Monoid laws of merge, copy independence and exactness, over adversarial random doubles. */
class ExactSumLawsTest {

  private static final int TRIES = 300;

  /** Sign * 53-bit significand * 2^e over the whole exponent range (rounded if subnormal). */
  private static Arbitrary<Double> wideExponent() {
    return Combinators.combine(
            Arbitraries.longs().between(0, (1L << 53) - 1),
            Arbitraries.integers().between(-1074, 971),
            Arbitraries.of(1.0, -1.0))
        .as((m, e, s) -> s * Math.scalb((double) m, e));
  }

  private static Arbitrary<Double> rawBits() {
    return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
  }

  private static Arbitrary<Double> subnormals() {
    return Combinators.combine(
            Arbitraries.longs().between(0, (1L << 52) - 1), Arbitraries.of(1.0, -1.0))
        .as((bits, s) -> s * Double.longBitsToDouble(bits));
  }

  private static Arbitrary<Double> specials() {
    List<Double> specials = new ArrayList<>();
    for (double d : ExactSumReference.SPECIALS) {
      specials.add(d);
    }
    return Arbitraries.of(specials);
  }

  private static Arbitrary<Double> oneFinite() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, wideExponent()),
        Tuple.of(2, rawBits()),
        Tuple.of(2, subnormals()),
        Tuple.of(2, specials()),
        Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)));
  }

  /** A list plus exact negations of a random part of it, shuffled: exact cancellations. */
  private static Arbitrary<List<Double>> withCancellations(Arbitrary<Double> element, int maxSize) {
    return Combinators.combine(element.list().ofMaxSize(maxSize), Arbitraries.longs())
        .as((list, seed) -> {
          Random r = new Random(seed);
          List<Double> out = new ArrayList<>(list);
          for (double v : list) {
            if (r.nextInt(3) == 0) {
              out.add(-v);
            }
          }
          Collections.shuffle(out, r);
          return out;
        });
  }

  @Provide
  Arbitrary<List<Double>> values() {
    return withCancellations(oneFinite(), 30);
  }

  @Provide
  Arbitrary<List<Double>> valuesWithNonFinite() {
    Arbitrary<Double> nonFinite =
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    return Arbitraries.frequencyOf(Tuple.of(12, oneFinite()), Tuple.of(1, nonFinite)).list().ofMaxSize(20);
  }

  @Property(tries = TRIES)
  void valueIsTheCorrectlyRoundedExactSum(@ForAll("values") List<Double> values) {
    assertExact(sumOf(values), toArray(values), values.toString());
  }

  @Property(tries = TRIES)
  void nonFiniteRulesHold(@ForAll("valuesWithNonFinite") List<Double> values) {
    assertExact(sumOf(values), toArray(values), values.toString());
  }

  @Property(tries = TRIES)
  void emptyIsTheIdentity(@ForAll("valuesWithNonFinite") List<Double> values) {
    ExactSum x = sumOf(values);
    ExactSum reference = sumOf(values);
    x.merge(new ExactSum());
    assertSameSum(x, reference, "x.merge(empty)");
    ExactSum empty = new ExactSum();
    empty.merge(sumOf(values));
    assertSameSum(empty, reference, "empty.merge(x)");
    assertThat(x.equals(new ExactSum())).isEqualTo(x.isZero());
  }

  @Property(tries = TRIES)
  void mergeIsCommutative(@ForAll("values") List<Double> a, @ForAll("valuesWithNonFinite") List<Double> b) {
    ExactSum ab = sumOf(a);
    ab.merge(sumOf(b));
    ExactSum ba = sumOf(b);
    ba.merge(sumOf(a));
    assertSameSum(ab, ba, "a+b vs b+a");
  }

  @Property(tries = TRIES)
  void mergeIsAssociative(
      @ForAll("values") List<Double> a, @ForAll("values") List<Double> b, @ForAll("values") List<Double> c) {
    ExactSum left = sumOf(a);
    left.merge(sumOf(b));
    left.merge(sumOf(c));
    ExactSum bc = sumOf(b);
    bc.merge(sumOf(c));
    ExactSum right = sumOf(a);
    right.merge(bc);
    assertSameSum(left, right, "(a+b)+c vs a+(b+c)");
    List<Double> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    assertExact(left, toArray(all), "(a+b)+c");
  }

  @Property(tries = TRIES)
  void splitThenMergeEqualsTheWhole(@ForAll("values") List<Double> values, @ForAll long seed) {
    Random r = new Random(seed);
    int k = 1 + r.nextInt(6);
    List<ExactSum> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ExactSum());
    }
    for (double v : values) {
      parts.get(r.nextInt(k)).add(v);
    }
    ExactSum merged = ExactSumOrderIndependenceTest.mergeInRandomTree(parts, r);
    assertSameSum(merged, sumOf(values), "split into " + k + " and merged");
  }

  @Property(tries = TRIES)
  void mergeLeavesItsArgumentUnchanged(@ForAll("values") List<Double> a, @ForAll("valuesWithNonFinite") List<Double> b) {
    ExactSum argument = sumOf(b); // not normalized: merge must not disturb it either
    ExactSum target = sumOf(a);
    target.merge(argument);
    assertSameSum(argument, sumOf(b), "argument after merge");
    assertThat(argument.finitePart()).isEqualByComparingTo(ExactSumReference.exactSum(b));
    // and it can be merged again with the same effect
    ExactSum again = sumOf(a);
    again.merge(argument);
    assertSameSum(again, target, "merging the argument a second time");
  }

  @Property(tries = TRIES)
  void mergeWithItselfDoubles(@ForAll("values") List<Double> values) {
    ExactSum x = sumOf(values);
    x.merge(x);
    List<Double> twice = new ArrayList<>(values);
    twice.addAll(values);
    assertSameSum(x, sumOf(twice), "x.merge(x)");
  }

  @Property(tries = TRIES)
  void copyIsIndependent(@ForAll("values") List<Double> values, @ForAll("values") List<Double> more) {
    ExactSum original = sumOf(values);
    ExactSum copy = original.copy();
    assertSameSum(copy, sumOf(values), "fresh copy");
    for (double v : more) {
      copy.add(v);
    }
    copy.add(1.0);
    assertSameSum(original, sumOf(values), "original after adding to the copy");
    original.add(Double.MIN_VALUE);
    original.merge(sumOf(more));
    List<Double> all = new ArrayList<>(values);
    all.addAll(more);
    all.add(1.0);
    assertSameSum(copy, sumOf(all), "copy after changing the original");
  }

  @Property(tries = TRIES)
  void orderDoesNotMatter(@ForAll("valuesWithNonFinite") List<Double> values, @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    assertSameSum(sumOf(shuffled), sumOf(values), "shuffled");
    assertSameBits(sumOf(shuffled).value(), ExactSumReference.expectedValue(toArray(values)), "reference");
  }
}
