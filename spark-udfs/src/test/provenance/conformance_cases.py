#!/usr/bin/env python3
"""Conformance cases for the LossLens SQL functions (contract v1.1, shared/design/sql-functions.md).

Independent of the Java code: every formula below is written from the contract text and
evaluated with mpmath at 50 significant digits, at the double inputs exactly (a Python float
converts to mpf without rounding). Each expected value is that exact result rounded once to a
double. Every value is recomputed at 110 digits and must round to the same double (guards
against cancellation in the high-precision evaluation itself). Gradients use their closed form
and are checked against a high-precision central difference of the unclipped loss at the
clipped point (the contract: "the derivative of the unclipped formula evaluated at the clipped
values") wherever the loss is differentiable there.

Output: ../resources/conformance/cases.jsonl, one JSON object per line:
  function  SQL name (without try_)
  args      numbers (repr of doubles: exact round trip), vectors as arrays, NULL as null;
            non-finite numbers as the strings "NaN", "Infinity", "-Infinity" (JSON has none;
            the test passes them through DataFrame rows, never SQL literals)
  expected  number, array of numbers, or null (SQL NULL); "-Infinity" as a string
  error     null, or a list of substrings that must all occur in one message of the failure's
            cause chain (the contract: the error names the function, the argument and the
            offending value); the test also requires the function name followed by ':'
  note      what the case covers and where the expected value comes from
Every argument is passed by the test in every representation it fits (DOUBLE, FLOAT,
INT/BIGINT/DECIMAL where exact; array<double>, array<float> where exact, dense and sparse
ML vectors where there is no NULL element); no case needs a specific representation.

Run: python3 conformance_cases.py   (deterministic; rewrites cases.jsonl)
"""
import json
import math
import os
import random
import struct

import mpmath
from mpmath import mp, mpf

mp.dps = 50

DEFAULT_EPS = 1e-15
INF = float("inf")
NAN = float("nan")

# name -> (argument names, number of required arguments); 'V' kinds are vectors
SIGNATURES = {
    "binary_cross_entropy": (["label", "p", "eps"], 2),
    "binary_cross_entropy_logits": (["label", "z"], 2),
    "hinge_loss": (["label", "score"], 2),
    "squared_hinge_loss": (["label", "score"], 2),
    "focal_loss": (["label", "p", "alpha", "gamma", "eps"], 2),
    "focal_loss_logits": (["label", "z", "alpha", "gamma"], 2),
    "cross_entropy": (["label", "probs", "eps"], 2),
    "cross_entropy_logits": (["label", "logits"], 2),
    "soft_cross_entropy": (["target", "probs", "eps"], 2),
    "weighted_cross_entropy": (["label", "probs", "class_weights", "eps"], 3),
    "multilabel_cross_entropy": (["labels", "probs", "eps"], 2),
    "multiclass_hinge_loss": (["label", "scores"], 2),
    "multiclass_squared_hinge_loss": (["label", "scores"], 2),
    "multiclass_focal_loss": (["label", "probs", "gamma", "alphas", "eps"], 2),
    "kl_divergence": (["p", "q", "eps"], 2),
    "js_divergence": (["p", "q"], 2),
    "binary_cross_entropy_grad": (["label", "p", "eps"], 2),
    "binary_cross_entropy_logits_grad": (["label", "z"], 2),
    "hinge_loss_grad": (["label", "score"], 2),
    "squared_hinge_loss_grad": (["label", "score"], 2),
    "focal_loss_grad": (["label", "p", "alpha", "gamma", "eps"], 2),
    "focal_loss_logits_grad": (["label", "z", "alpha", "gamma"], 2),
    "cross_entropy_grad": (["label", "probs", "eps"], 2),
    "cross_entropy_logits_grad": (["label", "logits"], 2),
    "multiclass_hinge_loss_grad": (["label", "scores"], 2),
    "kl_divergence_grad": (["p", "q", "eps"], 2),
    # gradients beyond the contract table (exact derivatives of their losses)
    "soft_cross_entropy_grad": (["target", "probs", "eps"], 2),
    "weighted_cross_entropy_grad": (["label", "probs", "class_weights", "eps"], 3),
    "multilabel_cross_entropy_grad": (["labels", "probs", "eps"], 2),
    "multiclass_squared_hinge_loss_grad": (["label", "scores"], 2),
    "multiclass_focal_loss_grad": (["label", "probs", "gamma", "alphas", "eps"], 2),
    "js_divergence_grad": (["p", "q"], 2),
}
VECTOR_ARGS = {"probs", "logits", "scores", "target", "labels", "p", "q", "alphas",
               "class_weights"}


def is_vector(fn, i):
    name = SIGNATURES[fn][0][i]
    # binary functions call their scalar probability 'p' too
    if name == "p" and fn.startswith(("binary_cross_entropy", "focal_loss")):
        return False
    return name in VECTOR_ARGS


# ---------------------------------------------------------------------------------------
# The contract's formulas, in mpmath. Arguments are Python floats (exact as mpf).
# ---------------------------------------------------------------------------------------

def M(x):
    return mpf(x)


def clip(x, eps):
    """clip(x) = min(max(x, eps), 1 - eps), in exact arithmetic (x, eps mpf)."""
    return min(max(x, eps), 1 - eps)


def sigmoid(z):
    return 1 / (1 + mp.exp(-z))


def hinge_t(y):
    return 1 if y == 1 else -1  # label 1 -> +1; 0 or -1 -> -1 (validated separately)


# -- binary ---------------------------------------------------------------------------

def clipped(x, c, E):
    """clip(x) and ln(clip(x)) for x = value with exact complement c = 1 - x (x, c, E mpf).

    In exact arithmetic: min(max(x, eps), 1 - eps). A logarithm near 1 is taken as
    log1p(-complement) so that, e.g., ln(1 - 1e-10) and ln(1 - eps) keep full precision
    even for eps = 4.9e-324 (where 1 - eps is not representable at 50 digits).
    """
    if x < E:
        return E, mp.log(E)
    if c < E:
        return 1 - E, mp.log1p(-E)
    if x > 0.5:
        return x, mp.log1p(-c)
    return x, mp.log(x)


def bce_terms(y, p, eps):
    """y, p~ = clip(p), clip(1 - p) (1 - p from p itself), and their logarithms."""
    Y, P, E = M(y), M(p), M(eps)
    C = mp.fsub(1, P, exact=True)
    pc, lnp = clipped(P, C, E)
    qc, lnq = clipped(C, P, E)
    return Y, pc, qc, lnp, lnq


def binary_cross_entropy(y, p, eps=DEFAULT_EPS):
    Y, pc, qc, lnp, lnq = bce_terms(y, p, eps)
    return -(Y * lnp + (1 - Y) * lnq)


def binary_cross_entropy_grad(y, p, eps=DEFAULT_EPS):
    Y, pc, qc, lnp, lnq = bce_terms(y, p, eps)
    return -Y / pc + (1 - Y) / qc


def binary_cross_entropy_logits(y, z):
    Y, Z = M(y), M(z)
    return max(Z, 0) - Z * Y + mp.log1p(mp.exp(-abs(Z)))


def binary_cross_entropy_logits_grad(y, z):
    Y, Z = M(y), M(z)
    # sigmoid(z) - y = (1-y) sigmoid(z) - y sigmoid(-z): no cancellation for hard labels
    return (1 - Y) * sigmoid(Z) - Y * sigmoid(-Z)


def hinge_loss(y, s):
    return max(mpf(0), 1 - hinge_t(y) * M(s))


def squared_hinge_loss(y, s):
    return hinge_loss(y, s) ** 2


def hinge_loss_grad(y, s):
    t = hinge_t(y)
    return mpf(-t) if t * M(s) < 1 else mpf(0)


def squared_hinge_loss_grad(y, s):
    t = hinge_t(y)
    return -2 * t * max(mpf(0), 1 - t * M(s))


def alpha_t(Y, alpha):
    A = M(alpha)
    return mpf(1) if A < 0 else A * Y + (1 - A) * (1 - Y)


def focal_parts(y, p, alpha, gamma, eps):
    Y, pc, qc, lnp, lnq = bce_terms(y, p, eps)
    # p_t = p~ y + (1 - p~)(1 - y); 1 - p_t = (1 - p~) y + p~ (1 - y), with 1 - p~ = clip(1 - p)
    one_minus_pt = qc * Y + pc * (1 - Y)
    B = -(Y * lnp + (1 - Y) * lnq)
    return Y, pc, qc, one_minus_pt, alpha_t(Y, alpha), M(gamma), B


def focal_loss(y, p, alpha=0.25, gamma=2.0, eps=DEFAULT_EPS):
    Y, pc, qc, u, at, G, B = focal_parts(y, p, alpha, gamma, eps)
    return at * u ** G * B


def focal_loss_grad(y, p, alpha=0.25, gamma=2.0, eps=DEFAULT_EPS):
    # d/dp [a_t (1 - p_t(p))^g * -(y ln p + (1-y) ln(1-p))] at p = p~; d(1 - p_t)/dp = 1 - 2y
    Y, pc, qc, u, at, G, B = focal_parts(y, p, alpha, gamma, eps)
    dB = -Y / pc + (1 - Y) / qc
    first = 0 if G == 0 else G * u ** (G - 1) * (1 - 2 * Y) * B
    return at * (first + u ** G * dB)


def focal_logit_parts(y, z, alpha, gamma):
    Y, Z = M(y), M(z)
    s, sc = sigmoid(Z), sigmoid(-Z)       # p = sigmoid(z) and 1 - p, both without cancellation
    u = sc * Y + s * (1 - Y)              # 1 - p_t, never clipped (logits are never clipped)
    return Y, Z, s, sc, u, alpha_t(Y, alpha), M(gamma)


