"""Expected values for the Spark-free kernel tests (io.losslens.loss.*ValuesTest).

Independent of the Java code under test: every value is computed here from the formulas of
/work/shared/design/sql-functions.md with mpmath at 50 significant digits, taking each input
as the exact double the Java test passes (mpf(0.8) is the double nearest 0.8), and is then
rounded once to the nearest double and printed with repr(), which Java parses back to the
same double.

- Clip decisions (p < eps, 1 - p < eps) are made in exact rational arithmetic (fractions),
  as the contract means them; ln(1 - p) is evaluated as log1p(-p) so that tiny p keeps its
  precision at any working precision.
- Gradients come from the closed forms of the contract (the derivative of the unclipped
  formula at the clipped values) and every one of them is cross-checked here against
  mpmath.diff of the unclipped loss at the same point (a high-precision numerical
  derivative); the script stops if the two disagree beyond 1e-30 relative.
- Hinge subgradients follow the contract's rule by hand (-t where t*s < 1, lowest index on
  ties); the hinge losses themselves are exact differences computed in mpmath.

Run:  python3 kernel_values.py            prints every table
      python3 kernel_values.py --update   rewrites the generated rows in the Java tests,
                                          between "// BEGIN kernel_values.py <table>" and
                                          "// END kernel_values.py" markers
"""
import os
import re
import sys
from fractions import Fraction as F

from mpmath import mp, mpf, log, log1p, exp, diff, fsum

mp.dps = 50
EPS = 1e-15


# ---------------------------------------------------------------- exact clip and helpers

def m(x):
    return mpf(x)  # exact: x is a Python float (a double)


def ln_clip(p, eps):
    """ln(clip(p)) with the comparison made exactly."""
    if F(p) < F(eps):
        return log(m(eps))
    if 1 - F(p) < F(eps):
        return log1p(-m(eps))
    return log(m(p))


def ln_clip_complement(p, eps):
    """ln(clip(1 - p)), 1 - p exact."""
    if F(p) < F(eps):
        return log1p(-m(eps))
    if 1 - F(p) < F(eps):
        return log(m(eps))
    return log1p(-m(p))


def clipped(p, eps):
    """p~ = clip(p) as an mpf (exact: eps, 1 - eps and p all fit in 50 digits here)."""
    if F(p) < F(eps):
        return m(eps)
    if 1 - F(p) < F(eps):
        return 1 - m(eps)
    return m(p)


def close(a, b, rel=mpf('1e-30')):
    # the floor absorbs mpmath.diff's own error (~1e-50) where the derivative is exactly 0
    return abs(a - b) <= rel * max(abs(a), abs(b)) + mpf('1e-45')


def derivative(f, x):
    """mpmath.diff with a step of 2^-100 |x|, so that tiny (even subnormal) points work (its
    own relative=True option misbehaves below ~1e-300)."""
    return diff(f, x, h=abs(x) * mpf(2) ** -100) if x != 0 else diff(f, x)


def check_diff(closed, numeric, what):
    if not close(closed, numeric):
        sys.exit('closed form and mpmath.diff disagree for %s: %s vs %s' % (what, closed, numeric))
    return closed


def sigmoid(z):
    return 1 / (1 + exp(-z))


def unclipped_bce(y, x):
    """-(y ln x + (1-y) ln(1-x)) on an mpf x (terms with a zero weight are 0)."""
    y = m(y)
    r = mpf(0)
    if y != 0:
        r -= y * log(x)
    if y != 1:
        r -= (1 - y) * log1p(-x)
    return r


# ---------------------------------------------------------------- the contract's formulas

def bce(y, p, eps):
    r = mpf(0)
    if y != 0:
        r -= m(y) * ln_clip(p, eps)
    if y != 1:
        r -= (1 - m(y)) * ln_clip_complement(p, eps)
    return r


def bce_grad(y, p, eps):
    pt = clipped(p, eps)
    closed = -m(y) / pt + (1 - m(y)) / (1 - pt)
    return check_diff(closed, derivative(lambda x: unclipped_bce(y, x), pt), 'bce_grad')


def ce_of_logit(y, z):
    """Textbook cross-entropy of sigmoid(z): y ln(1 + e^-z) + (1 - y) ln(1 + e^z)."""
    y = m(y)
    return y * log1p(exp(-z)) + (1 - y) * log1p(exp(z))


def bce_logits(y, z):
    return ce_of_logit(y, m(z))


def bce_logits_grad(y, z):
    closed = sigmoid(m(z)) - m(y)
    return check_diff(closed, derivative(lambda t: ce_of_logit(y, t), m(z)), 'bce_logits_grad')


def hinge_sign(label):
    return 1 if label == 1 else -1


def hinge(label, s):
    return max(mpf(0), 1 - hinge_sign(label) * m(s))


def hinge_grad(label, s):
    t = hinge_sign(label)
    return mpf(-t) if t * F(s) < 1 else mpf(0)  # by hand: the contract's rule


def sq_hinge_grad(label, s):
    t = hinge_sign(label)
    return -2 * t * hinge(label, s)


def alpha_t(alpha, y):
    return mpf(1) if alpha < 0 else m(alpha) * m(y) + (1 - m(alpha)) * (1 - m(y))


def unclipped_focal(y, x, alpha, gamma):
    missed = (1 - x) * m(y) + x * (1 - m(y))
    return alpha_t(alpha, y) * missed ** m(gamma) * unclipped_bce(y, x)


def focal(y, p, alpha, gamma, eps):
    pt = clipped(p, eps)
    missed = (1 - pt) * m(y) + pt * (1 - m(y))
    return alpha_t(alpha, y) * missed ** m(gamma) * bce(y, p, eps)


def focal_grad(y, p, alpha, gamma, eps):
    pt = clipped(p, eps)
    g = m(gamma)
    missed = (1 - pt) * m(y) + pt * (1 - m(y))
    d_missed = 1 - 2 * m(y)
    d_bce = -m(y) / pt + (1 - m(y)) / (1 - pt)
    modulation = 0 if gamma == 0 else g * missed ** (g - 1) * d_missed
    closed = alpha_t(alpha, y) * (modulation * unclipped_bce(y, pt) + missed ** g * d_bce)
    return check_diff(closed, derivative(lambda x: unclipped_focal(y, x, alpha, gamma), pt),
                      'focal_grad')


