"""Expected results of the worked examples in LossRegistry (DESCRIBE FUNCTION, README).

Independent of the Java code: mpmath at 50 digits from the contract's formulas, inputs taken
as the doubles SQL produces; derivatives by mpmath.diff (numerical, high precision).
Run: python3 registry_examples.py
"""
from mpmath import mp, mpf, log, exp, diff

mp.dps = 50
EPS = mpf(1e-15)


def d(x):
    return mpf(float(x))


def clip(x, eps=EPS):
    return min(max(x, eps), 1 - eps)


def bce(y, p):
    return -(y * log(clip(p)) + (1 - y) * log(clip(1 - p)))


def bce_logits(y, z):
    return max(z, 0) - z * y + log(1 + exp(-abs(z)))


def sigmoid(z):
    return 1 / (1 + exp(-z))


def focal(y, p, alpha=mpf('0.25'), gamma=2):
    a_t = 1 if alpha < 0 else alpha * y + (1 - alpha) * (1 - y)
    q_t = clip(1 - p) * y + clip(p) * (1 - y)
    return a_t * q_t ** gamma * bce(y, p)


def focal_logits(y, z, alpha=mpf('0.25'), gamma=2):
    a_t = 1 if alpha < 0 else alpha * y + (1 - alpha) * (1 - y)
    p = sigmoid(z)
    q_t = (1 - p) * y + p * (1 - y)
    return a_t * q_t ** gamma * bce_logits(y, z)


def lse(z):
    m = max(z)
    return m + log(sum(exp(v - m) for v in z))


def mc_focal(y, probs, gamma=2, alphas=None):
    a = 1 if alphas is None else alphas[y]
    return -a * clip(1 - probs[y]) ** gamma * log(clip(probs[y]))


def kl(p, q):
    return sum(pi * log(pi / max(qi, EPS)) for pi, qi in zip(p, q) if pi > 0)


def js(p, q):
    m = [(a + b) / 2 for a, b in zip(p, q)]
    return (kl_noclip(p, m) + kl_noclip(q, m)) / 2


def kl_noclip(p, q):
    return sum(pi * log(pi / qi) for pi, qi in zip(p, q) if pi > 0)


def vec(*xs):
    return [d(x) for x in xs]


def grad_vec(f, x):
    out = []
    for i in range(len(x)):
        def fi(t, i=i):
            y = list(x)
            y[i] = t
            return f(y)
        out.append(diff(fi, x[i]))
    return out


P3 = vec(0.1, 0.7, 0.2)
T3 = vec(0.0, 0.8, 0.2)
W3 = vec(1.0, 1.0, 5.0)
ML_LABELS = vec(1.0, 0.0, 1.0)
ML_PROBS = vec(0.9, 0.2, 0.6)
S3 = vec(2.0, 1.5, 0.3)
KP = vec(0.7, 0.2, 0.1)
KQ = vec(0.6, 0.3, 0.1)
Z3 = vec(2.0, 1.0, 0.1)
LOGITS_SOFTMAX = [d(float(log(d(v)))) for v in (0.1, 0.7, 0.2)]  # SQL: array(ln(0.1), ln(0.7), ln(0.2))


def mc_hinge(y, s):
    return max(0, 1 + max(v for j, v in enumerate(s) if j != y) - s[y])


examples = {
    'binary_cross_entropy': bce(1, d(0.8)),
    'binary_cross_entropy_logits': bce_logits(1, d(2.0)),
    'hinge_loss': max(0, 1 - d(0.8)),
    'squared_hinge_loss': max(0, 1 + d(0.3)) ** 2,
    'focal_loss': focal(1, d(0.9), d(0.25), 2),
    'focal_loss_logits': focal_logits(1, d(2.0)),
    'cross_entropy': -log(P3[1]),
    'cross_entropy_logits': lse(Z3) - Z3[0],
    'soft_cross_entropy': -sum(t * log(clip(p)) for t, p in zip(T3, P3) if t > 0),
    'weighted_cross_entropy': -W3[2] * log(P3[2]),
    'multilabel_cross_entropy': sum(bce(y, p) for y, p in zip(ML_LABELS, ML_PROBS)),
    'multiclass_hinge_loss': mc_hinge(0, S3),
    'multiclass_squared_hinge_loss': mc_hinge(0, S3) ** 2,
    'multiclass_focal_loss': mc_focal(1, P3),
    'kl_divergence': kl(KP, KQ),
    'js_divergence': js(KP, KQ),
    'binary_cross_entropy_grad': diff(lambda p: bce(1, p), d(0.8)),
    'binary_cross_entropy_logits_grad': diff(lambda z: bce_logits(1, z), d(float(log(4)))),
    'hinge_loss_grad': diff(lambda s: max(0, 1 - s), d(0.5)),
    'squared_hinge_loss_grad': diff(lambda s: max(0, 1 + s) ** 2, d(0.5)),
    'focal_loss_grad': diff(lambda p: focal(1, p, d(0.25), 2), d(0.9)),
    'focal_loss_logits_grad': diff(lambda z: focal_logits(1, z), d(2.0)),
    'cross_entropy_grad': grad_vec(lambda v: -log(clip(v[1])), P3),
    'cross_entropy_logits_grad': grad_vec(lambda v: lse(v) - v[1], LOGITS_SOFTMAX),
    'multiclass_hinge_loss_grad': grad_vec(lambda v: mc_hinge(0, v), S3),
    'kl_divergence_grad': grad_vec(lambda v: kl(KP, v), KQ),
    'soft_cross_entropy_grad': grad_vec(
        lambda v: -sum(t * log(clip(p)) for t, p in zip(T3, v) if t > 0), P3),
    'weighted_cross_entropy_grad': grad_vec(lambda v: -W3[2] * log(clip(v[2])), P3),
    'multilabel_cross_entropy_grad': grad_vec(
        lambda v: sum(bce(y, p) for y, p in zip(ML_LABELS, v)), ML_PROBS),
    'multiclass_squared_hinge_loss_grad': grad_vec(lambda v: mc_hinge(0, v) ** 2, S3),
    'multiclass_focal_loss_grad': grad_vec(lambda v: mc_focal(1, v), P3),
    'js_divergence_grad': grad_vec(lambda v: js(KP, v), KQ),
}

for name, value in examples.items():
    if isinstance(value, list):
        print(name, '[' + ', '.join(repr(float(v)) for v in value) + ']')
    else:
        print(name, repr(float(value)))