def focal_loss_logits(y, z, alpha=0.25, gamma=2.0):
    Y, Z, s, sc, u, at, G = focal_logit_parts(y, z, alpha, gamma)
    return at * u ** G * binary_cross_entropy_logits(y, z)


def focal_loss_logits_grad(y, z, alpha=0.25, gamma=2.0):
    Y, Z, s, sc, u, at, G = focal_logit_parts(y, z, alpha, gamma)
    B = binary_cross_entropy_logits(y, z)
    dB = (1 - Y) * s - Y * sc                        # sigmoid(z) - y
    du = s * sc * (1 - 2 * Y)                        # d(1 - p_t)/dz
    first = 0 if G == 0 else G * u ** (G - 1) * du * B
    return at * (first + u ** G * dB)


# -- multi-class ------------------------------------------------------------------------

def idx(label):
    return int(label)


def clip_log(p, eps):
    """(clip(p), ln clip(p)) for a probability p (a double)."""
    P = M(p)
    return clipped(P, mp.fsub(1, P, exact=True), M(eps))


def cross_entropy(y, probs, eps=DEFAULT_EPS):
    return -clip_log(probs[idx(y)], eps)[1]


def cross_entropy_grad(y, probs, eps=DEFAULT_EPS):
    out = [mpf(0)] * len(probs)
    out[idx(y)] = -1 / clip_log(probs[idx(y)], eps)[0]
    return out


def shifted(logits):
    Z = [M(v) for v in logits]
    m = max(Z)
    return Z, m, [mp.exp(v - m) for v in Z]


def cross_entropy_logits(y, logits):
    # logsumexp(z) - z[y] = (max - z[y]) + ln(1 + sum over all but one maximum of e^(z_i - max))
    Z, m, e = shifted(logits)
    k = Z.index(m)
    rest = mp.fsum(e[i] for i in range(len(Z)) if i != k)
    return (m - Z[idx(y)]) + mp.log1p(rest)


def cross_entropy_logits_grad(y, logits):
    Z, m, e = shifted(logits)
    total = mp.fsum(e)
    out = [v / total for v in e]
    y = idx(y)
    out[y] = -mp.fsum(e[i] for i in range(len(Z)) if i != y) / total  # softmax[y] - 1
    return out


def soft_cross_entropy(target, probs, eps=DEFAULT_EPS):
    return -mp.fsum(M(t) * clip_log(p, eps)[1] for t, p in zip(target, probs) if t != 0)


def soft_cross_entropy_grad(target, probs, eps=DEFAULT_EPS):
    return [(-M(t) / clip_log(p, eps)[0]) if t != 0 else mpf(0) for t, p in zip(target, probs)]


def weighted_cross_entropy(y, probs, w, eps=DEFAULT_EPS):
    return -M(w[idx(y)]) * clip_log(probs[idx(y)], eps)[1]


def weighted_cross_entropy_grad(y, probs, w, eps=DEFAULT_EPS):
    out = [mpf(0)] * len(probs)
    out[idx(y)] = -M(w[idx(y)]) / clip_log(probs[idx(y)], eps)[0]
    return out


def multilabel_cross_entropy(labels, probs, eps=DEFAULT_EPS):
    return mp.fsum(binary_cross_entropy(l, p, eps) for l, p in zip(labels, probs))


def multilabel_cross_entropy_grad(labels, probs, eps=DEFAULT_EPS):
    return [binary_cross_entropy_grad(l, p, eps) for l, p in zip(labels, probs)]


def mc_hinge_parts(y, scores):
    S = [M(v) for v in scores]
    y = idx(y)
    others = [j for j in range(len(S)) if j != y]
    mx = max(S[j] for j in others)
    k = min(j for j in others if S[j] == mx)      # lowest index on ties
    return S, y, k, max(mpf(0), 1 + mx - S[y])


def multiclass_hinge_loss(y, scores):
    return mc_hinge_parts(y, scores)[3]


def multiclass_squared_hinge_loss(y, scores):
    return mc_hinge_parts(y, scores)[3] ** 2


def multiclass_hinge_loss_grad(y, scores):
    S, y, k, loss = mc_hinge_parts(y, scores)
    out = [mpf(0)] * len(S)
    if loss > 0:
        out[k] = mpf(1)
        out[y] = mpf(-1)
    return out


def multiclass_squared_hinge_loss_grad(y, scores):
    loss = multiclass_hinge_loss(y, scores)
    return [2 * loss * g for g in multiclass_hinge_loss_grad(y, scores)]


def mc_focal_parts(y, probs, gamma, alphas, eps):
    Y, pc, qc, lnp, lnq = bce_terms(1.0, probs[idx(y)], eps)   # p~[y], clip(1 - p[y]), ln p~[y]
    a = mpf(1) if alphas is None else M(alphas[idx(y)])
    return pc, qc, lnp, a, M(gamma)


def multiclass_focal_loss(y, probs, gamma=2.0, alphas=None, eps=DEFAULT_EPS):
    pc, qc, lnp, a, G = mc_focal_parts(y, probs, gamma, alphas, eps)
    return -a * qc ** G * lnp


def multiclass_focal_loss_grad(y, probs, gamma=2.0, alphas=None, eps=DEFAULT_EPS):
    # d/dp [-a (1-p)^g ln p] = -a [(1-p)^g / p - g (1-p)^(g-1) ln p], at p = p~[y]
    pc, qc, lnp, a, G = mc_focal_parts(y, probs, gamma, alphas, eps)
    second = 0 if G == 0 else G * qc ** (G - 1) * lnp
    out = [mpf(0)] * len(probs)
    out[idx(y)] = -a * (qc ** G / pc - second)
    return out


def kl_divergence(p, q, eps=DEFAULT_EPS):
    E = M(eps)
    return mp.fsum(M(a) * mp.log(M(a) / max(M(b), E)) for a, b in zip(p, q) if a > 0)


def kl_divergence_grad(p, q, eps=DEFAULT_EPS):
    E = M(eps)
    return [-M(a) / max(M(b), E) for a, b in zip(p, q)]


def js_divergence(p, q):
    total = mpf(0)
    for a, b in zip(p, q):
        A, B = M(a), M(b)
        m = (A + B) / 2
        if A > 0:
            total += A * mp.log(A / m) / 2
        if B > 0:
            total += B * mp.log(B / m) / 2
    return total


def js_divergence_grad(p, q):
    out = []
    for a, b in zip(p, q):
        A, B = M(a), M(b)
        if A == 0 and B == 0:
            out.append(mpf(0))
        elif B == 0:
            out.append(mpf("-inf"))          # 0.5 ln(0 / m), m > 0
        else:
            out.append(mp.log(B / ((A + B) / 2)) / 2)
    return out


FORMULAS = {name: globals()[name] for name in SIGNATURES}

# ---------------------------------------------------------------------------------------
# Gradient cross-check: central difference of the unclipped loss at the clipped point.
# ---------------------------------------------------------------------------------------


def central(f, x, scale):
    h = scale * mpf(10) ** -30
    return (f(x + h) - f(x - h)) / (2 * h)