def focal_of_logit(y, z, alpha, gamma):
    p = 1 / (1 + exp(-z))
    q = 1 / (1 + exp(z))
    missed = q * m(y) + p * (1 - m(y))
    return alpha_t(alpha, y) * missed ** m(gamma) * ce_of_logit(y, z)


def focal_logits(y, z, alpha, gamma):
    return focal_of_logit(y, m(z), alpha, gamma)


def focal_logits_grad(y, z, alpha, gamma):
    zz = m(z)
    p = 1 / (1 + exp(-zz))
    q = 1 / (1 + exp(zz))
    yy = m(y)
    g = m(gamma)
    missed = q * yy + p * (1 - yy)
    d_missed = (1 - 2 * yy) * p * q
    modulation = 0 if gamma == 0 else g * missed ** (g - 1) * d_missed
    closed = alpha_t(alpha, y) * (modulation * ce_of_logit(y, zz) + missed ** g * (p - yy))
    return check_diff(closed, derivative(lambda t: focal_of_logit(y, t, alpha, gamma), zz),
                      'focal_logits_grad')


def ce(label, probs, eps):
    return -ln_clip(probs[int(label)], eps)


def one_hot_at(n, i, value):
    out = [mpf(0)] * n
    out[i] = value
    return out


def ce_grad(label, probs, eps):
    y = int(label)
    pt = clipped(probs[y], eps)
    check_diff(-1 / pt, derivative(lambda x: -log(x), pt), 'ce_grad')
    return one_hot_at(len(probs), y, -1 / pt)


def lse(zs):
    top = max(zs)
    return top + log(fsum(exp(z - top) for z in zs))


def ce_logits(label, logits):
    zs = [m(z) for z in logits]
    return lse(zs) - zs[int(label)]


def ce_logits_grad(label, logits):
    zs = [m(z) for z in logits]
    y = int(label)
    total = lse(zs)
    out = []
    for i in range(len(zs)):
        closed = exp(zs[i] - total) - (1 if i == y else 0)

        def f(t, i=i):
            w = list(zs)
            w[i] = t
            return lse(w) - w[y]
        out.append(check_diff(closed, derivative(f, zs[i]), 'ce_logits_grad'))
    return out


def soft_ce(target, probs, eps):
    return -fsum(m(t) * ln_clip(p, eps) for t, p in zip(target, probs) if t != 0)


def soft_ce_grad(target, probs, eps):
    out = []
    for t, p in zip(target, probs):
        pt = clipped(p, eps)
        out.append(mpf(0) if t == 0 else check_diff(
            -m(t) / pt, derivative(lambda x: -m(t) * log(x), pt), 'soft_ce_grad'))
    return out


def weighted_ce(label, probs, weights, eps):
    y = int(label)
    return mpf(0) if weights[y] == 0 else -m(weights[y]) * ln_clip(probs[y], eps)


def weighted_ce_grad(label, probs, weights, eps):
    y = int(label)
    pt = clipped(probs[y], eps)
    return one_hot_at(len(probs), y, -m(weights[y]) / pt)


def multilabel(labels, probs, eps):
    return fsum(bce(y, p, eps) for y, p in zip(labels, probs))


def multilabel_grad(labels, probs, eps):
    return [bce_grad(y, p, eps) for y, p in zip(labels, probs)]


def rival(label, scores):
    """argmax over j != y, lowest index on ties (by hand, the contract's rule)."""
    y = int(label)
    best = None
    for j, s in enumerate(scores):
        if j != y and (best is None or s > scores[best]):
            best = j
    return best


def mc_hinge(label, scores):
    y = int(label)
    return max(mpf(0), 1 + m(scores[rival(label, scores)]) - m(scores[y]))


def mc_sq_hinge(label, scores):
    return mc_hinge(label, scores) ** 2


def mc_hinge_grad(label, scores, scale=None):
    loss = mc_hinge(label, scores)
    out = [mpf(0)] * len(scores)
    if loss > 0:
        s = mpf(1) if scale is None else scale
        out[rival(label, scores)] = s
        out[int(label)] = -s
    return out


def mc_sq_hinge_grad(label, scores):
    return mc_hinge_grad(label, scores, 2 * mc_hinge(label, scores))


def mc_focal(label, probs, gamma, alphas, eps):
    y = int(label)
    a = mpf(1) if alphas is None else m(alphas[y])
    return -a * (1 - clipped(probs[y], eps)) ** m(gamma) * ln_clip(probs[y], eps)


def mc_focal_grad(label, probs, gamma, alphas, eps):
    y = int(label)
    a = mpf(1) if alphas is None else m(alphas[y])
    pt = clipped(probs[y], eps)
    g = m(gamma)
    modulation = 0 if gamma == 0 else g * (1 - pt) ** (g - 1)
    closed = a * (modulation * log(pt) - (1 - pt) ** g / pt)
    check_diff(closed, derivative(lambda x: -a * (1 - x) ** g * log(x), pt), 'mc_focal_grad')
    return one_hot_at(len(probs), y, closed)


def kl(p, q, eps):
    return fsum(m(a) * log(m(a) / max(m(b), m(eps))) for a, b in zip(p, q) if a > 0)


def kl_grad(p, q, eps):
    out = []
    for a, b in zip(p, q):
        qc = max(m(b), m(eps))
        out.append(mpf(0) if a == 0 else check_diff(
            -m(a) / qc, derivative(lambda x: m(a) * log(m(a) / x), qc), 'kl_grad'))
    return out


def xlogx_over(x, mid):
    return mpf(0) if x == 0 else x * log(x / mid)


def js_term(a, b):
    a, b = m(a), m(b)
    mid = (a + b) / 2
    return (xlogx_over(a, mid) + xlogx_over(b, mid)) / 2


def js(p, q):
    return fsum(js_term(a, b) for a, b in zip(p, q))


def js_grad(p, q):
    out = []
    for a, b in zip(p, q):
        if a == 0 and b == 0:
            out.append(mpf(0))
        elif b == 0:
            out.append(mpf('-inf'))  # the slope of q ln q at q = 0
        else:
            closed = log(2 * m(b) / (m(a) + m(b))) / 2
            out.append(check_diff(closed, derivative(lambda x: js_term(a, x), m(b)), 'js_grad'))
    return out


# ---------------------------------------------------------------- vectors shared with Java

