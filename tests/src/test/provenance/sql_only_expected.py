"""Expected values of SqlOnlyIT, independent of the Java code.

mpmath at 50 significant digits, straight from the formulas of the SQL contract
(shared/design/sql-functions.md). Inputs are taken as the doubles SQL produces (d(0.7) is the
double nearest 0.7, ln(4) the double Spark's ln returns), and each result is printed as the
double nearest the exact value (Python's repr: shortest round trip, as Java prints doubles).
Gradients are exact derivatives evaluated with mpmath.diff (high-precision numerical).

Run: python3 sql_only_expected.py
"""
from mpmath import mp, mpf, log, exp, diff

mp.dps = 50
EPS = mpf(1e-15)  # the contract's default eps, as the double 1e-15


def d(x):
    return mpf(float(x))


def clip(x, eps=EPS):
    return min(max(x, eps), 1 - eps)


def bce(y, p):
    # symmetric clip: ln(clip(p)) and ln(clip(1 - p)), 1 - p from p itself
    return -(y * log(clip(p)) + (1 - y) * log(clip(1 - p)))


def bce_logits(y, z):
    return max(z, 0) - z * y + log(1 + exp(-abs(z)))


def sigmoid(z):
    return 1 / (1 + exp(-z))


def focal(y, p, alpha=mpf('0.25'), gamma=2):
    alpha_t = 1 if alpha < 0 else alpha * y + (1 - alpha) * (1 - y)
    one_minus_p_t = clip(1 - p) * y + clip(p) * (1 - y)  # 1 - p_t, clipped as the contract says
    return alpha_t * one_minus_p_t ** gamma * bce(y, p)


def focal_logits(y, z, alpha=mpf('0.25'), gamma=2):
    alpha_t = 1 if alpha < 0 else alpha * y + (1 - alpha) * (1 - y)
    p = sigmoid(z)
    one_minus_p_t = (1 - p) * y + p * (1 - y)
    return alpha_t * one_minus_p_t ** gamma * bce_logits(y, z)


def hinge_t(label):
    return 1 if label == 1 else -1


def hinge(label, s):
    return max(0, 1 - hinge_t(label) * s)


def cross_entropy(y, probs):
    return -log(clip(probs[y]))


def mc_focal(y, probs, gamma=2, alphas=None):
    alpha = 1 if alphas is None else alphas[y]
    return -alpha * clip(1 - probs[y]) ** gamma * log(clip(probs[y]))


def weighted_ce(y, probs, weights):
    return -weights[y] * log(clip(probs[y]))


def logsumexp(z):
    m = max(z)
    return m + log(sum(exp(v - m) for v in z))


def mc_hinge(y, s):
    return max(0, 1 + max(v for j, v in enumerate(s) if j != y) - s[y])


def kl(p, q, eps=EPS):
    return sum(pi * log(pi / max(qi, eps)) for pi, qi in zip(p, q) if pi > 0)


def js(p, q):
    m = [(a + b) / 2 for a, b in zip(p, q)]
    return (kl(p, m, 0) + kl(q, m, 0)) / 2


def vec(*xs):
    return [d(x) for x in xs]


def grad(f, x):
    """The gradient of f at the vector x, one partial derivative per entry."""
    out = []
    for i in range(len(x)):
        def fi(t, i=i):
            v = list(x)
            v[i] = t
            return f(v)
        out.append(diff(fi, x[i]))
    return out


def hinge_grad(label, s):
    # the contract's piecewise rule: -t where t*s < 1, else 0 (also at the kink t*s = 1)
    t = hinge_t(label)
    return -t if t * s < 1 else 0


def sq_hinge_grad(label, s):
    t = hinge_t(label)
    return -2 * t * max(0, 1 - t * s)


P3 = vec(0.1, 0.7, 0.2)                                   # SQL: array(0.1D, 0.7D, 0.2D)
LOGITS3 = [d(float(log(d(v)))) for v in (0.1, 0.7, 0.2)]  # SQL: array(ln(0.1), ln(0.7), ln(0.2))
KP, KQ = vec(0.7, 0.2, 0.1), vec(0.6, 0.3, 0.1)


def binary_row(y, p, with_grad=True):
    row = {'bce': bce(y, p), 'focal': focal(y, p)}
    if with_grad:
        # where the clip is active the clipped loss is flat, but the contract's gradient is the
        # unclipped derivative at p~ (1e15 here): those rows are left to the library's own tests
        row['bce_grad'] = diff(lambda x: bce(y, x), p)
    return row