def check_gradient(fn, args, grad):
    """Recompute `grad` by finite differences of the unclipped loss; skip kinks."""
    tiny = min([x for x in args if isinstance(x, float) and x > 0] + [1.0])
    with mp.workdps(max(120, 60 - int(math.log10(tiny)))):
        a = list(args)
        if fn in ("binary_cross_entropy_grad", "focal_loss_grad"):
            y, p = a[0], a[1]
            if fn == "binary_cross_entropy_grad":
                eps = a[2] if len(a) > 2 else DEFAULT_EPS
                alpha, gamma = 0.25, 2.0
            else:
                alpha = a[2] if len(a) > 2 else 0.25
                gamma = a[3] if len(a) > 3 else 2.0
                eps = a[4] if len(a) > 4 else DEFAULT_EPS
            Y = M(y)
            pc = clip(M(p), M(eps))

            def loss(x):
                b = -(Y * mp.log(x) + (1 - Y) * mp.log(1 - x))
                if fn == "binary_cross_entropy_grad":
                    return b
                return alpha_t(Y, alpha) * ((1 - x) * Y + x * (1 - Y)) ** M(gamma) * b
            num = central(loss, pc, min(pc, 1 - pc))
            return compare(fn, args, [num], [grad])
        if fn in ("binary_cross_entropy_logits_grad", "focal_loss_logits_grad"):
            y, z = a[0], a[1]
            alpha = a[2] if len(a) > 2 else 0.25
            gamma = a[3] if len(a) > 3 else 2.0
            Y = M(y)

            def loss(x):
                b = mp.log1p(mp.exp(-abs(x))) + max(x, 0) - x * Y
                if fn == "binary_cross_entropy_logits_grad":
                    return b
                u = sigmoid(-x) * Y + sigmoid(x) * (1 - Y)
                return alpha_t(Y, alpha) * u ** M(gamma) * b
            if abs(z) > 700:
                return  # result is far below double resolution relative to the step
            return compare(fn, args, [central(loss, M(z), 1)], [grad])
        if fn in ("hinge_loss_grad", "squared_hinge_loss_grad"):
            t = hinge_t(a[0])
            if t * a[1] == 1:
                return  # kink: the contract's rule (0 where t*s >= 1) is encoded instead
            sq = fn.startswith("squared")
            num = central(lambda x: max(mpf(0), 1 - t * x) ** (2 if sq else 1), M(a[1]), 1)
            return compare(fn, args, [num], [grad])
        # vector predictions: partial derivatives of the unclipped loss
        if fn == "multiclass_hinge_loss_grad" or fn == "multiclass_squared_hinge_loss_grad":
            S = [M(v) for v in a[1]]
            y = idx(a[0])
            others = sorted((S[j] for j in range(len(S)) if j != y), reverse=True)
            if len(others) > 1 and others[0] == others[1]:
                return  # tie among the other classes: not differentiable (lowest index rule)
            if 1 + others[0] - S[y] == 0:
                return  # kink of max(0, .)
            sq = fn.startswith("multiclass_squared")

            def loss_v(v):
                m = max(v[j] for j in range(len(v)) if j != y)
                h = max(mpf(0), 1 + m - v[y])
                return h ** 2 if sq else h
            point = S
        elif fn == "cross_entropy_logits_grad":
            y = idx(a[0])
            point = [M(v) for v in a[1]]

            def loss_v(v):
                m = max(v)
                return m + mp.log(mp.fsum(mp.exp(x - m) for x in v)) - v[y]
        elif fn in ("cross_entropy_grad", "weighted_cross_entropy_grad",
                    "multiclass_focal_loss_grad"):
            y = idx(a[0])
            if fn == "weighted_cross_entropy_grad":
                w = M(a[2][y])
                eps = a[3] if len(a) > 3 else DEFAULT_EPS
            elif fn == "multiclass_focal_loss_grad":
                gamma = M(a[2]) if len(a) > 2 else mpf(2)
                w = M(a[3][y]) if len(a) > 3 else mpf(1)
                eps = a[4] if len(a) > 4 else DEFAULT_EPS
            else:
                w = mpf(1)
                eps = a[2] if len(a) > 2 else DEFAULT_EPS
            point = [clip(M(v), M(eps)) for v in a[1]]

            def loss_v(v):
                lp = -mp.log(v[y])
                if fn == "multiclass_focal_loss_grad":
                    return w * (1 - v[y]) ** gamma * lp
                return w * lp
        elif fn in ("soft_cross_entropy_grad", "multilabel_cross_entropy_grad"):
            t = [M(v) for v in a[0]]
            eps = a[2] if len(a) > 2 else DEFAULT_EPS
            point = [clip(M(v), M(eps)) for v in a[1]]

            def loss_v(v):
                if fn == "soft_cross_entropy_grad":
                    return -mp.fsum(ti * mp.log(x) for ti, x in zip(t, v) if ti != 0)
                return -mp.fsum(ti * mp.log(x) + (1 - ti) * mp.log(1 - x) for ti, x in zip(t, v))
        elif fn == "kl_divergence_grad":
            pv = [M(v) for v in a[0]]
            eps = a[2] if len(a) > 2 else DEFAULT_EPS
            point = [max(M(v), M(eps)) for v in a[1]]

            def loss_v(v):
                return mp.fsum(pi * mp.log(pi / x) for pi, x in zip(pv, v) if pi > 0)
        elif fn == "js_divergence_grad":
            pv = [M(v) for v in a[0]]
            point = [M(v) for v in a[1]]
            if any(x == 0 for x in point):
                return  # derivative at q[i] = 0 is one-sided (0 or -inf): closed form only

            def loss_v(v):
                tot = mpf(0)
                for A, B in zip(pv, v):
                    m = (A + B) / 2
                    if A > 0:
                        tot += A * mp.log(A / m) / 2
                    tot += B * mp.log(B / m) / 2
                return tot
        else:
            raise AssertionError(fn)
        num = []
        for i in range(len(point)):
            def along(x, i=i):
                v = list(point)
                v[i] = x
                return loss_v(v)
            x0 = point[i]
            scale = min(x0, 1 - x0) if fn not in ("cross_entropy_logits_grad",
                                                   "multiclass_hinge_loss_grad",
                                                   "multiclass_squared_hinge_loss_grad") else 1
            if fn in ("kl_divergence_grad", "js_divergence_grad"):
                scale = x0
            num.append(central(along, x0, scale))
        return compare(fn, args, num, grad)


def compare(fn, args, num, closed):
    for n, c in zip(num, closed):
        if abs(n - c) > mpf(10) ** -25 * abs(c) + mpf(10) ** -40:
            raise AssertionError(f"gradient check failed: {fn}{args}: closed {c}, numeric {n}")
    return True


# ---------------------------------------------------------------------------------------
# The contract's validity rules (a guard on this file: value cases must be valid, invalid
# cases invalid).
# ---------------------------------------------------------------------------------------

def finite(x):
    return not (math.isnan(x) or math.isinf(x))


def in01(x):
    return finite(x) and 0 <= x <= 1


def violations(fn, args):
    names, _ = SIGNATURES[fn]
    bad = []
    n = None
    for i, (name, v) in enumerate(zip(names, args)):
        if is_vector(fn, i):
            if len(v) == 0:
                bad.append(f"{name} empty")
            if not all(finite(x) for x in v):
                bad.append(f"{name} not finite")
            if name in ("probs", "target", "labels", "p", "q") and not all(in01(x) for x in v):
                bad.append(f"{name} outside [0, 1]")
            if name in ("alphas", "class_weights") and not all(x >= 0 for x in v):
                bad.append(f"{name} negative")
            if n is None:
                n = len(v)
            elif len(v) != n:
                bad.append("lengths differ")
        else:
            if not finite(v):
                bad.append(f"{name} not finite")
                continue
            if name == "p" and not in01(v):
                bad.append("p outside [0, 1]")
            if name == "eps" and not 0 < v < 0.5:
                bad.append("eps")
            if name == "gamma" and v < 0:
                bad.append("gamma")
            if name == "alpha" and v > 1:
                bad.append("alpha")
    if "label" in names and finite(args[0]):
        y = args[0]
        if fn in ("hinge_loss", "squared_hinge_loss", "hinge_loss_grad", "squared_hinge_loss_grad"):
            if y not in (1, 0, -1):
                bad.append("hinge label")
        elif not is_vector(fn, 1):
            if not 0 <= y <= 1:
                bad.append("binary label")
        else:
            c = len(args[1])
            if y != math.floor(y) or not 0 <= y < c:
                bad.append("class label")
    if fn.startswith(("multiclass_hinge", "multiclass_squared")) and len(args[1]) < 2:
        bad.append("C < 2")
    return bad


# ---------------------------------------------------------------------------------------
# Case construction
# ---------------------------------------------------------------------------------------

CASES = []


def to_double(x):
    f = float(x)
    return f


def rounded(v):
    if isinstance(v, list):
        return [to_double(x) for x in v]
    return to_double(v)


def same(a, b):
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b or (math.isnan(a) and math.isnan(b))


def evaluate(fn, args):
    with mp.workdps(50):
        low = rounded(FORMULAS[fn](*args))
    with mp.workdps(110):
        high = rounded(FORMULAS[fn](*args))
    if not same(low, high):
        raise AssertionError(f"precision-dependent result: {fn}{args}: {low} vs {high}")
    return low, high


def enc_num(x):
    if x is None:
        return None
    if isinstance(x, list):
        return [enc_num(v) for v in x]
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def arity_ok(fn, args):
    names, required = SIGNATURES[fn]
    assert required <= len(args) <= len(names), (fn, args)


def value(fn, args, note):
    arity_ok(fn, args)
    v = violations(fn, args)
    assert not v, (fn, args, v)
    expected, _ = evaluate(fn, args)
    if fn.endswith("_grad"):
        with mp.workdps(50):
            closed = FORMULAS[fn](*args)
        check_gradient(fn, args, closed if isinstance(closed, list) else closed)
    CASES.append({"function": fn, "args": enc_num(list(args)), "expected": enc_num(expected),
                  "error": None, "note": note})


def null(fn, args, note):
    arity_ok(fn, args)
    assert any(a is None or (isinstance(a, list) and None in a) for a in args), (fn, args)
    CASES.append({"function": fn, "args": enc_num(list(args)), "expected": None,
                  "error": None, "note": "NULL -> NULL: " + note})


def invalid(fn, args, substrings, note):
    arity_ok(fn, args)
    v = violations(fn, args)
    assert v, (fn, args)
    CASES.append({"function": fn, "args": enc_num(list(args)), "expected": None,
                  "error": [fn + ":"] + substrings, "note": "invalid (" + "; ".join(v) + "): "
                  + note})


# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------

rng = random.Random(20240611)


def normalized(n, zeros=0):
    w = [rng.random() for _ in range(n)]
    for i in rng.sample(range(n), zeros):
        w[i] = 0.0
    s = sum(w)
    return [x / s for x in w]


def raw(n, zeros=0):
    w = [rng.random() for _ in range(n)]
    for i in rng.sample(range(n), zeros):
        w[i] = 0.0
    return w


def dyadic(n, zeros=0):
    """Entries k/64: exact as float, so array<float> is exercised too."""
    w = [rng.randrange(1, 65) / 64 for _ in range(n)]
    for i in rng.sample(range(n), zeros):
        w[i] = 0.0
    return w


def logits(n, scale):
    return [rng.uniform(-scale, scale) for _ in range(n)]


P3 = [0.1, 0.7, 0.2]
LN = math.log

N50 = normalized(50)
N50Z = normalized(50, zeros=20)
R50 = raw(50)
R50Z = raw(50, zeros=35)
D50 = dyadic(50, zeros=10)
T50 = normalized(50, zeros=25)        # soft target with zeros
L50 = logits(50, 30.0)
L50X = logits(50, 30.0)
for i in rng.sample(range(50), 6):
    L50X[i] = rng.choice([800.0, -800.0, 799.5, -799.25])