class Vec:
    """A vector the Java test builds with a factory of the same name, so that both sides
    hold bit-identical doubles (each entry is one correctly rounded IEEE operation)."""

    def __init__(self, java, values):
        self.java = java
        self.values = values


def triangular(n):
    """(i + 1) / (n (n + 1) / 2): a distribution over n classes that sums to ~1."""
    total = n * (n + 1) / 2
    return Vec('triangular(%d)' % n, [(i + 1) / total for i in range(n)])


def ramp(n, start, step):
    """start + step * i."""
    return Vec('ramp(%d, %s, %s)' % (n, jnum(start), jnum(step)),
               [start + step * i for i in range(n)])


def sparse(n):
    """triangular(n) with every fifth entry (i % 5 == 0) set to 0."""
    t = triangular(n).values
    return Vec('sparse(%d)' % n, [0.0 if i % 5 == 0 else t[i] for i in range(n)])


def values(x):
    return x.values if isinstance(x, Vec) else x


# ---------------------------------------------------------------- Java formatting

def jnum(x):
    if x == float('inf'):
        return 'Double.POSITIVE_INFINITY'
    if x == float('-inf'):
        return 'Double.NEGATIVE_INFINITY'
    return repr(float(x))


def jarg(x):
    if x is None:
        return 'null'
    if isinstance(x, Vec):
        return x.java
    if isinstance(x, (list, tuple)):
        nonzero = [(i, e) for i, e in enumerate(x) if e != 0]
        if len(x) > 8 and len(nonzero) <= 2:
            # zerosExcept(n, i, x_i, j, x_j): a long vector that is 0 but at i and j
            return 'zerosExcept(%d, %s)' % (len(x), ', '.join(
                '%d, %s' % (i, jnum(e)) for i, e in nonzero))
        return 'v(' + ', '.join(jnum(e) for e in x) + ')'
    return jnum(x)


def to_double(x):
    if isinstance(x, list):
        return [to_double(e) for e in x]
    return float(x)  # mpmath rounds to nearest


def row(args, expected, comment, last=False):
    """One Arguments.of(...) row with its provenance comment, wrapped at 100 columns. Lines
    break between arguments, and inside a v(...) vector only between its numbers."""
    indent = ' ' * 8
    comment = '// ' + comment
    args = args + [jarg(expected)]
    end = ')' if last else '),'
    one_line = indent + 'Arguments.of(' + ', '.join(args) + end
    if len(one_line + '  ' + comment) <= 100:
        return [one_line + '  ' + comment]
    tokens = []
    for k, arg in enumerate(args):
        pieces = [arg] if arg.startswith(('"', '(')) else arg.split(', ')
        pieces = [p + ',' for p in pieces[:-1]] + [pieces[-1] + (',' if k < len(args) - 1 else end)]
        tokens.extend(pieces)
    lines = [indent + comment]
    line = indent + 'Arguments.of('
    for token in tokens:
        if len(line) + 1 + len(token) > 100 and line.strip() != 'Arguments.of(':
            lines.append(line.rstrip())
            line = indent + '    '
        line += token if line.endswith(('(', ' ')) else ' ' + token
    lines.append(line)
    return lines


TABLES = {}
MPMATH = 'mpmath 50 digits: '


def table(name, fn, cases, provenance=MPMATH, gradient_of=None):
    """A table of fn(*args) for each case (args..., note). For a gradient table built on the
    points of a loss table, gradient_of names the variable ('p', 'z', 'q', ...) and the note
    (the loss at that point) is shown as 'd/dp of <note>'."""
    rows = []
    for n, case in enumerate(cases):
        args, note = list(case[:-1]), case[-1]
        if gradient_of:
            note = 'd/d%s of %s' % (gradient_of, note.replace('; worked value', ''))
        expected = to_double(fn(*[values(a) for a in args]))
        rows.extend(row([jarg(a) for a in args], expected, provenance + note,
                        last=n == len(cases) - 1))
    TABLES[name] = rows


def precision_table(name, cases):
    """Rows ("call", () -> call, expected) for results that must keep full relative
    precision: the Java test applies a purely relative tolerance to these."""
    rows = []
    for n, case in enumerate(cases):
        call, java, value, note = case if len(case) == 4 else (case[0],) + tuple(case)
        supplier = '(DoubleSupplier) () -> ' + java
        rows.extend(row(['"%s"' % call, supplier], to_double(value), MPMATH + note,
                        last=n == len(cases) - 1))
    TABLES[name] = rows


# ---------------------------------------------------------------- the cases

P3 = [0.1, 0.7, 0.2]
LN_P3 = [float(log(m(x))) for x in P3]  # Java: Math.log(0.1), ... (correctly rounded there too)
assert LN_P3 == [-2.3025850929940455, -0.35667494393873245, -1.6094379124341003]
LN4 = 1.3862943611198906  # the double nearest ln 4
LN9 = 2.1972245773362196  # the double nearest ln 9
assert float(log(4)) == LN4 and float(log(9)) == LN9
ONE_MINUS_ULP = 0.9999999999999999  # 1 - 2^-53: 1 - p = 1.1e-16 is below eps = 1e-15
NEAR_ONE = 0.999999999999999  # the double nearest 1 - 1e-15; 1 - p = 9.99e-16 < 1e-15 exactly

table('bceLoss', bce, [
    (1.0, 0.8, EPS, '-ln(0.8); worked value'),
    (0.0, 0.3, EPS, '-ln(1 - 0.3); worked value'),
    (0.0, 1.0, EPS, 'clip(1 - 1) = eps: -ln(1e-15); worked value'),
    (1.0, 0.0, EPS, 'clip(0) = eps: -ln(1e-15)'),
    (1.0, 1.0, EPS, 'clip(1) = 1 - eps: -ln(1 - 1e-15)'),
    (0.0, 0.0, EPS, 'clip(1 - 0) = 1 - eps: -ln(1 - 1e-15)'),
    (0.0, 1e-10, EPS, '-ln(1 - 1e-10), full relative precision'),
    (1.0, 1e-10, EPS, '-ln(1e-10)'),
    (1.0, 1e-15, EPS, 'p = eps exactly, unclipped: -ln(1e-15)'),
    (0.0, ONE_MINUS_ULP, EPS, '1 - p = 2^-53 < eps is clipped: -ln(1e-15)'),
    (0.0, NEAR_ONE, EPS, '1 - p = 9.99e-16 < eps (exact compare): -ln(1e-15)'),
    (1.0, NEAR_ONE, EPS, 'clip(p) = 1 - eps: -ln(1 - 1e-15)'),
    (0.3, 0.6, EPS, 'soft: -(0.3 ln 0.6 + 0.7 ln 0.4)'),
    (0.5, 0.5, EPS, 'ln 2'),
    (0.9, 0.2, EPS, 'soft: -(0.9 ln 0.2 + 0.1 ln 0.8)'),
    (1.0, 0.5, 0.1, 'eps 0.1 inactive: -ln(0.5)'),
    (1.0, 0.05, 0.1, 'clip(0.05) = 0.1: -ln(0.1)'),
    (0.0, 0.95, 0.1, 'clip(1 - 0.95) = 0.1: -ln(0.1)'),
    (0.25, 1.0, 1e-7, 'soft at p = 1: -(0.25 ln(1 - 1e-7) + 0.75 ln(1e-7))'),
    (1.0, 0.0, 1e-300, 'tiny eps: -ln(1e-300)'),
])

