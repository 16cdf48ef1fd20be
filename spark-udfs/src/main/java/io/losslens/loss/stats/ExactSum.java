package io.losslens.loss.stats;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The exact sum of doubles (a superaccumulator), rounded once, to nearest-even, when read. The
 * result does not depend on the order of {@link #add} and {@link #merge} calls: the same values
 * give the same bits however they were partitioned, shuffled or retried.
 *
 * <p>Every finite double is an integer multiple of 2^-1074. The sum is kept as that integer in
 * base-2^32 digits held in {@code long}s, so a digit absorbs many additions before carries must
 * be propagated. Only the window of digits the values touch is stored: values within a few
 * orders of magnitude of each other need three or four digits, the full range at most 68.
 * Infinities and NaNs are counted apart, so the result follows IEEE rules for them (any NaN, or
 * both infinities, give NaN).
 *
 * <p>Positive values, the common case of losses, weights and probabilities, take a faster road:
 * each exponent of a window of {@value #WINDOW} exponents has a bucket that sums the significands
 * of the values of that exponent as an integer, one addition per value; the buckets are folded
 * into the digits every {@value #BUCKET_ADDS} additions and before any read, merge or
 * serialization. The window is placed by the first positive value; other values go to the digits
 * directly. Either way the sum is the same exact integer.
 *
 * <p>Merging is exact integer addition: the empty sum is its identity, and merge is commutative
 * and associative. Not thread-safe.
 */
public final class ExactSum implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DIGIT_BITS = 32;
  private static final long DIGIT_MASK = 0xFFFF_FFFFL;
  /** Digits 0..67 hold any sum of fewer than 2^63 doubles, as units of 2^-1074. */
  private static final int MAX_DIGITS = 68;
  /**
   * Additions a digit absorbs before a carry: each adds less than 2^53, so digits stay below
   * 2^62 + 2^32, and the sum of two such (a merge) below 2^63.
   */
  private static final int ADDS_BEFORE_CARRY = 1 << 9;
  /** Exponents with a bucket: a factor of 2^64 between the smallest and largest value. */
  static final int WINDOW = 64;
  /** Where the first positive value's exponent sits in the window: most room below it. */
  private static final int FIRST_SLOT = 40;
  /** Additions the buckets absorb before a fold: each adds less than 2^53, so they stay < 2^63. */
  static final int BUCKET_ADDS = 1 << 10;
  private static final long SIGNIFICAND = 0x000F_FFFF_FFFF_FFFFL;
  private static final long IMPLICIT_BIT = 1L << 52;
  private static final long[] NO_BUCKETS = new long[0];

  /** {@code digits[i]} is global digit {@code base + i}; the last one carries the sign. */
  private long[] digits = new long[0];
  private int base;
  private int addsSinceCarry;
  /**
   * {@code buckets[k]}: the sum of the significands (implicit bit included) of the positive
   * normal values of biased exponent {@code bucketBase + k} added since the last fold. Folded
   * before serialization, so transient.
   */
  private transient long[] buckets = NO_BUCKETS;
  private transient int bucketBase;
  private transient int bucketAdds;
  private long positiveInfinities;
  private long negativeInfinities;
  private long nans;

  /** Adds {@code x} exactly. */
  public void add(double x) {
    long bits = Double.doubleToRawLongBits(x);
    // the sign bit lands negative values far above the window; zeros, subnormals, infinities and
    // NaNs lie outside it too (1 <= bucketBase, bucketBase + WINDOW <= 0x7ff)
    int slot = (int) (bits >>> 52) - bucketBase;
    long[] b = buckets;
    if (slot >= 0 && slot < b.length && bucketAdds++ < BUCKET_ADDS) {
      b[slot] += significand(bits);
    } else {
      addOffTheBuckets(x);
    }
  }

  /**
   * {@link #add} of a value the buckets do not take as they are. Apart from {@link #add} so that
   * the JIT's compiled {@code add} stays small enough to inline into its callers' row loops.
   */
  private void addOffTheBuckets(double x) {
    int exponent = (int) (Double.doubleToRawLongBits(x) >>> 52);
    if (exponent - bucketBase >= 0 && exponent - bucketBase < buckets.length) {
      foldBuckets(); // their budget of additions is spent
      add(x);
    } else if (buckets.length == 0 && opensWindow(x)) {
      bucketBase = windowBase(exponent);
      buckets = new long[WINDOW];
      add(x);
    } else {
      addValueToDigits(x);
    }
  }

  /** The significand, implicit bit included, of the positive normal double of bits {@code bits}. */
  static long significand(long bits) {
    return (bits & SIGNIFICAND) | IMPLICIT_BIT;
  }

  /** Whether {@code x}, added first, places a window of buckets: a positive normal value. */
  static boolean opensWindow(double x) {
    return x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY;
  }

  /**
   * The first biased exponent of the window that a first value of biased exponent
   * {@code exponent} places: most room below it, every exponent in {@code [1, 0x7ff)}.
   */
  static int windowBase(int exponent) {
    return Math.max(1, Math.min(exponent - FIRST_SLOT, 0x7ff - WINDOW));
  }

  /** Folds the buckets into the digits and empties them; the window stays. */
  private void foldBuckets() {
    bucketAdds = 0;
    long[] b = buckets;
    for (int k = 0; k < b.length; k++) {
      long sum = b[k];
      if (sum != 0) {
        b[k] = 0;
        addSignificandSum(sum, bucketBase + k);
      }
    }
  }

  /**
   * Adds {@code sum * 2^(exponent - 1075)}: a bucket's nonnegative sum of the
   * {@link #significand}s of values of biased exponent {@code exponent} (at least 1).
   */
  void addSignificandSum(long sum, int exponent) {
    // sum units of 2^-1074 at bit (exponent - 1): two parts of at most 32 bits, each added like
    // a significand
    int position = exponent - 1;
    addToDigits(sum & DIGIT_MASK, position, 0);
    addToDigits(sum >>> DIGIT_BITS, position + DIGIT_BITS, 0);
  }

  /** Adds {@code x} to the digits (or counts it, if it is not finite). */
  private void addValueToDigits(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int exponent = (int) (bits >>> 52) & 0x7ff;
    long significand = bits & SIGNIFICAND;
    if (exponent == 0x7ff) {
      countNonFinite(x);
      return;
    }
    if (exponent == 0) {
      if (significand == 0) {
        return;
      }
      exponent = 1; // subnormal: no implicit bit, same scale as the smallest normal
    } else {
      significand |= IMPLICIT_BIT;
    }
    // x = +-significand * 2^(exponent - 1075): bit (exponent - 1) of the integer in 2^-1074 units
    addToDigits(significand, exponent - 1, bits >> 63);
  }

  /**
   * Adds {@code magnitude} (below 2^53) units of 2^-1074 at bit {@code position} (>= 0), negated
   * when {@code sign} is -1 (0: positive): split over two digits, the low DIGIT_BITS bits of
   * {@code magnitude << shift}, then the rest.
   */
  private void addToDigits(long magnitude, int position, long sign) {
    int digit = position >>> 5; // position >= 0: / DIGIT_BITS
    int shift = position & 31; //                 % DIGIT_BITS
    int i = digit - base;
    if (i < 0 || i + 1 >= digits.length) {
      ensureWindow(digit, digit + 1);
      i = digit - base;
    }
    long[] d = digits;
    // (v ^ sign) - sign negates v when sign is -1, without a branch
    d[i] += (((magnitude << shift) & DIGIT_MASK) ^ sign) - sign;
    d[i + 1] += ((magnitude >>> (DIGIT_BITS - shift)) ^ sign) - sign;
    if (++addsSinceCarry == ADDS_BEFORE_CARRY) {
      normalize();
    }
  }

  /** Adds every value {@code other} holds; {@code other} is unchanged. */
  public void merge(ExactSum other) {
    other.foldBuckets(); // its value stays; its buckets move into its digits
    if (other.digits.length > 0) {
      // both sides have absorbed < ADDS_BEFORE_CARRY additions since their last carry: the
      // digit sums stay below 2^63
      ensureWindow(other.base, other.base + other.digits.length - 1);
      int offset = other.base - base;
      for (int i = 0; i < other.digits.length; i++) {
        digits[offset + i] += other.digits[i];
      }
      normalize();
    }
    positiveInfinities += other.positiveInfinities;
    negativeInfinities += other.negativeInfinities;
    nans += other.nans;
  }

  /** The sum, correctly rounded to the nearest double (ties to even). */
  public double value() {
    if (nans > 0 || (positiveInfinities > 0 && negativeInfinities > 0)) {
      return Double.NaN;
    }
    if (positiveInfinities > 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (negativeInfinities > 0) {
      return Double.NEGATIVE_INFINITY;
    }
    BigInteger units = units(); // normalizes first: base may move
    int scale = base * DIGIT_BITS - 1074; // value = units * 2^scale
    BigInteger magnitude = units.abs();
    int length = magnitude.bitLength();
    double rounded;
    if (length <= 53) {
      rounded = Math.scalb((double) magnitude.longValue(), scale); // exact, even if subnormal
    } else {
      int dropped = length - 53;
      long kept = magnitude.shiftRight(dropped).longValue();
      boolean half = magnitude.testBit(dropped - 1);
      boolean belowHalf = magnitude.getLowestSetBit() < dropped - 1;
      if (half && (belowHalf || (kept & 1) == 1)) {
        kept++; // may reach 2^53: still exact as a double
      }
      rounded = Math.scalb((double) kept, scale + dropped); // overflows to infinity as it should
    }
    return units.signum() < 0 ? -rounded : rounded;
  }

  /** The exact sum of the finite values added (infinities and NaNs are not in it). */
  public BigDecimal finitePart() {
    BigDecimal units = new BigDecimal(units()); // normalizes first: base may move
    int scale = base * DIGIT_BITS - 1074;
    return scale >= 0
        ? units.multiply(new BigDecimal(BigInteger.TWO.pow(scale)))
        : units.divide(new BigDecimal(BigInteger.TWO.pow(-scale)));
  }

  /** True when the finite sum is exactly 0 and no infinity or NaN was added. */
  public boolean isZero() {
    settle();
    return digits.length == 0 && positiveInfinities == 0 && negativeInfinities == 0 && nans == 0;
  }

  /** A compact, canonical encoding: equal sums give equal bytes. */
  public byte[] toByteArray() {
    settle();
    ByteBuffer out = ByteBuffer.allocate(4 + 4 + 8 * digits.length + 3 * 8);
    out.putInt(base).putInt(digits.length);
    for (long d : digits) {
      out.putLong(d);
    }
    out.putLong(positiveInfinities).putLong(negativeInfinities).putLong(nans);
    return out.array();
  }

  /** The inverse of {@link #toByteArray}; rejects anything that is not such an encoding. */
  public static ExactSum fromByteArray(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    ExactSum sum = new ExactSum();
    try {
      sum.base = in.getInt();
      int length = in.getInt();
      if (length < 0 || length > MAX_DIGITS || sum.base < 0 || sum.base > MAX_DIGITS - length) {
        throw new IllegalArgumentException("not an ExactSum encoding: " + length
            + " digits at " + sum.base);
      }
      sum.digits = new long[length];
      for (int i = 0; i < length; i++) {
        sum.digits[i] = in.getLong();
      }
      sum.positiveInfinities = in.getLong();
      sum.negativeInfinities = in.getLong();
      sum.nans = in.getLong();
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("not an ExactSum encoding: " + bytes.length
          + " bytes is too short", e);
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("not an ExactSum encoding: " + in.remaining()
          + " trailing bytes");
    }
    sum.normalize();
    return sum;
  }

  public ExactSum copy() {
    ExactSum c = new ExactSum();
    c.merge(this);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExactSum)) {
      return false;
    }
    ExactSum other = (ExactSum) o;
    settle();
    other.settle();
    return base == other.base && Arrays.equals(digits, other.digits)
        && positiveInfinities == other.positiveInfinities
        && negativeInfinities == other.negativeInfinities && nans == other.nans;
  }

  @Override
  public int hashCode() {
    settle();
    return Objects.hash(Arrays.hashCode(digits), base, positiveInfinities, negativeInfinities,
        nans);
  }

  @Override
  public String toString() {
    return "ExactSum(" + value() + ")";
  }

  private void countNonFinite(double x) {
    if (Double.isNaN(x)) {
      nans++;
    } else if (x > 0) {
      positiveInfinities++;
    } else {
      negativeInfinities++;
    }
  }

  /** The signed integer the digits hold, in units of 2^(32 base - 1074). */
  private BigInteger units() {
    settle();
    BigInteger units = BigInteger.ZERO;
    for (int i = digits.length - 1; i >= 0; i--) {
      units = units.shiftLeft(DIGIT_BITS).add(BigInteger.valueOf(digits[i]));
    }
    return units;
  }

  /** Grows the window to cover global digits {@code from..to}. */
  private void ensureWindow(int from, int to) {
    if (digits.length == 0) {
      base = from;
      digits = new long[to - from + 1];
      return;
    }
    int top = base + digits.length - 1;
    if (from >= base && to <= top) {
      return;
    }
    int newBase = Math.min(base, from);
    int newTop = Math.max(top, to);
    long[] grown = new long[newTop - newBase + 1];
    System.arraycopy(digits, 0, grown, base - newBase, digits.length);
    digits = grown;
    base = newBase;
  }

  /** The canonical form with every value in the digits: what reads compare and encode. */
  private void settle() {
    foldBuckets();
    normalize();
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    foldBuckets();
    out.defaultWriteObject();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    buckets = NO_BUCKETS;
  }

  /**
   * Propagates carries so that every digit but the top one is in [0, 2^32) and the top one in
   * [-2^31, 2^31), then trims the window to its minimal two's-complement length: the canonical
   * form, equal for equal sums.
   */
  private void normalize() {
    addsSinceCarry = 0;
    if (digits.length == 0) {
      return;
    }
    for (int i = 0; ; i++) {
      if (i == digits.length - 1) {
        long top = digits[i];
        if (top >= Integer.MIN_VALUE && top <= Integer.MAX_VALUE) {
          break;
        }
        ensureWindow(base, base + digits.length); // room for the carry out of the top digit
      }
      long carry = digits[i] >> DIGIT_BITS; // floor division by 2^32
      digits[i] -= carry << DIGIT_BITS;
      digits[i + 1] += carry;
    }
    trim();
  }

  private void trim() {
    int low = 0;
    int high = digits.length - 1;
    while (high > low && (digits[high] == 0 && digits[high - 1] <= Integer.MAX_VALUE
        || digits[high] == -1 && digits[high - 1] > Integer.MAX_VALUE)) {
      digits[high - 1] = digits[high] == 0 ? digits[high - 1] : digits[high - 1] - (1L << 32);
      high--;
    }
    if (high == low && digits[high] == 0) {
      digits = new long[0];
      base = 0;
      return;
    }
    while (digits[low] == 0) {
      low++;
    }
    if (low > 0 || high < digits.length - 1) {
      digits = Arrays.copyOfRange(digits, low, high + 1);
      base += low;
    }
  }
}