W50 = [rng.uniform(0, 5) for _ in range(50)]
A50 = dyadic(50)
ZERO_AT = [i for i, x in enumerate(N50Z) if x == 0.0]
ZERO_AT_R = [i for i, x in enumerate(R50Z) if x == 0.0]

# ---------------------------------------------------------------------------------------
# Value cases
# ---------------------------------------------------------------------------------------

# binary_cross_entropy / _grad
for fn in ("binary_cross_entropy", "binary_cross_entropy_grad"):
    value(fn, [1.0, 0.8], "contract worked value")
    value(fn, [0.0, 0.3], "contract worked value")
    value(fn, [0.0, 1.0], "p exactly 1, label 0: -ln(eps) via clip(1 - p) (symmetric clip)")
    value(fn, [1.0, 0.0], "p exactly 0, label 1: -ln(eps)")
    value(fn, [1.0, 1.0], "p exactly 1, label 1: -ln(1 - eps)")
    value(fn, [0.0, 0.0], "p exactly 0, label 0: -ln(clip(1)) = -ln(1 - eps)")
    value(fn, [1.0, 1e-10], "tiny p, clip inactive")
    value(fn, [0.0, 1e-10], "tiny p, label 0, clip inactive: -ln(1 - 1e-10) to full precision")
    value(fn, [0.0, 0.9999999999999998], "1 - p = 2.2e-16 below eps: clipped to eps")
    value(fn, [1.0, 5e-16], "p below eps: clipped")
    value(fn, [1.0, 2e-15], "p just above eps: not clipped")
    value(fn, [0.3, 0.6], "soft label")
    value(fn, [0.5, 0.5], "soft label 0.5 at p 0.5")
    value(fn, [0.7, 0.0], "soft label, p exactly 0")
    value(fn, [0.25, 1.0], "soft label, p exactly 1")
    value(fn, [-0.0, 0.3], "label -0.0 is label 0")
    value(fn, [1.0, -0.0], "p = -0.0 is p = 0")
    value(fn, [1.0, 0.75], "float-exact inputs")
    value(fn, [1.0, 0.0, 0.1], "custom eps: -ln(0.1)")
    value(fn, [0.0, 1.0, 1e-07], "custom eps")
    value(fn, [1.0, 0.95, 0.1], "custom eps clips p = 0.95 down to 0.9")
    value(fn, [1.0, 0.3, 0.49], "largest eps region")
    value(fn, [0.5, 0.999, 0.25], "soft label, eps 0.25")
    value(fn, [1.0, 0.8, 1e-15], "explicit default eps")
    value(fn, [0.0, 0.125, 0.0625], "float-exact inputs with eps")
    value(fn, [0.0, 1.0, 1e-300], "tiny eps: -ln(1e-300), no ln(0)")
value("binary_cross_entropy", [1.0, 0.0, 5e-324], "smallest positive eps: -ln(4.9e-324)")
value("binary_cross_entropy", [0.0, 0.0, 5e-324], "smallest positive eps, label 0, p 0")

# binary_cross_entropy_logits / _grad
for fn in ("binary_cross_entropy_logits", "binary_cross_entropy_logits_grad"):
    value(fn, [1.0, 2.0], "typical")
    value(fn, [0.0, 0.0], "z = 0")
    value(fn, [1.0, 800.0], "z = 800, right: e^-800 underflows")
    value(fn, [0.0, 800.0], "z = 800, wrong: 800")
    value(fn, [1.0, -800.0], "z = -800, wrong")
    value(fn, [0.0, -800.0], "z = -800, right")
    value(fn, [0.3, 800.0], "soft label, z = 800")
    value(fn, [0.3, -800.0], "soft label, z = -800")
    value(fn, [1.0, 30.0], "z = 30")
    value(fn, [0.0, 30.0], "z = 30, label 0")
    value(fn, [1.0, -30.0], "z = -30")
    value(fn, [0.5, 30.0], "soft label, z = 30")
    value(fn, [0.25, -2.5], "float-exact soft label")
    value(fn, [1.0, 1e-300], "tiny z")
    value(fn, [0.0, -36.75], "z = -36.75")
    value(fn, [1.0, 709.5], "z near exp overflow")
value("binary_cross_entropy_logits_grad", [1.0, LN(4)], "contract worked value: -0.2")

# hinge / squared hinge and gradients
for fn in ("hinge_loss", "squared_hinge_loss", "hinge_loss_grad", "squared_hinge_loss_grad"):
    value(fn, [1.0, 0.8], "label 1")
    value(fn, [-1.0, 0.3], "label -1")
    value(fn, [0.0, 0.3], "label 0 means t = -1")
    value(fn, [1.0, 0.5], "label 1, inside margin")
    value(fn, [-1.0, 0.5], "label -1, wrong side")
    value(fn, [1.0, 1.0], "t*s = 1 exactly (kink: gradient 0 by the contract's rule t*s < 1)")
    value(fn, [0.0, -1.0], "label 0, t*s = 1 exactly")
    value(fn, [1.0, 2.0], "beyond the margin")
    value(fn, [1.0, -800.0], "score -800")
    value(fn, [0.0, 800.0], "score 800, label 0")
    value(fn, [-1.0, -800.0], "score -800, label -1: 0")
    value(fn, [1.0, 0.9999999999999999], "1 - s = 1.1e-16")
    value(fn, [-0.0, 0.5], "label -0.0 is label 0")
    value(fn, [1.0, -0.25], "float-exact")

# focal_loss / _grad, all arities
for fn in ("focal_loss", "focal_loss_grad"):
    value(fn, [1.0, 0.9, 0.25, 2.0], "contract worked value")
    value(fn, [1.0, 0.9], "defaults alpha 0.25, gamma 2")
    value(fn, [0.0, 0.3], "defaults, label 0 (alpha_t = 0.75)")
    value(fn, [1.0, 0.0], "defaults, p exactly 0, label 1")
    value(fn, [0.0, 1.0], "defaults, p exactly 1, label 0")
    value(fn, [1.0, 1.0], "defaults, p exactly 1, label 1")
    value(fn, [0.0, 0.0], "defaults, p exactly 0, label 0")
    value(fn, [0.3, 0.6], "defaults, soft label")
    value(fn, [0.5, 0.5], "defaults, soft label 0.5")
    value(fn, [1.0, 0.7, 0.5], "alpha 0.5")
    value(fn, [0.0, 0.7, 0.5], "alpha 0.5, label 0")
    value(fn, [0.0, 0.3, 1.0], "alpha 1, label 0: alpha_t = 0")
    value(fn, [1.0, 0.3, 0.0], "alpha 0, label 1: alpha_t = 0")
    value(fn, [1.0, 0.3, -1.0], "negative alpha: no weighting")
    value(fn, [0.0, 0.8, -0.5], "negative alpha, label 0: no weighting")
    value(fn, [0.4, 0.6, 0.75], "soft label, alpha 0.75")
    value(fn, [1.0, 0.9, 0.25, 0.0], "gamma 0: alpha-weighted cross-entropy")
    value(fn, [0.0, 0.2, -1.0, 0.0], "gamma 0, no alpha: plain cross-entropy")
    value(fn, [1.0, 0.6, 0.25, 0.5], "gamma 0.5")
    value(fn, [0.0, 0.35, 0.25, 1.5], "gamma 1.5")
    value(fn, [1.0, 0.2, 0.5, 3.0], "gamma 3")
    value(fn, [1.0, 0.0, 0.25, 2.0], "p exactly 0, explicit alpha and gamma")
    value(fn, [0.0, 1.0, -1.0, 0.5], "p exactly 1, label 0, gamma 0.5, no alpha")
    value(fn, [1.0, 1e-10, 0.25, 5.0], "tiny p, gamma 5")
    value(fn, [1.0, 0.0, 0.25, 2.0, 0.1], "custom eps 0.1, p 0")
    value(fn, [0.0, 0.95, 0.5, 1.0, 0.1], "custom eps clips 0.95 to 0.9")
    value(fn, [1.0, 1e-10, 0.25, 2.0, 1e-07], "custom eps 1e-7 clips 1e-10")
    value(fn, [0.3, 0.0, -1.0, 2.0, 0.01], "soft label, p 0, eps 0.01")
    value(fn, [0.0, 0.75, 0.25, 2.0, 0.25], "float-exact, eps 0.25")
    value(fn, [1.0, 0.9, 0.25, 2.0, 1e-15], "explicit default eps")

# focal_loss_logits / _grad, all arities
for fn in ("focal_loss_logits", "focal_loss_logits_grad"):
    value(fn, [1.0, 2.0], "defaults")
    value(fn, [0.0, 0.0], "defaults, z 0")
    value(fn, [1.0, 800.0], "z 800, right")
    value(fn, [0.0, 800.0], "z 800, wrong: 0.75 * 800")
    value(fn, [1.0, -800.0], "z -800, wrong: 0.25 * 800")
    value(fn, [0.0, -800.0], "z -800, right")
    value(fn, [1.0, 30.0], "z 30, right")
    value(fn, [0.0, 30.0], "z 30, wrong")
    value(fn, [1.0, -30.0], "z -30, wrong")
    value(fn, [0.3, 2.0], "soft label")
    value(fn, [1.0, -30.0, 0.5], "alpha 0.5")
    value(fn, [0.0, 1.5, -1.0], "negative alpha: no weighting")
    value(fn, [1.0, 3.0, 1.0], "alpha 1")
    value(fn, [0.0, 3.0, 1.0], "alpha 1, label 0: 0")
    value(fn, [1.0, 2.0, 0.25, 0.0], "gamma 0: alpha-weighted logit cross-entropy")
    value(fn, [0.0, -1.0, -1.0, 0.5], "gamma 0.5, no alpha")
    value(fn, [1.0, -800.0, 0.25, 3.0], "z -800, gamma 3")
    value(fn, [0.5, 1.0, 0.625, 1.5], "soft label 0.5, gamma 1.5")
    value(fn, [1.0, 15.0, 0.25, 0.5], "z 15, gamma 0.5")
    value(fn, [0.0, -0.75, 0.25, 2.0], "float-exact")