table('bceGradient', bce_grad, [
    (1.0, 0.8, EPS, '-1/0.8'),
    (0.0, 0.3, EPS, '1/(1 - 0.3)'),
    (1.0, 0.0, EPS, 'clip active: -1/1e-15'),
    (0.0, 1.0, EPS, 'clip active: 1/1e-15'),
    (1.0, 1.0, EPS, 'clip active: -1/(1 - 1e-15)'),
    (0.0, 0.0, EPS, 'clip active: 1/(1 - 1e-15)'),
    (0.3, 0.3, EPS, 'soft label at its own p: 0'),
    (0.3, 0.6, EPS, 'soft: -0.3/0.6 + 0.7/0.4'),
    (1.0, 1e-10, EPS, '-1/1e-10'),
    (0.0, 1e-10, EPS, '1/(1 - 1e-10)'),
    (1.0, 0.05, 0.1, 'clip active: -1/0.1'),
    (0.0, ONE_MINUS_ULP, EPS, 'clip active on 1 - p: 1/1e-15'),
    (0.5, 0.999999, EPS, 'soft: -0.5/0.999999 + 0.5/(1 - 0.999999)'),
    (0.25, 1.0, 1e-7, 'clip active: -0.25/(1 - 1e-7) + 0.75/1e-7'),
])

table('bceLogitLoss', bce_logits, [
    (1.0, 0.0, 'ln 2'),
    (0.0, 0.0, 'ln 2'),
    (1.0, 800.0, 'ln(1 + e^-800), 0 in double'),
    (0.0, 800.0, 'ln(1 + e^800) = 800 in double'),
    (1.0, -800.0, 'ln(1 + e^800) = 800 in double'),
    (0.0, -800.0, 'ln(1 + e^-800), 0 in double'),
    (1.0, 30.0, 'ln(1 + e^-30), full relative precision'),
    (0.0, -30.0, 'ln(1 + e^-30)'),
    (1.0, LN4, 'ln(1 + 1/4) at the double nearest ln 4'),
    (0.3, 2.5, 'soft: 0.3 ln(1 + e^-2.5) + 0.7 ln(1 + e^2.5)'),
    (0.3, 800.0, 'soft: 0.7 * 800 + ln(1 + e^-800)'),
    (0.7, -800.0, 'soft: 0.7 * 800 + ln(1 + e^-800)'),
    (0.5, -3.0, 'soft: 0.5 ln(1 + e^3) + 0.5 ln(1 + e^-3)'),
    (1.0, -37.0, 'ln(1 + e^37)'),
    (0.0, 1e-8, 'ln(1 + e^1e-8)'),
    (0.9, 100.0, 'label smoothing: 0.9 ln(1 + e^-100) + 0.1 ln(1 + e^100)'),
    (0.999999, 800.0, 'soft label near 1: 800 (1 - 0.999999) + ln(1 + e^-800)'),
])

table('bceLogitGradient', bce_logits_grad, [
    (1.0, LN4, 'sigmoid(ln 4) - 1 = -0.2; worked value'),
    (0.0, 0.0, 'sigmoid(0) - 0'),
    (1.0, 0.0, 'sigmoid(0) - 1'),
    (1.0, 800.0, '-sigmoid(-800), -0 in double'),
    (0.0, 800.0, 'sigmoid(800), 1 in double'),
    (1.0, -800.0, 'sigmoid(-800) - 1, -1 in double'),
    (0.0, -800.0, 'sigmoid(-800), 0 in double'),
    (1.0, 30.0, '-sigmoid(-30), full relative precision'),
    (0.0, -30.0, 'sigmoid(-30)'),
    (1.0, 40.0, '-sigmoid(-40) = -4.2e-18'),
    (0.3, 0.0, 'soft: 0.5 - 0.3'),
    (0.7, 2.0, 'soft: sigmoid(2) - 0.7'),
    (0.25, -1.5, 'soft: sigmoid(-1.5) - 0.25'),
])

HINGE_POINTS = [
    (1.0, 0.8, 'worked value'),
    (-1.0, 0.3, 'worked value'),
    (0.0, 0.3, 'label 0 is negative'),
    (1.0, 1.0, 'at the kink'),
    (1.0, 2.5, 'margin met'),
    (-1.0, -2.0, 'margin met'),
    (1.0, -800.0, 'large score'),
    (0.0, 800.0, 'large score'),
    (1.0, 0.0, 'zero score'),
    (-1.0, -0.999, 'just inside the margin'),
    (1.0, 0.25, 'inside the margin'),
]
def t_of(label):
    return '(+1)' if label == 1 else '(-1)'


table('hingeLoss', hinge,
      [(l, s, 'max(0, 1 - %s(%r)); %s' % (t_of(l), s, n)) for l, s, n in HINGE_POINTS])
table('squaredHingeLoss', lambda l, s: hinge(l, s) ** 2,
      [(l, s, 'max(0, 1 - %s(%r))^2; %s' % (t_of(l), s, n)) for l, s, n in HINGE_POINTS])