def margin_row(label, s):
    return {'hinge': hinge(label, s), 'sq_hinge': hinge(label, s) ** 2,
            'hinge_grad': hinge_grad(label, s), 'sq_hinge_grad': sq_hinge_grad(label, s)}


def logit_row(y, z):
    return {'bce': bce_logits(y, z), 'bce_grad': diff(lambda x: bce_logits(y, x), z),
            'focal': focal_logits(y, z)}


def class_row(y, probs, weights):
    return {'ce': cross_entropy(y, probs), 'focal': mc_focal(y, probs),
            'weighted': weighted_ce(y, probs, weights)}


tables = {
    # SqlOnlyIT views: id -> inputs; rows with a NULL input are NULL by the contract.
    'binary_preds (label, p)': {
        1: binary_row(1, d(0.6)),
        2: binary_row(0, d(0.05)),
        3: binary_row(0, d(1.0), with_grad=False),  # clip active: bce = -ln(1e-15)
        4: binary_row(d(0.25), d(0.6)),
        7: binary_row(1, d(0.0), with_grad=False),  # clip active, the other side
    },
    'margins (label, score)': {
        1: margin_row(1, d(0.3)),
        2: margin_row(-1, d(0.3)),
        3: margin_row(0, d(-2.0)),
        4: margin_row(1, d(1.0)),
        5: margin_row(-1, d(0.5)),
    },
    'logit_preds (label, z)': {
        1: logit_row(1, d(0.5)),
        2: logit_row(0, d(2.0)),
        3: logit_row(1, d(-30.0)),
        4: logit_row(0, d(40.0)),
    },
    'class_preds (label, probs, weights)': {
        1: class_row(1, P3, vec(1.0, 1.0, 5.0)),
        2: class_row(2, P3, vec(1.0, 1.0, 5.0)),
        3: class_row(0, vec(0.0, 0.5, 0.5), vec(2.0, 1.0, 1.0)),
        4: class_row(3, vec(0.25, 0.25, 0.25, 0.25), vec(1.0, 2.0, 3.0, 4.0)),
    },
    # The contract's worked values, with its literals (decimal literals become these doubles).
    'worked values': {
        'binary_cross_entropy(1, 0.8)': bce(1, d(0.8)),
        'binary_cross_entropy(0, 0.3)': bce(0, d(0.3)),
        'cross_entropy(1, array(0.1, 0.7, 0.2))': cross_entropy(1, P3),
        'hinge_loss(1, 0.8)': hinge(1, d(0.8)),
        'hinge_loss(-1, 0.3)': hinge(-1, d(0.3)),
        'squared_hinge_loss(-1, 0.3)': hinge(-1, d(0.3)) ** 2,
        'binary_cross_entropy(0, 1)': bce(0, d(1)),
        'hinge_loss_grad(1, 0.5)': hinge_grad(1, d(0.5)),
        'squared_hinge_loss_grad(-1, 0.5)': sq_hinge_grad(-1, d(0.5)),
        'binary_cross_entropy_logits_grad(1, ln(4))':
            diff(lambda z: bce_logits(1, z), d(float(log(4)))),
        'kl_divergence(array(0.7, 0.2, 0.1), array(0.6, 0.3, 0.1))': kl(KP, KQ),
        'focal_loss(1, 0.9, 0.25, 2)': focal(1, d(0.9), d(0.25), 2),
    },
    'more vector functions': {
        'cross_entropy_logits(0, array(2.0D, 1.0D, 0.1D))':
            logsumexp(vec(2.0, 1.0, 0.1)) - d(2.0),
        'multiclass_hinge_loss(0, array(2.0D, 1.5D, 0.3D))': mc_hinge(0, vec(2.0, 1.5, 0.3)),
        'js_divergence(array(0.7D, 0.2D, 0.1D), array(0.6D, 0.3D, 0.1D))': js(KP, KQ),
    },
    'gradients, element by element': {
        'cross_entropy_grad(1, P3)': grad(lambda v: cross_entropy(1, v), P3),
        'cross_entropy_logits_grad(1, array(ln(0.1), ln(0.7), ln(0.2)))':
            grad(lambda v: logsumexp(v) - v[1], LOGITS3),
        'kl_divergence_grad(KP, KQ)': grad(lambda v: kl(KP, v), KQ),
    },
}


def show(v):
    if isinstance(v, list):
        return '[' + ', '.join(repr(float(x)) for x in v) + ']'
    return repr(float(v))


for table, rows in tables.items():
    print('==', table)
    for key, value in rows.items():
        if isinstance(value, dict):
            print(key, ', '.join(k + '=' + show(v) for k, v in value.items()))
        else:
            print(key, '=', show(value))