value("focal_loss_logits_grad", [1.0, 800.0, -1.0, 0.5], "z 800, gamma 0.5")

# cross_entropy / _grad
for fn in ("cross_entropy", "cross_entropy_grad"):
    value(fn, [1.0, P3], "contract worked value")
    value(fn, [0.0, [0.0, 1.0]], "p[y] exactly 0: -ln(eps)")
    value(fn, [1.0, [0.0, 1.0]], "p[y] exactly 1: -ln(1 - eps)")
    value(fn, [2.0, [0.25, 0.25, 0.5]], "float-exact")
    value(fn, [17.0, N50], "50 classes, normalized")
    value(fn, [49.0, N50], "50 classes, last index")
    value(fn, [3.0, R50], "50 classes, not normalized (never rescaled)")
    value(fn, [float(ZERO_AT[0]), N50Z], "50 classes with zeros, label at a zero")
    value(fn, [float([i for i in range(50) if N50Z[i] > 0][0]), N50Z], "50 classes with zeros")
    value(fn, [5.0, D50], "50 float-exact classes with zeros")
    value(fn, [0.0, [1e-10, 1.0 - 1e-10]], "tiny p[y], clip inactive")
    value(fn, [-0.0, [0.4, 0.6]], "label -0.0 is class 0")
    value(fn, [0.0, [0.5]], "one class")
    value(fn, [0.0, [0.0, 1.0], 0.1], "custom eps: -ln(0.1)")
    value(fn, [1.0, [0.0, 1.0], 0.1], "custom eps: -ln(0.9)")
    value(fn, [2.0, N50, 0.001], "50 classes, eps 1e-3")
    value(fn, [1.0, [0.0, 0.0, 0.0], 1e-300], "all zeros, eps 1e-300")

# cross_entropy_logits / _grad
for fn in ("cross_entropy_logits", "cross_entropy_logits_grad"):
    value(fn, [0.0, [2.0, 1.0, 0.1]], "typical")
    value(fn, [1.0, [LN(0.1), LN(0.7), LN(0.2)]], "softmax (0.1, 0.7, 0.2) (contract example)")
    value(fn, [0.0, [800.0, -800.0]], "logits +-800, right")
    value(fn, [1.0, [800.0, -800.0]], "logits +-800, wrong: 1600")
    value(fn, [0.0, [800.0, 795.0, -800.0]],
          "largest logit 800 is the label: ln(1 + e^-5 + e^-1600) needs the shift")
    value(fn, [1.0, [800.0, 795.0, -800.0]], "logits near 800, second class")
    value(fn, [2.0, [-800.0, -800.0, -800.0]], "all -800: ln 3")
    value(fn, [1.0, [5.0, 5.0, 5.0, 5.0]], "ties: ln 4")
    value(fn, [3.0, [0.5, -1.25, 2.0, 0.0]], "float-exact")
    value(fn, [0.0, [0.0]], "one class: 0")
    value(fn, [11.0, L50], "50 classes, logits in [-30, 30]")
    value(fn, [float(L50.index(max(L50))), L50], "50 classes, label at the largest logit")
    value(fn, [7.0, L50X], "50 classes with logits +-800")
    value(fn, [float(L50X.index(max(L50X))), L50X], "50 classes with +-800, label at max")
    value(fn, [0.0, [-30.0, 30.0]], "logits +-30")

# soft_cross_entropy / _grad
for fn in ("soft_cross_entropy", "soft_cross_entropy_grad"):
    value(fn, [[0.0, 0.8, 0.2], P3], "typical soft target")
    value(fn, [[0.0, 1.0, 0.0], P3], "one-hot target: cross_entropy")
    value(fn, [[0.0, 1.0], [0.0, 1.0]], "target 0 where p 0: term is 0")
    value(fn, [[0.5, 0.5], [0.0, 1.0]], "target > 0 where p exactly 0")
    value(fn, [[1.0, 0.0], [1.0, 0.0]], "p exactly 1 at the target")
    value(fn, [T50, N50], "50 classes, normalized target with zeros")
    value(fn, [T50, R50Z], "50 classes, p not normalized, with zeros")
    value(fn, [R50, N50], "target not normalized (entries in [0, 1])")
    value(fn, [D50, A50], "50 float-exact classes")
    value(fn, [[0.25, 0.75], [0.5, 0.5], 0.1], "custom eps")
    value(fn, [[0.5, 0.5], [0.0, 1.0], 0.01], "custom eps, p 0")
    value(fn, [T50, N50Z, 1e-06], "50 classes, eps 1e-6")

# weighted_cross_entropy / _grad
for fn in ("weighted_cross_entropy", "weighted_cross_entropy_grad"):
    value(fn, [2.0, P3, [1.0, 1.0, 5.0]], "typical")
    value(fn, [1.0, P3, [1.0, 0.0, 1.0]], "zero weight at the label: 0")
    value(fn, [0.0, [0.0, 1.0], [2.5, 1.0]], "p[y] exactly 0, weight 2.5")
    value(fn, [1.0, [0.0, 1.0], [2.5, 0.5]], "p[y] exactly 1")
    value(fn, [13.0, N50, W50], "50 classes")
    value(fn, [float(ZERO_AT[1]), N50Z, W50], "50 classes, label at a zero")
    value(fn, [7.0, D50, A50], "50 float-exact classes")
    value(fn, [0.0, [0.0, 1.0], [2.0, 1.0], 0.1], "custom eps")
    value(fn, [1.0, P3, [1.0, 3.0, 1.0], 0.25], "eps 0.25")
    value(fn, [49.0, N50, W50, 1e-06], "50 classes, eps 1e-6")

# multilabel_cross_entropy / _grad
for fn in ("multilabel_cross_entropy", "multilabel_cross_entropy_grad"):
    value(fn, [[1.0, 0.0, 1.0], [0.9, 0.2, 0.6]], "typical")
    value(fn, [[1.0, 0.0], [0.0, 1.0]], "both wrong with p exactly 0 and 1: 2 * -ln(eps)")
    value(fn, [[1.0, 0.0], [1.0, 0.0]], "both right, p exactly 1 and 0")
    value(fn, [[0.3, 0.7, 0.5], [0.6, 0.0, 0.5]], "soft labels")
    value(fn, [[1.0 if x > 0.5 else 0.0 for x in R50], N50], "50 outputs")
    value(fn, [R50Z, R50], "50 soft outputs with zeros")
    value(fn, [D50, A50], "50 float-exact outputs")
    value(fn, [[1.0, 0.0], [0.0, 1.0], 0.1], "custom eps")
    value(fn, [[0.5, 1.0, 0.0], [1e-10, 0.999, 1e-10], 1e-07], "eps 1e-7")

# multiclass hinge, squared, and gradients
for fn in ("multiclass_hinge_loss", "multiclass_squared_hinge_loss",
           "multiclass_hinge_loss_grad", "multiclass_squared_hinge_loss_grad"):
    value(fn, [0.0, [2.0, 1.5, 0.3]], "typical")
    value(fn, [1.0, P3], "typical")
    value(fn, [0.0, [2.0, 1.0, 0.5]], "margin exactly 1: loss 0 (kink)")
    value(fn, [0.0, [3.0, 1.0, 0.5]], "beyond the margin: 0")
    value(fn, [0.0, [1.0, 3.0, 3.0, 0.5]], "tie among the other classes: lowest index")
    value(fn, [1.0, [2.0, 2.0]], "tie of the label with another class: loss 1")
    value(fn, [2.0, [4.0, 1.0, 4.0, 4.0]], "label tied with two others")
    value(fn, [0.0, [-800.0, 800.0]], "scores +-800, wrong: 1601")
    value(fn, [1.0, [-800.0, 800.0]], "scores +-800, right: 0")
    value(fn, [0.0, [0.0, 0.0]], "two classes, all zero: 1")
    value(fn, [21.0, L50], "50 classes")
    value(fn, [float(L50.index(max(L50))), L50], "50 classes, label at max")
    value(fn, [3.0, L50X], "50 classes with +-800")
    value(fn, [4.0, [0.5, -1.25, 2.0, 0.0, 1.75]], "float-exact")