HINGE_GRAD_POINTS = [
    (1.0, 0.5, 'worked value'),
    (1.0, 1.0, 'at the kink: 0'),
    (1.0, ONE_MINUS_ULP, 'just inside the margin'),
    (-1.0, 0.5, 'negative label'),
    (0.0, -0.5, 'label 0 is negative'),
    (0.0, -1.0, 'at the kink: 0'),
    (-1.0, -3.0, 'margin met'),
    (1.0, 3.0, 'margin met'),
    (1.0, -800.0, 'large score'),
    (0.0, 800.0, 'large score'),
    (1.0, 0.8, 'inside the margin'),
]
table('hingeGradient', hinge_grad,
      [(l, s, '-t if t*s < 1 else 0; %s' % n) for l, s, n in HINGE_GRAD_POINTS],
      provenance='by hand: ')
table('squaredHingeGradient', sq_hinge_grad,
      [(l, s, '-2%s max(0, 1 - %s(%r)); %s' % (t_of(l), t_of(l), s, n))
       for l, s, n in HINGE_GRAD_POINTS])

FOCAL_POINTS = [
    (1.0, 0.9, 0.25, 2.0, EPS, '0.25 * 0.1^2 * -ln 0.9; worked value'),
    (0.0, 0.1, 0.25, 2.0, EPS, '0.75 * 0.1^2 * -ln 0.9'),
    (1.0, 0.1, 0.25, 2.0, EPS, '0.25 * 0.9^2 * -ln 0.1'),
    (0.0, 0.9, 0.25, 2.0, EPS, '0.75 * 0.9^2 * -ln 0.1'),
    (1.0, 0.0, 0.25, 2.0, EPS, 'clip: 0.25 (1 - eps)^2 * -ln eps'),
    (0.0, 1.0, 0.25, 2.0, EPS, 'clip: 0.75 (1 - eps)^2 * -ln eps'),
    (1.0, 1.0, 0.25, 2.0, EPS, 'clip: 0.25 eps^2 * -ln(1 - eps)'),
    (0.3, 0.6, 0.25, 2.0, EPS, 'soft label'),
    (1.0, 0.7, -1.0, 2.0, EPS, 'alpha < 0: no alpha weighting'),
    (1.0, 0.7, 0.25, 0.0, EPS, 'gamma 0: 0.25 * -ln 0.7'),
    (1.0, 0.7, 1.0, 0.5, EPS, 'gamma 0.5: 0.3^0.5 * -ln 0.7'),
    (0.0, 0.2, 0.0, 3.0, EPS, 'alpha 0, label 0: alpha_t = 1'),
    (1.0, 0.2, 0.0, 2.0, EPS, 'alpha 0, label 1: 0'),
    (1.0, 0.05, 0.5, 2.0, 0.1, 'eps 0.1 clips p: 0.5 * 0.9^2 * -ln 0.1'),
    (0.0, 1e-10, 0.25, 2.0, EPS, '0.75 * (1e-10)^2 * -ln(1 - 1e-10)'),
    (0.5, 0.5, -0.5, 1.5, EPS, 'soft, no alpha weighting'),
]
table('focalLoss', focal, FOCAL_POINTS)
table('focalGradient', focal_grad, FOCAL_POINTS, gradient_of='p')

FOCAL_LOGIT_POINTS = [
    (1.0, LN9, 0.25, 2.0, 'p = sigmoid(ln 9) ~ 0.9'),
    (0.0, 0.0, 0.25, 2.0, '0.75 * 0.5^2 * ln 2'),
    (1.0, 800.0, 0.25, 2.0, 'sigmoid(-800)^2 ln(1 + e^-800), 0 in double'),
    (0.0, 800.0, 0.25, 2.0, '0.75 * 1 * 800'),
    (1.0, -800.0, 0.25, 2.0, '0.25 * 1 * 800'),
    (0.0, -800.0, 0.25, 2.0, 'underflows to 0'),
    (1.0, 30.0, 0.25, 2.0, '0.25 sigmoid(-30)^2 ln(1 + e^-30), full relative precision'),
    (1.0, -30.0, -1.0, 2.0, 'no alpha weighting, ~30'),
    (0.3, 1.5, 0.25, 2.0, 'soft label'),
    (1.0, 2.0, 0.25, 0.0, 'gamma 0: 0.25 ln(1 + e^-2)'),
    (0.0, -2.0, 0.6, 0.5, 'gamma 0.5'),
    (0.5, 800.0, -1.0, 2.0, 'soft, missed = 0.5: 0.25 * 400'),
    (1.0, 0.0, 1.0, 2.0, '0.25 ln 2'),
    (0.999999, 800.0, -1.0, 0.0, 'gamma 0, no alpha: 800 (1 - 0.999999) + ln(1 + e^-800)'),
]
table('focalLogitLoss', focal_logits, FOCAL_LOGIT_POINTS)
table('focalLogitGradient', focal_logits_grad, FOCAL_LOGIT_POINTS + [
    (1.0, 40.0, 0.25, 2.0, 'confident and right: tiny'),
    (0.0, -40.0, 0.75, 3.0, 'confident and right: tiny'),
], gradient_of='z')

MC_FOCAL_POINTS = [
    (1.0, P3, 2.0, None, EPS, '-(1 - 0.7)^2 ln 0.7'),
    (0.0, P3, 2.0, [0.25, 0.5, 0.25], EPS, '-0.25 (1 - 0.1)^2 ln 0.1'),
    (2.0, P3, 0.0, None, EPS, 'gamma 0: -ln 0.2'),
    (1.0, [0.0, 1.0, 0.0], 2.0, None, EPS, 'clip: -eps^2 ln(1 - eps)'),
    (0.0, [0.0, 1.0, 0.0], 2.0, None, EPS, 'clip: -(1 - eps)^2 ln eps'),
    (3.0, triangular(50), 2.0, None, EPS, '50 classes: -(1 - 4/1275)^2 ln(4/1275)'),
    (49.0, sparse(50), 1.0, None, EPS, '50 classes with zeros: -(1 - 50/1275) ln(50/1275)'),
    (1.0, [0.3, 0.5, 0.2], 1.5, [1.0, 2.0, 3.0], 0.1, '-2 * 0.5^1.5 ln 0.5'),
    (0.0, [0.05, 0.95], 2.0, None, 0.1, 'eps 0.1 clips: -0.9^2 ln 0.1'),
    (1.0, [0.2, 0.8], 2.0, [0.0, 0.0], EPS, 'alpha 0: 0'),
    (0.0, [1e-10, 1.0], 2.0, None, EPS, '-(1 - 1e-10)^2 ln 1e-10'),
    (1.0, [0.9, 0.9], 0.5, None, EPS, 'not summing to 1: -(0.1)^0.5 ln 0.9'),
]
table('multiclassFocalLoss', mc_focal, MC_FOCAL_POINTS)
table('multiclassFocalGradient', mc_focal_grad, MC_FOCAL_POINTS, gradient_of='probs')

CE_POINTS = [
    (1.0, P3, EPS, '-ln 0.7; worked value'),
    (0.0, P3, EPS, '-ln 0.1'),
    (2.0, P3, EPS, '-ln 0.2'),
    (0.0, [0.0, 1.0, 0.0], EPS, 'clip: -ln eps'),
    (1.0, [0.0, 1.0, 0.0], EPS, 'clip: -ln(1 - eps)'),
    (2.0, [0.5, 0.5, 0.0], EPS, 'clip: -ln eps'),
    (49.0, triangular(50), EPS, '50 classes: -ln(50/1275)'),
    (6.0, sparse(50), EPS, '50 classes with zeros: -ln(7/1275)'),
    (0.0, sparse(50), EPS, '50 classes, zero at the label: -ln eps'),
    (0.0, [1e-10, 1.0 - 1e-10], EPS, '-ln 1e-10'),
    (1.0, [0.3, 0.05, 0.65], 0.1, 'eps 0.1 clips: -ln 0.1'),
    (0.0, [0.95, 0.05], 0.1, 'eps 0.1 clips: -ln 0.9'),
    (1.0, [0.9, 0.9, 0.9], EPS, 'not summing to 1: -ln 0.9'),
    (0.0, [1.0], EPS, 'one class: -ln(1 - eps)'),
]
table('crossEntropyLoss', ce, CE_POINTS)
table('crossEntropyGradient', ce_grad, CE_POINTS, gradient_of='probs')

CE_LOGIT_POINTS = [
    (1.0, LN_P3, 'softmax = (0.1, 0.7, 0.2): ~ -ln 0.7'),
    (0.0, [0.0, 0.0, 0.0], 'ln 3'),
    (0.0, [800.0, 0.0, -800.0], 'ln(1 + e^-800 + e^-1600), 0 in double'),
    (1.0, [800.0, 0.0, -800.0], '800 + ln(1 + e^-800 + ...)'),
    (2.0, [800.0, 0.0, -800.0], '1600 + ln(1 + e^-800 + ...)'),
    (0.0, [-800.0, -800.0], 'ln 2'),
    (2.0, [800.0, 800.0, 799.0], 'ln(2 e + 1)'),
    (0.0, [30.0, 0.0, 0.0], 'ln(1 + 2 e^-30), full relative precision'),
    (3.0, [1.0, 2.0, 3.0, 4.0, 5.0], 'logsumexp(1..5) - 4'),
    (0.0, [5.0], 'one class: 0'),
    (1.0, [2.0, 2.0, 2.0, 2.0], 'ties: ln 4'),
    (17.0, ramp(50, -12.5, 0.5), '50 classes: logsumexp(-12.5 + 0.5 i) - (-4)'),
    (49.0, ramp(50, -784.0, 32.0), '50 classes, logits -784..784'),
]
table('crossEntropyLogitLoss', ce_logits, CE_LOGIT_POINTS)
table('crossEntropyLogitGradient', ce_logits_grad, CE_LOGIT_POINTS, gradient_of='z')

SOFT_POINTS = [
    ([0.0, 1.0, 0.0], P3, EPS, '-ln 0.7'),
    ([0.2, 0.5, 0.3], P3, EPS, '-(0.2 ln 0.1 + 0.5 ln 0.7 + 0.3 ln 0.2)'),
    ([0.0, 0.5, 0.5], [0.0, 0.5, 0.5], EPS, 'zero target at zero prob: ln 2'),
    ([1.0, 0.0], [0.0, 1.0], EPS, 'clip: -ln eps'),
    ([0.5, 0.5], [1.0, 0.0], EPS, 'clip: -(0.5 ln(1 - eps) + 0.5 ln eps)'),
    (triangular(50), triangular(50), EPS, '50 classes: entropy of triangular(50)'),
    (sparse(50), triangular(50), EPS, '50 classes, sparse target'),
    ([0.5, 0.5], [0.05, 0.95], 0.1, 'eps 0.1: -(0.5 ln 0.1 + 0.5 ln 0.9)'),
    ([1.0, 1.0, 1.0], [0.5, 0.25, 0.25], EPS, 'target not summing to 1'),
    ([0.0, 0.0, 0.0], [0.2, 0.3, 0.5], EPS, 'all-zero target: 0'),
    ([0.1, 0.9], [1e-10, 1.0 - 1e-10], EPS, 'tiny and near-one probs'),
]
table('softCrossEntropyLoss', soft_ce, SOFT_POINTS)
table('softCrossEntropyGradient', soft_ce_grad, SOFT_POINTS, gradient_of='probs')

WEIGHTED_POINTS = [
    (1.0, P3, [1.0, 2.0, 3.0], EPS, '-2 ln 0.7'),
    (0.0, P3, [0.5, 1.0, 1.0], EPS, '-0.5 ln 0.1'),
    (2.0, [0.1, 0.7, 0.0], [1.0, 1.0, 4.0], EPS, 'clip: -4 ln eps'),
    (1.0, P3, [1.0, 0.0, 1.0], EPS, 'weight 0: 0'),
    (0.0, [0.0, 1.0], [0.0, 1.0], EPS, 'weight 0 at a clipped prob: 0'),
    (1.0, [0.3, 1.0], [2.0, 3.0], EPS, 'clip: -3 ln(1 - eps)'),
    (10.0, triangular(50), ramp(50, 0.0, 0.25), EPS, '50 classes: -2.5 ln(11/1275)'),
    (0.0, [0.05, 0.95], [2.0, 1.0], 0.1, 'eps 0.1 clips: -2 ln 0.1'),
    (1.0, [0.2, 0.9], [1.0, 1e6], EPS, 'large weight: -1e6 ln 0.9'),
]
table('weightedCrossEntropyLoss', weighted_ce, WEIGHTED_POINTS)
table('weightedCrossEntropyGradient', weighted_ce_grad, WEIGHTED_POINTS,
      gradient_of='probs')