# multiclass_focal_loss / _grad, all arities
for fn in ("multiclass_focal_loss", "multiclass_focal_loss_grad"):
    value(fn, [1.0, P3, 2.0], "typical, gamma 2")
    value(fn, [1.0, P3], "default gamma 2, no alphas")
    value(fn, [0.0, [0.0, 1.0]], "p[y] exactly 0")
    value(fn, [1.0, [0.0, 1.0]], "p[y] exactly 1")
    value(fn, [9.0, N50], "50 classes, defaults")
    value(fn, [float(ZERO_AT[2]), N50Z], "50 classes, label at a zero")
    value(fn, [1.0, P3, 0.0], "gamma 0: cross_entropy")
    value(fn, [2.0, P3, 0.5], "gamma 0.5")
    value(fn, [0.0, [0.25, 0.75], 3.0], "gamma 3, float-exact")
    value(fn, [1.0, P3, 2.0, [0.25, 0.5, 0.25]], "alphas")
    value(fn, [1.0, P3, 2.0, [1.0, 0.0, 1.0]], "alphas zero at the label: 0")
    value(fn, [30.0, R50, 1.5, W50], "50 classes, not normalized, alphas")
    value(fn, [6.0, D50, 2.0, A50], "50 float-exact classes, alphas")
    value(fn, [0.0, [0.0, 1.0], 2.0, [1.0, 1.0], 0.1], "eps 0.1 with all-ones alphas")
    value(fn, [1.0, [0.0, 0.95], 1.0, [2.0, 0.5], 0.1], "eps 0.1 clips 0.95")
    value(fn, [float(ZERO_AT[3]), N50Z, 2.0, W50, 1e-06], "50 classes, eps 1e-6")
    value(fn, [2.0, [0.5, 0.25, 1e-10], 2.0, [1.0, 1.0, 1.0], 1e-07], "tiny p, eps 1e-7")

# kl_divergence / _grad
for fn in ("kl_divergence", "kl_divergence_grad"):
    value(fn, [[0.7, 0.2, 0.1], [0.6, 0.3, 0.1]], "contract worked value")
    value(fn, [P3, P3], "identical: 0")
    value(fn, [[0.0, 0.5, 0.5], [0.2, 0.4, 0.4]], "zero in p: term skipped")
    value(fn, [[0.5, 0.5, 0.0], [0.0, 1.0, 0.0]], "zero in q under p > 0: max(q, eps)")
    value(fn, [[0.0, 1.0], [1.0, 0.0]], "disjoint: ln(1/eps)")
    value(fn, [[0.5, 0.5, 0.0], [0.0, 1.0, 0.0], 0.01], "custom eps 0.01")
    value(fn, [[1.0, 0.0], [0.0, 1.0], 0.25], "eps 0.25")
    value(fn, [N50, N50Z], "50 classes, q with zeros")
    value(fn, [N50Z, N50], "50 classes, p with zeros")
    value(fn, [R50, R50Z], "50 classes, not normalized")
    value(fn, [D50, A50], "50 float-exact classes")
    value(fn, [T50, N50Z, 1e-06], "50 classes, eps 1e-6")

# js_divergence / _grad
for fn in ("js_divergence", "js_divergence_grad"):
    value(fn, [[0.7, 0.2, 0.1], [0.6, 0.3, 0.1]], "typical")
    value(fn, [P3, P3], "identical: 0")
    value(fn, [[1.0, 0.0], [0.0, 1.0]], "disjoint: ln 2 (gradient -inf at q = 0 < p)")
    value(fn, [[0.0, 0.5, 0.5], [0.5, 0.5, 0.0]], "zeros in p and q")
    value(fn, [[0.0, 1.0, 0.0], [0.0, 0.5, 0.5]], "p = q = 0 entry: gradient 0")
    value(fn, [N50, N50Z], "50 classes, q with zeros")
    value(fn, [N50Z, N50], "50 classes, p with zeros")
    value(fn, [R50, R50Z], "50 classes, not normalized")
    value(fn, [D50, A50], "50 float-exact classes")

n_values = len(CASES)

# ---------------------------------------------------------------------------------------
# NULL cases (incl. NULL beside an otherwise invalid argument: NULL is checked first)
# ---------------------------------------------------------------------------------------

null("binary_cross_entropy", [None, 0.5], "NULL label")
null("binary_cross_entropy", [1.0, None], "NULL p")
null("binary_cross_entropy", [1.0, 0.5, None], "NULL eps")
null("binary_cross_entropy", [None, 1.5], "NULL label beside invalid p")
null("binary_cross_entropy", [1.0, None, 0.7], "NULL p beside invalid eps")
null("binary_cross_entropy", [NAN, None], "NULL p beside NaN label")
null("binary_cross_entropy_grad", [2.0, None], "NULL p beside invalid label")
null("binary_cross_entropy_logits", [None, 800.0], "NULL label")
null("binary_cross_entropy_logits", [1.0, None], "NULL z")
null("binary_cross_entropy_logits_grad", [1.5, None], "NULL z beside invalid label")
null("hinge_loss", [None, 0.5], "NULL label")
null("hinge_loss", [0.5, None], "NULL score beside invalid hinge label")
null("squared_hinge_loss", [1.0, None], "NULL score")
null("hinge_loss_grad", [None, INF], "NULL label beside infinite score")
null("squared_hinge_loss_grad", [None, 0.5], "NULL label")
null("focal_loss", [1.0, 0.5, None], "NULL alpha")
null("focal_loss", [1.0, 0.5, 0.25, None], "NULL gamma")
null("focal_loss", [1.0, 0.5, 0.25, 2.0, None], "NULL eps")
null("focal_loss", [None, 0.5, 1.5], "NULL label beside alpha > 1")
null("focal_loss", [1.0, None, 0.25, -1.0], "NULL p beside gamma < 0")
null("focal_loss_grad", [1.0, 0.5, None, 2.0, 0.0], "NULL alpha beside eps 0")
null("focal_loss_logits", [1.0, None], "NULL z")
null("focal_loss_logits", [1.0, 2.0, 2.0, None], "NULL gamma beside alpha > 1")
null("focal_loss_logits_grad", [None, 2.0, 0.25, -0.5], "NULL label beside gamma < 0")
null("cross_entropy", [None, P3], "NULL label")
null("cross_entropy", [1.0, None], "NULL probs")
null("cross_entropy", [0.0, [0.5, None]], "NULL element")
null("cross_entropy", [7.0, [0.5, None]], "NULL element beside out-of-range label")
null("cross_entropy", [0.0, [1.5, None]], "NULL element beside invalid entry")
null("cross_entropy", [None, []], "NULL label beside empty probs")
null("cross_entropy", [1.0, P3, None], "NULL eps")
null("cross_entropy", [1.0, None, 0.7], "NULL probs beside invalid eps")
null("cross_entropy_grad", [None, [0.5, 1.5]], "NULL label beside invalid probs")
null("cross_entropy_logits", [0.0, [1.0, None, 2.0]], "NULL element")
null("cross_entropy_logits", [None, [1.0, INF]], "NULL label beside infinite logit")
null("cross_entropy_logits_grad", [2.5, None], "NULL logits beside fractional label")
null("soft_cross_entropy", [None, P3], "NULL target")
null("soft_cross_entropy", [[0.5, None], [0.5, 0.5]], "NULL element in target")
null("soft_cross_entropy_grad", [[0.5, 0.5], [0.5, 0.5, None]], "NULL element beside length mismatch")
null("weighted_cross_entropy", [0.0, P3, None], "NULL class_weights")
null("weighted_cross_entropy", [0.0, P3, [1.0, None, -1.0]], "NULL weight beside negative weight")
null("weighted_cross_entropy_grad", [0.0, None, [1.0, 1.0]], "NULL probs")
null("multilabel_cross_entropy", [[1.0, None], [0.5, 0.5]], "NULL label element")
null("multilabel_cross_entropy_grad", [None, [0.5, 2.0]], "NULL labels beside invalid probs")
null("multiclass_hinge_loss", [None, [1.0, 2.0]], "NULL label")
null("multiclass_hinge_loss", [0.0, [None]], "NULL element beside C < 2")
null("multiclass_squared_hinge_loss", [0.0, None], "NULL scores")
null("multiclass_hinge_loss_grad", [5.0, [1.0, None]], "NULL element beside label out of range")
null("multiclass_squared_hinge_loss_grad", [None, [NAN, 1.0]], "NULL label beside NaN score")
null("multiclass_focal_loss", [1.0, P3, None], "NULL gamma")
null("multiclass_focal_loss", [1.0, P3, 2.0, None], "NULL alphas")
null("multiclass_focal_loss", [1.0, P3, 2.0, [1.0, 1.0, 1.0], None], "NULL eps")
null("multiclass_focal_loss", [1.0, P3, 2.0, [1.0, None, -1.0]], "NULL alpha entry beside negative")
null("multiclass_focal_loss_grad", [None, P3, -2.0], "NULL label beside gamma < 0")
null("kl_divergence", [None, P3], "NULL p")
null("kl_divergence", [P3, [0.5, None, 0.5]], "NULL element in q")
null("kl_divergence", [P3, None, 0.5], "NULL q beside eps 0.5")
null("kl_divergence_grad", [[1.5, 0.5], None], "NULL q beside invalid p")
null("js_divergence", [P3, None], "NULL q")
null("js_divergence", [[None, 0.5], [0.5, 0.5, 0.0]], "NULL element beside length mismatch")
null("js_divergence_grad", [None, [0.5, 0.5]], "NULL p")

n_nulls = len(CASES) - n_values

# ---------------------------------------------------------------------------------------
# Invalid cases: one or more per rule of the contract's "Invalid means" list, and at least
# one per function. Substrings: function name, argument name, offending value (chosen so
# that Java's Double.toString and a whole-number rendering both contain it).
# ---------------------------------------------------------------------------------------