MULTILABEL_POINTS = [
    ([1.0, 0.0, 1.0], [0.8, 0.3, 0.6], EPS, '-(ln 0.8 + ln 0.7 + ln 0.6)'),
    ([0.0, 1.0], [1.0, 0.0], EPS, 'clip: -2 ln eps'),
    ([1.0, 1.0], [1.0, 1.0], EPS, 'clip: -2 ln(1 - eps)'),
    ([0.3, 0.7], [0.6, 0.2], EPS, 'soft labels'),
    ([0.0], [1e-10], EPS, '-ln(1 - 1e-10)'),
    (sparse(50), triangular(50), EPS, '50 labels'),
    ([1.0, 0.0], [0.05, 0.95], 0.1, 'eps 0.1 clips: -2 ln 0.1'),
    ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], EPS, 'clip: -3 ln(1 - eps)'),
    ([0.5, 1.0, 0.0], [0.5, 0.999999, 1e-6], EPS, 'mixed'),
]
table('multilabelCrossEntropyLoss', multilabel, MULTILABEL_POINTS)
table('multilabelCrossEntropyGradient', multilabel_grad, MULTILABEL_POINTS,
      gradient_of='probs')

MC_HINGE_POINTS = [  # notes: the loss 1 + s[rival] - s[y], rival = lowest argmax_{j != y}
    (0.0, [1.0, 0.5, 0.2], '1 + 0.5 - 1'),
    (1.0, [1.0, 0.5, 0.2], '1 + 1 - 0.5'),
    (0.0, [3.0, 1.0, 2.0], '1 + 2 - 3 = 0, kink'),
    (0.0, [5.0, 1.0, 2.0], 'max(0, 1 + 2 - 5)'),
    (2.0, [0.3, 0.3, 0.1], 'rivals tie, index 0 wins: 1 + 0.3 - 0.1'),
    (1.0, [800.0, -800.0], '1 + 800 + 800'),
    (0.0, [-800.0, 800.0], '1 + 800 + 800'),
    (1.0, [0.0, 0.0], 'tie with the label: 1 + 0 - 0'),
    (3.0, [5.0, 5.0, 5.0, 5.0], 'all tied, rival 0: 1 + 5 - 5'),
    (25.0, ramp(50, -12.5, 0.5), '50 classes: 1 + 12 - 0'),
    (49.0, ramp(50, -12.5, 0.5), '50 classes: 1 + 12 - 12.5'),
    (0.0, [1.0000000001, 0.0000000001], 'max(0, 1 + 1e-10 - 1.0000000001)'),
    (0.0, [0.0, 2.0, 2.0], 'rivals tie, index 1 wins: 1 + 2 - 0'),
]
table('multiclassHingeLoss', mc_hinge, MC_HINGE_POINTS)
table('multiclassSquaredHingeLoss', mc_sq_hinge,
      [(l, s, '(%s)^2' % n) for l, s, n in MC_HINGE_POINTS])
table('multiclassHingeGradient', mc_hinge_grad,
      [(l, s, '+1 at the rival, -1 at y if %s > 0' % n) for l, s, n in MC_HINGE_POINTS],
      provenance='by hand: ')
table('multiclassSquaredHingeGradient', mc_sq_hinge_grad,
      [(l, s, '2 (%s) * subgradient' % n) for l, s, n in MC_HINGE_POINTS])

KP, KQ = [0.7, 0.2, 0.1], [0.6, 0.3, 0.1]
KL_POINTS = [
    (KP, KQ, EPS, '0.7 ln(0.7/0.6) + 0.2 ln(0.2/0.3); worked value'),
    (KP, KP, EPS, 'equal: 0'),
    ([1.0, 0.0], [0.5, 0.5], EPS, 'ln 2'),
    ([0.5, 0.5], [1.0, 0.0], EPS, 'q clipped: 0.5 ln 0.5 + 0.5 ln(0.5/eps)'),
    ([0.0, 1.0], [0.5, 0.5], EPS, 'p = 0 entry skipped: ln 2'),
    ([0.5, 0.5], [0.9, 0.0], 0.01, 'eps 0.01: 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.01)'),
    (triangular(50), sparse(50), EPS, '50 entries, zeros in q clipped'),
    ([0.3], [0.6], EPS, 'not normalized, negative: 0.3 ln 0.5'),
    ([1e-10, 1.0 - 1e-10], [0.5, 0.5], EPS, 'tiny p entry'),
    ([0.25, 0.25, 0.5], [0.5, 0.25, 0.25], EPS, '0.25 ln 0.5 + 0.5 ln 2'),
    ([1.0, 0.0], [0.0, 1.0], 1e-310, 'subnormal eps: ln(1/1e-310) = 713.8'),
    ([0.5], [1e-310], 1e-320, 'subnormal q above eps: 0.5 ln(0.5/1e-310)'),
]
table('klDivergence', kl, KL_POINTS)
table('klGradient', kl_grad, KL_POINTS, gradient_of='q')

JS_POINTS = [
    ([1.0, 0.0], [0.0, 1.0], 'disjoint: ln 2'),
    (KP, KP, 'equal: 0'),
    (KP, KQ, 'the worked KL pair'),
    ([0.5, 0.5], [1.0, 0.0], 'one zero in q'),
    ([0.0, 0.0, 1.0], [0.0, 0.0, 1.0], 'zeros in both: 0'),
    (triangular(50), sparse(50), '50 entries'),
    ([1e-10, 1.0 - 1e-10], [0.5, 0.5], 'tiny p entry'),
    ([0.3], [0.6], 'not normalized'),
    ([0.0, 0.5, 0.5], [0.5, 0.5, 0.0], 'half overlap: ln 2 / 2'),
]
table('jsDivergence', js, JS_POINTS)
table('jsGradient', js_grad, JS_POINTS, gradient_of='q')

# Results far below 1e-3 whose point is full relative precision (the shared tolerance has an
# absolute floor of 1e-15, which would accept 0 for all of them).
precision_table('fullRelativePrecision', [
    ('BinaryCrossEntropy.loss(0.0, 1e-10, 1e-15)', bce(0.0, 1e-10, EPS), '-ln(1 - 1e-10)'),
    ('BinaryCrossEntropy.loss(0.0, 1e-300, 1e-300)', bce(0.0, 1e-300, 1e-300),
     '-ln(1 - 1e-300)'),
    ('BinaryCrossEntropy.loss(1.0, 1.0, 1e-15)', bce(1.0, 1.0, EPS), '-ln(1 - 1e-15)'),
    ('BinaryCrossEntropy.loss(0.0, 0.0, 1e-15)', bce(0.0, 0.0, EPS), '-ln(1 - 1e-15)'),
    ('BinaryCrossEntropy.loss(1.0, 0.9999999999, 1e-15)', bce(1.0, 0.9999999999, EPS),
     '-ln(0.9999999999)'),
    ('BinaryCrossEntropy.lossFromLogit(1.0, 30.0)', bce_logits(1.0, 30.0), 'ln(1 + e^-30)'),
    ('BinaryCrossEntropy.lossFromLogit(0.0, -40.0)', bce_logits(0.0, -40.0), 'ln(1 + e^-40)'),
    ('BinaryCrossEntropy.gradientFromLogit(1.0, 30.0)', bce_logits_grad(1.0, 30.0),
     'sigmoid(30) - 1'),
    ('BinaryCrossEntropy.gradientFromLogit(1.0, 40.0)', bce_logits_grad(1.0, 40.0),
     'sigmoid(40) - 1'),
    ('BinaryCrossEntropy.gradientFromLogit(0.0, -40.0)', bce_logits_grad(0.0, -40.0),
     'sigmoid(-40)'),
    ('HingeLoss.loss(-1.0, -0.999)', hinge(-1.0, -0.999), '1 - 0.999'),
    ('HingeLoss.squaredGradient(1.0, 0.9999999999999999)',
     sq_hinge_grad(1.0, ONE_MINUS_ULP), '-2 (1 - (1 - 2^-53))'),
    ('FocalLoss.loss(0.0, 1e-10, 0.25, 2.0, 1e-15)', focal(0.0, 1e-10, 0.25, 2.0, EPS),
     '0.75 (1e-10)^2 * -ln(1 - 1e-10)'),
    ('FocalLoss.loss(1.0, 1.0, 0.25, 2.0, 1e-15)', focal(1.0, 1.0, 0.25, 2.0, EPS),
     '0.25 eps^2 * -ln(1 - eps)'),
    ('FocalLoss.gradient(1.0, 1.0, 0.25, 2.0, 1e-15)', focal_grad(1.0, 1.0, 0.25, 2.0, EPS),
     'd/dp at the clip p~ = 1 - eps'),
    ('FocalLoss.gradient(0.0, 1e-10, 0.25, 2.0, 1e-15)', focal_grad(0.0, 1e-10, 0.25, 2.0, EPS),
     'd/dp at 1e-10'),
    ('FocalLoss.lossFromLogit(1.0, 30.0, 0.25, 2.0)', focal_logits(1.0, 30.0, 0.25, 2.0),
     '0.25 sigmoid(-30)^2 ln(1 + e^-30)'),
    ('FocalLoss.lossFromLogit(0.0, -40.0, 0.75, 0.5)', focal_logits(0.0, -40.0, 0.75, 0.5),
     '0.25 sigmoid(-40)^0.5 ln(1 + e^-40)'),
    ('FocalLoss.gradientFromLogit(1.0, 40.0, 0.25, 2.0)',
     focal_logits_grad(1.0, 40.0, 0.25, 2.0), 'd/dz at 40'),
    ('FocalLoss.gradientFromLogit(0.0, -40.0, 0.75, 3.0)',
     focal_logits_grad(0.0, -40.0, 0.75, 3.0), 'd/dz at -40'),
    ('FocalLoss.gradientFromLogit(1.0, 30.0, 1.0, 0.0)',
     focal_logits_grad(1.0, 30.0, 1.0, 0.0), 'gamma 0: sigmoid(30) - 1'),
    ('FocalLoss.multiclassLoss(1.0, v(0.0, 1.0), 2.0, 1e-15)',
     mc_focal(1.0, [0.0, 1.0], 2.0, None, EPS), '-eps^2 ln(1 - eps)'),
    ('CrossEntropy.loss(1.0, v(0.0, 1.0, 0.0), 1e-15)', ce(1.0, [0.0, 1.0, 0.0], EPS),
     '-ln(1 - eps)'),
    ('CrossEntropy.lossFromLogits(0.0, v(30.0, 0.0, 0.0))', ce_logits(0.0, [30.0, 0.0, 0.0]),
     'ln(1 + 2 e^-30)'),
    ('CrossEntropy.lossFromLogits(2.0, v(-5.0, 0.0, 40.0))', ce_logits(2.0, [-5.0, 0.0, 40.0]),
     'ln(1 + e^-40 + e^-45)'),
    ('CrossEntropy.gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[0]',
     'gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[0]',
     ce_logits_grad(0.0, [30.0, 0.0, 0.0])[0], 'softmax(z)[0] - 1 = -2e^-30 / (1 + 2e^-30)'),
    ('CrossEntropy.gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[1]',
     'gradientFromLogits(0.0, v(30.0, 0.0, 0.0))[1]',
     ce_logits_grad(0.0, [30.0, 0.0, 0.0])[1], 'softmax(z)[1] = e^-30 / (1 + 2e^-30)'),
    ('CrossEntropy.multilabelLoss(v(0.0, 1.0), v(1e-10, 1.0), 1e-15)',
     multilabel([0.0, 1.0], [1e-10, 1.0], EPS), '-ln(1 - 1e-10) - ln(1 - eps)'),
])


# ---------------------------------------------------------------- output

JAVA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        '..', 'java', 'io', 'losslens', 'loss')
BLOCK = re.compile(
    r'( *)// BEGIN kernel_values\.py (\w+)\n(?:.*?\n)??( *)// END kernel_values\.py\n', re.S)


def update_java():
    used = set()
    for name in sorted(os.listdir(JAVA_DIR)):
        if not name.endswith('.java'):
            continue
        path = os.path.join(JAVA_DIR, name)
        with open(path) as f:
            text = f.read()

        def splice(match):
            used.add(match.group(2))
            rows = '\n'.join(TABLES[match.group(2)])
            return '%s// BEGIN kernel_values.py %s\n%s\n%s// END kernel_values.py\n' % (
                match.group(1), match.group(2), rows, match.group(3))
        new = BLOCK.sub(splice, text)
        if new != text:
            with open(path, 'w') as f:
                f.write(new)
    missing = set(TABLES) - used
    if missing:
        sys.exit('tables without a marker in the Java tests: %s' % sorted(missing))


if __name__ == '__main__':
    if sys.argv[1:] == ['--update']:
        update_java()
    else:
        for name, rows in TABLES.items():
            print('== %s' % name)
            print('\n'.join(rows))