# NaN or infinite numbers
invalid("binary_cross_entropy", [NAN, 0.5], ["label", "NaN"], "NaN label")
invalid("binary_cross_entropy", [1.0, NAN], ["p", "NaN"], "NaN p")
invalid("binary_cross_entropy", [1.0, 0.5, NAN], ["eps", "NaN"], "NaN eps")
invalid("binary_cross_entropy_logits", [1.0, INF], ["z", "Infinity"], "infinite z (never clipped)")
invalid("binary_cross_entropy_logits", [NAN, 0.0], ["label", "NaN"], "NaN label")
invalid("binary_cross_entropy_logits_grad", [1.0, -INF], ["z", "-Infinity"], "-inf z")
invalid("hinge_loss", [1.0, -INF], ["score", "-Infinity"], "-inf score")
invalid("squared_hinge_loss", [INF, 0.5], ["label", "Infinity"], "infinite label")
invalid("hinge_loss_grad", [1.0, NAN], ["score", "NaN"], "NaN score")
invalid("squared_hinge_loss_grad", [-1.0, INF], ["score", "Infinity"], "infinite score")
invalid("focal_loss", [1.0, 0.5, NAN], ["alpha", "NaN"], "NaN alpha")
invalid("focal_loss", [1.0, 0.5, 0.25, INF], ["gamma", "Infinity"], "infinite gamma")
invalid("focal_loss", [1.0, 0.5, -INF], ["alpha", "-Infinity"], "-inf alpha (negative, but not finite)")
invalid("focal_loss_grad", [1.0, NAN, 0.25, 2.0], ["p", "NaN"], "NaN p")
invalid("focal_loss_logits", [1.0, -INF], ["z", "-Infinity"], "-inf z")
invalid("focal_loss_logits_grad", [0.0, 1.0, 0.25, NAN], ["gamma", "NaN"], "NaN gamma")
invalid("cross_entropy", [NAN, P3], ["label", "NaN"], "NaN label")
invalid("cross_entropy", [0.0, [NAN, 0.5]], ["probs", "NaN"], "NaN entry")
invalid("cross_entropy_grad", [0.0, [0.5, 0.5], INF], ["eps", "Infinity"], "infinite eps")
invalid("cross_entropy_logits", [0.0, [1.0, INF]], ["logits", "Infinity"], "infinite logit")
invalid("cross_entropy_logits_grad", [1.0, [NAN, 0.0]], ["logits", "NaN"], "NaN logit")
invalid("multiclass_hinge_loss", [0.0, [NAN, 1.0]], ["scores", "NaN"], "NaN score")
invalid("multiclass_squared_hinge_loss", [0.0, [1.0, -INF]], ["scores", "-Infinity"], "-inf score")
invalid("multiclass_squared_hinge_loss_grad", [INF, [1.0, 2.0]], ["label", "Infinity"], "infinite label")
invalid("kl_divergence", [[0.5, NAN], [0.5, 0.5]], ["p", "NaN"], "NaN in p")
invalid("js_divergence", [[0.5, 0.5], [INF, 0.5]], ["q", "Infinity"], "infinite q entry")
invalid("weighted_cross_entropy", [0.0, [0.5, 0.5], [1.0, NAN]], ["class_weights", "NaN"], "NaN weight")
invalid("multiclass_focal_loss", [0.0, [0.5, 0.5], 2.0, [INF, 1.0]], ["alphas", "Infinity"], "infinite alpha")

# probabilities outside [0, 1]
invalid("binary_cross_entropy", [1.0, 1.5], ["p", "1.5"], "p > 1")
invalid("binary_cross_entropy", [0.0, -0.25], ["p", "-0.25"], "p < 0")
invalid("binary_cross_entropy_grad", [1.0, 1.0000000000000002], ["p", "1.0000000000000002"], "p one ulp above 1")
invalid("focal_loss", [1.0, -0.5], ["p", "-0.5"], "p < 0")
invalid("focal_loss_grad", [0.0, 2.5, 0.25, 2.0, 0.1], ["p", "2.5"], "p > 1")
invalid("cross_entropy", [0.0, [0.5, 1.5]], ["probs", "1.5"], "unused entry > 1 (contract example)")
invalid("cross_entropy_grad", [1.0, [-0.5, 0.5]], ["probs", "-0.5"], "unused entry < 0")
invalid("soft_cross_entropy", [[1.0, 0.0], [0.5, 1.25]], ["probs", "1.25"], "entry > 1 where target 0")
invalid("weighted_cross_entropy_grad", [0.0, [0.5, 1.75], [1.0, 1.0]], ["probs", "1.75"], "entry > 1")
invalid("multilabel_cross_entropy", [[1.0, 0.0], [0.5, -0.75]], ["probs", "-0.75"], "entry < 0")
invalid("multiclass_focal_loss", [0.0, [0.2, -0.125]], ["probs", "-0.125"], "entry < 0")
invalid("multiclass_focal_loss_grad", [1.0, [3.5, 0.5], 2.0], ["probs", "3.5"], "entry > 1")

# a binary label outside its domain
invalid("binary_cross_entropy", [1.5, 0.5], ["label", "1.5"], "label > 1")
invalid("binary_cross_entropy", [-0.5, 0.5], ["label", "-0.5"], "label < 0")
invalid("binary_cross_entropy", [-1.0, 0.5], ["label", "-1"], "label -1 (only hinge accepts it)")
invalid("binary_cross_entropy_grad", [2.0, 0.5], ["label", "2"], "label 2")
invalid("binary_cross_entropy_logits", [1.5, 0.0], ["label", "1.5"], "label > 1")
invalid("binary_cross_entropy_logits_grad", [-0.25, 1.0], ["label", "-0.25"], "label < 0")
invalid("focal_loss", [-1.0, 0.5], ["label", "-1"], "label -1")
invalid("focal_loss_grad", [1.25, 0.5], ["label", "1.25"], "label > 1")
invalid("focal_loss_logits", [2.0, 0.5], ["label", "2"], "label 2")
invalid("focal_loss_logits_grad", [-0.5, 0.5, 0.25], ["label", "-0.5"], "label < 0")
invalid("hinge_loss", [0.5, 1.0], ["label", "0.5"], "soft label for hinge")
invalid("hinge_loss", [2.0, 1.0], ["label", "2"], "hinge label 2")
invalid("squared_hinge_loss", [-2.0, 1.0], ["label", "-2"], "hinge label -2")
invalid("hinge_loss_grad", [0.25, 1.0], ["label", "0.25"], "soft label for hinge")
invalid("squared_hinge_loss_grad", [-0.5, 0.0], ["label", "-0.5"], "hinge label -0.5")

# a label out of range or not a whole number
invalid("cross_entropy", [3.0, P3], ["label", "3"], "label = C (contract example)")
invalid("cross_entropy", [-1.0, P3], ["label", "-1"], "negative label")
invalid("cross_entropy", [0.5, P3], ["label", "0.5"], "fractional label")
invalid("cross_entropy", [1.0000000000000002, P3], ["label", "1.0000000000000002"], "label one ulp above 1")
invalid("cross_entropy_grad", [50.0, N50], ["label", "50"], "label = C for 50 classes")
invalid("cross_entropy_logits", [3.0, [1.0, 2.0, 3.0]], ["label", "3"], "label = C")
invalid("cross_entropy_logits_grad", [1.5, [1.0, 2.0, 3.0]], ["label", "1.5"], "fractional label")
invalid("weighted_cross_entropy", [7.0, P3, [1.0, 1.0, 1.0]], ["label", "7"], "label out of range")
invalid("weighted_cross_entropy_grad", [-2.0, P3, [1.0, 1.0, 1.0]], ["label", "-2"], "negative label")
invalid("multiclass_hinge_loss", [2.0, [1.0, 2.0]], ["label", "2"], "label = C")
invalid("multiclass_hinge_loss_grad", [0.25, [1.0, 2.0]], ["label", "0.25"], "fractional label")
invalid("multiclass_squared_hinge_loss", [-1.0, [1.0, 2.0]], ["label", "-1"], "negative label")
invalid("multiclass_squared_hinge_loss_grad", [2.5, [1.0, 2.0, 3.0]], ["label", "2.5"], "fractional label")
invalid("multiclass_focal_loss", [3.0, P3], ["label", "3"], "label = C")
invalid("multiclass_focal_loss_grad", [0.75, P3, 2.0, [1.0, 1.0, 1.0]], ["label", "0.75"], "fractional label")

# vectors of different lengths where lengths must agree
invalid("soft_cross_entropy", [[0.5, 0.5], P3], ["target", "probs", "2", "3"], "target 2 vs probs 3")
invalid("soft_cross_entropy_grad", [P3, [0.5, 0.5]], ["target", "probs", "3", "2"], "target 3 vs probs 2")
invalid("multilabel_cross_entropy", [[1.0, 0.0, 1.0], [0.5, 0.5]], ["labels", "probs", "3", "2"], "lengths 3 vs 2")
invalid("multilabel_cross_entropy_grad", [[1.0], [0.5, 0.5]], ["labels", "probs", "1", "2"], "lengths 1 vs 2")
invalid("kl_divergence", [P3, [0.5, 0.5]], ["p", "q", "3", "2"], "lengths 3 vs 2 (contract example)")
invalid("kl_divergence_grad", [[0.5, 0.5], P3], ["p", "q", "2", "3"], "lengths 2 vs 3")
invalid("js_divergence", [P3, [0.5, 0.5]], ["p", "q", "3", "2"], "lengths 3 vs 2")
invalid("js_divergence_grad", [[1.0], [0.5, 0.5]], ["p", "q", "1", "2"], "lengths 1 vs 2")
invalid("weighted_cross_entropy", [0.0, P3, [1.0, 1.0]], ["class_weights", "2", "3"],
        "class_weights 2 for 3 classes (reading: one weight per class)")
invalid("weighted_cross_entropy_grad", [0.0, [0.5, 0.5], [1.0, 1.0, 1.0]], ["class_weights", "3", "2"],
        "class_weights 3 for 2 classes (reading: one weight per class)")
invalid("multiclass_focal_loss", [0.0, P3, 2.0, [1.0, 1.0]], ["alphas", "2", "3"],
        "alphas 2 for 3 classes (reading: one alpha per class)")
invalid("multiclass_focal_loss_grad", [0.0, [0.5, 0.5], 2.0, [1.0, 1.0, 1.0], 0.1], ["alphas", "3", "2"],
        "alphas 3 for 2 classes (reading: one alpha per class)")

# an empty vector
invalid("cross_entropy", [0.0, []], ["probs", "empty"], "empty probs (message as in the brief)")
invalid("kl_divergence", [[], []], ["empty"], "empty p and q")
invalid("js_divergence", [[], []], ["empty"], "empty p and q")
invalid("js_divergence_grad", [[], []], ["empty"], "empty p and q")
invalid("soft_cross_entropy", [[], []], ["empty"], "empty target and probs")
invalid("multilabel_cross_entropy", [[], []], ["empty"], "empty labels and probs")
invalid("soft_cross_entropy_grad", [[], [], 0.1], ["empty"], "empty target and probs")
invalid("multilabel_cross_entropy_grad", [[], []], ["empty"], "empty labels and probs")
invalid("kl_divergence_grad", [[], [], 0.1], ["empty"], "empty p and q")
# label + empty vector: label 0 is also out of range for 0 classes, so only the name is required
invalid("cross_entropy_logits", [0.0, []], [], "empty logits (label 0 also out of range)")
invalid("cross_entropy_grad", [0.0, []], [], "empty probs (label 0 also out of range)")
invalid("cross_entropy_logits_grad", [0.0, []], [], "empty logits")
invalid("multiclass_hinge_loss", [0.0, []], [], "empty scores")
invalid("multiclass_focal_loss", [0.0, []], [], "empty probs")
invalid("weighted_cross_entropy", [0.0, [], []], [], "empty probs and class_weights")

# multiclass hinge needs C >= 2
invalid("multiclass_hinge_loss", [0.0, [1.0]], ["scores"], "one class (needs C >= 2)")
invalid("multiclass_hinge_loss_grad", [0.0, [1.0]], ["scores"], "one class (needs C >= 2)")
invalid("multiclass_squared_hinge_loss", [0.0, [0.5]], ["scores"], "one class (needs C >= 2)")
invalid("multiclass_squared_hinge_loss_grad", [0.0, [0.5]], ["scores"], "one class (needs C >= 2)")

# a negative class weight or a negative entry of alphas
invalid("weighted_cross_entropy", [0.0, P3, [1.0, -0.5, 1.0]], ["class_weights", "-0.5"], "negative weight (unused)")
invalid("weighted_cross_entropy_grad", [1.0, P3, [1.0, -2.5, 1.0]], ["class_weights", "-2.5"], "negative weight at the label")
invalid("weighted_cross_entropy", [0.0, P3, [1.0, 1.0, -0.25], 0.1], ["class_weights", "-0.25"], "negative weight, eps given")
invalid("multiclass_focal_loss", [0.0, P3, 2.0, [1.0, 1.0, -1.5]], ["alphas", "-1.5"], "negative alpha entry")
invalid("multiclass_focal_loss_grad", [0.0, P3, 2.0, [-0.75, 1.0, 1.0]], ["alphas", "-0.75"], "negative alpha at the label")

# binary focal alpha > 1
invalid("focal_loss", [1.0, 0.5, 1.5], ["alpha", "1.5"], "alpha > 1")
invalid("focal_loss", [0.0, 0.5, 1.0000000000000002, 2.0], ["alpha", "1.0000000000000002"], "alpha one ulp above 1")
invalid("focal_loss_grad", [1.0, 0.5, 2.0], ["alpha", "2"], "alpha 2")
invalid("focal_loss_logits", [0.0, 1.0, 2.5], ["alpha", "2.5"], "alpha > 1")
invalid("focal_loss_logits_grad", [1.0, 1.0, 1.25, 2.0], ["alpha", "1.25"], "alpha > 1")

# gamma < 0
invalid("focal_loss", [1.0, 0.5, 0.25, -1.0], ["gamma", "-1"], "gamma -1 (message example)")
invalid("focal_loss_grad", [1.0, 0.5, 0.25, -0.5, 0.1], ["gamma", "-0.5"], "gamma < 0 with eps")
invalid("focal_loss_logits", [1.0, 0.5, 0.25, -2.0], ["gamma", "-2"], "gamma < 0")
invalid("focal_loss_logits_grad", [1.0, 0.5, -1.0, -0.25], ["gamma", "-0.25"], "gamma < 0, negative alpha")
invalid("multiclass_focal_loss", [1.0, P3, -0.5], ["gamma", "-0.5"], "gamma < 0")
invalid("multiclass_focal_loss_grad", [1.0, P3, -3.0, [1.0, 1.0, 1.0], 0.1], ["gamma", "-3"], "gamma < 0, all arguments")

# eps outside (0, 0.5)
invalid("binary_cross_entropy", [1.0, 0.5, 0.7], ["eps", "0.7"], "eps 0.7 (message example)")
invalid("binary_cross_entropy", [1.0, 0.5, 0.0], ["eps", "0"], "eps 0")
invalid("binary_cross_entropy_grad", [1.0, 0.5, 0.5], ["eps", "0.5"], "eps 0.5 (open interval)")
invalid("binary_cross_entropy_grad", [1.0, 0.5, -0.001], ["eps", "-0.001"], "negative eps")
invalid("focal_loss", [1.0, 0.5, 0.25, 2.0, 0.5], ["eps", "0.5"], "eps 0.5")
invalid("focal_loss_grad", [1.0, 0.5, 0.25, 2.0, 0.0], ["eps", "0"], "eps 0")
invalid("cross_entropy", [1.0, P3, 0.0], ["eps", "0"], "eps 0")
invalid("cross_entropy_grad", [1.0, P3, 0.75], ["eps", "0.75"], "eps 0.75")
invalid("soft_cross_entropy", [P3, P3, 0.5], ["eps", "0.5"], "eps 0.5")
invalid("soft_cross_entropy_grad", [P3, P3, -0.25], ["eps", "-0.25"], "negative eps")
invalid("weighted_cross_entropy", [1.0, P3, [1.0, 1.0, 1.0], 0.0], ["eps", "0"], "eps 0")
invalid("weighted_cross_entropy_grad", [1.0, P3, [1.0, 1.0, 1.0], 1.5], ["eps", "1.5"], "eps 1.5")
invalid("multilabel_cross_entropy", [P3, P3, 0.5], ["eps", "0.5"], "eps 0.5")
invalid("multilabel_cross_entropy_grad", [P3, P3, 0.0], ["eps", "0"], "eps 0")
invalid("multiclass_focal_loss", [1.0, P3, 2.0, [1.0, 1.0, 1.0], 0.5], ["eps", "0.5"], "eps 0.5")
invalid("multiclass_focal_loss_grad", [1.0, P3, 2.0, [1.0, 1.0, 1.0], -0.125], ["eps", "-0.125"], "negative eps")
invalid("kl_divergence", [P3, P3, 0.0], ["eps", "0"], "eps 0")
invalid("kl_divergence_grad", [P3, P3, 0.625], ["eps", "0.625"], "eps 0.625")

# entries of p / q / target / labels outside [0, 1]
invalid("kl_divergence", [[1.5, 0.5], [0.5, 0.5]], ["p", "1.5"], "p entry > 1")
invalid("kl_divergence", [[0.5, 0.5], [0.5, -0.5]], ["q", "-0.5"], "q entry < 0 (not fixed by max(q, eps))")
invalid("kl_divergence_grad", [[0.5, 0.5], [1.25, 0.5]], ["q", "1.25"], "q entry > 1")
invalid("js_divergence", [[-0.25, 0.5], [0.5, 0.5]], ["p", "-0.25"], "p entry < 0")
invalid("js_divergence_grad", [[0.5, 0.5], [0.5, 2.0]], ["q", "2"], "q entry > 1")
invalid("soft_cross_entropy", [[1.25, 0.0], [0.5, 0.5]], ["target", "1.25"], "target entry > 1")
invalid("soft_cross_entropy_grad", [[-0.5, 1.0], [0.5, 0.5]], ["target", "-0.5"], "target entry < 0")
invalid("multilabel_cross_entropy", [[2.0, 0.0], [0.5, 0.5]], ["labels", "2"], "labels entry 2")
invalid("multilabel_cross_entropy_grad", [[1.0, -1.0], [0.5, 0.5]], ["labels", "-1"], "labels entry -1")

n_invalid = len(CASES) - n_values - n_nulls

# ---------------------------------------------------------------------------------------

def main():
    names = {c["function"] for c in CASES}
    assert names == set(SIGNATURES), set(SIGNATURES) - names
    for fn, (params, required) in SIGNATURES.items():
        arities = {len(c["args"]) for c in CASES if c["function"] == fn and c["error"] is None
                   and c["expected"] is not None}
        assert arities == set(range(required, len(params) + 1)), (fn, arities)
        assert any(c["function"] == fn and c["error"] for c in CASES), fn
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources",
                       "conformance", "cases.jsonl")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        for c in CASES:
            f.write(json.dumps(c, allow_nan=False) + "\n")
    print(f"{len(CASES)} cases: {n_values} values, {n_nulls} NULL, {n_invalid} invalid -> "
          f"{os.path.normpath(out)}")


if __name__ == "__main__":
    main()
