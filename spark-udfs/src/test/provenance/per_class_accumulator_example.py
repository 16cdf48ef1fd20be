"""Expected values of PerClassAccumulatorTest's hand-worked examples.

Independent of the Java code under test: each row's loss, gradient magnitude and true-class
probability is computed here from the formulas of /work/shared/design/sql-functions.md with
mpmath at 50 significant digits, taking every input as the exact double the Java test passes
(mpf(0.2) is the double nearest 0.2). Gradients are the closed forms of the contract, each
cross-checked against mpmath.diff of the loss (a high-precision numerical derivative); the
script stops if they disagree. The breakdown fields follow their definitions:
  loss mean = sum(w loss) / sum(w) per class; loss share = class sum(w loss) / total;
  support share = class sum(w) / total sum(w); mean |gradient| and mean p(true) weighted;
  recall = weight of the class's rows predicted as it / the class's weight;
  precision = weight of rows predicted as the class that are of it / weight predicted as it;
  balanced weight = n / (C n_c) with row counts; effective-number weight (Cui et al. 2019)
  = (1 - beta) / (1 - beta^n_c), normalized to sum to the number of classes with rows.
Every value is rounded once to the nearest double and printed with repr().

Run: python3 per_class_accumulator_example.py
"""
from mpmath import mp, mpf, log, exp, sqrt, diff, fsum

mp.dps = 50


def check_gradient(closed_form, loss, x):
    numeric = abs(diff(loss, x))
    if abs(closed_form - numeric) > mpf('1e-30') * abs(closed_form):
        raise SystemExit('gradient mismatch at %s: %s vs %s' % (x, closed_form, numeric))
    return closed_form


def breakdown(title, rows, classes, beta=mpf(0.999)):
    """rows: (true class, predicted class, weight, [loss], [|gradient|], p(true) or None)."""
    print('--', title)
    nloss = len(rows[0][3])
    total_w = fsum(r[2] for r in rows)
    total_loss = [fsum(r[2] * r[3][l] for r in rows) for l in range(nloss)]
    n = {c: sum(1 for r in rows if r[0] == c) for c in range(classes)}
    n_all = sum(n.values())
    inv = {c: (1 - beta) / (1 - beta ** n[c]) for c in range(classes) if n[c] > 0}
    norm = fsum(inv.values())
    means = {l: [] for l in range(nloss)}
    for c in range(classes):
        mine = [r for r in rows if r[0] == c]
        predicted = fsum(r[2] for r in rows if r[1] == c)
        correct = fsum(r[2] for r in mine if r[1] == c)
        if predicted > 0:
            print('class%d precision' % c, repr(float(correct / predicted)))
        if not mine:
            continue
        w = fsum(r[2] for r in mine)
        print('class%d rows' % c, len(mine), ' weight', repr(float(w)))
        print('class%d support share' % c, repr(float(w / total_w)))
        for l in range(nloss):
            mean = fsum(r[2] * r[3][l] for r in mine) / w
            means[l].append(mean)
            print('class%d loss%d mean' % (c, l), repr(float(mean)))
            print('class%d loss%d share' % (c, l),
                  repr(float(fsum(r[2] * r[3][l] for r in mine) / total_loss[l])))
            print('class%d loss%d mean |gradient|' % (c, l),
                  repr(float(fsum(r[2] * r[4][l] for r in mine) / w)))
        if mine[0][5] is not None:
            print('class%d mean p(true)' % c, repr(float(fsum(r[2] * r[5] for r in mine) / w)))
        print('class%d recall' % c, repr(float(correct / w)))
        print('class%d balanced weight' % c, repr(float(mpf(n_all) / (classes * n[c]))))
        print('class%d effective-number weight' % c, repr(float(len(inv) * inv[c] / norm)))
    for l in range(nloss):
        print('overall loss%d mean' % l, repr(float(total_loss[l] / total_w)))
        print('macro loss%d mean' % l, repr(float(fsum(means[l]) / len(means[l]))))


def argmax(v):
    return max(range(len(v)), key=lambda i: (v[i], -i))


# ---- A: 3 classes (class 2 has no rows), cross_entropy and multiclass_focal_loss(gamma=1)
def ce(p):
    return -log(p)


def focal1(p):
    return -(1 - p) * log(p)


rows_a = []
for y, probs, w in [(0, [0.5, 0.25, 0.25], 1), (0, [0.25, 0.5, 0.25], 3),
                    (0, [0.2, 0.2, 0.6], 2), (1, [0.125, 0.75, 0.125], 2)]:
    p = mpf(probs[y])
    # d(-ln p)/dp = -1/p; d(-(1-p) ln p)/dp = ln p - (1-p)/p (both negative here)
    g_ce = check_gradient(1 / p, ce, p)
    g_focal = check_gradient(abs(log(p) - (1 - p) / p), focal1, p)
    rows_a.append((y, argmax(probs), mpf(w), [ce(p), focal1(p)], [g_ce, g_focal], p))
breakdown('A: cross_entropy, multiclass_focal_loss(gamma=1), beta 0.999', rows_a, 3)


# ---- B: binary focal_loss(alpha=0.25, gamma=2) on (negative, positive) 2-vectors
def focal_binary(y, alpha=mpf(0.25), gamma=2):
    def f(p):
        p_t = p if y == 1 else 1 - p
        alpha_t = alpha if y == 1 else 1 - alpha
        return alpha_t * (1 - p_t) ** gamma * -log(p_t)
    return f


def focal_binary_gradient(y, p, alpha=mpf(0.25)):
    # y = 1: d/dp a (1-p)^2 (-ln p) = -a (2 (1-p)(-ln p) + (1-p)^2 / p)
    # y = 0: d/dp (1-a) p^2 (-ln(1-p)) = (1-a) (2 p (-ln(1-p)) + p^2 / (1-p))
    if y == 1:
        return alpha * (2 * (1 - p) * -log(p) + (1 - p) ** 2 / p)
    return (1 - alpha) * (2 * p * -log(1 - p) + p ** 2 / (1 - p))


rows_b = []
for y, vec, w in [(1, [0.2, 0.8], 1), (0, [0.7, 0.3], 1), (1, [0.6, 0.4], 2)]:
    p = mpf(vec[1])  # entry 1 is the positive-class probability
    g = check_gradient(focal_binary_gradient(y, p), focal_binary(y), p)
    rows_b.append((y, 1 if p > mpf('0.5') else 0, mpf(w), [focal_binary(y)(p)], [g],
                   p if y == 1 else 1 - p))
breakdown('B: focal_loss(alpha=0.25, gamma=2), 2-vectors, beta 0.999', rows_b, 2)


# ---- C: cross_entropy_logits; true probability = softmax
def softmax(z):
    e = [exp(v) for v in z]
    s = fsum(e)
    return [v / s for v in e]


rows_c = []
for y, logits, w in [(2, [0.0, float(log(2)), float(log(5))], 1),
                     (1, [0.0, float(log(2)), float(log(5))], 1),
                     (0, [float(log(3)), 0.0, 0.0], 2)]:
    z = [mpf(v) for v in logits]  # the doubles the test passes (Math.log of 2, 3, 5)
    s = softmax(z)
    loss = log(fsum(exp(v) for v in z)) - z[y]
    grad = sqrt(fsum((s[i] - (1 if i == y else 0)) ** 2 for i in range(len(z))))
    rows_c.append((y, argmax(logits), mpf(w), [loss], [grad], s[y]))
breakdown('C: cross_entropy_logits, beta 0.999', rows_c, 3)

# Output:
# -- A: cross_entropy, multiclass_focal_loss(gamma=1), beta 0.999
# class0 precision 1.0
# class0 rows 3  weight 6.0
# class0 support share 0.75
# class0 loss0 mean 1.3451510147979697
# class0 loss0 share 0.9334552206497576
# class0 loss0 mean |gradient| 4.0
# class0 loss1 mean 1.006806093782381
# class0 loss1 share 0.9767423549691572
# class0 loss1 mean |gradient| 4.3451510147979695
# class0 mean p(true) 0.275
# class0 recall 0.16666666666666666
# class0 balanced weight 0.4444444444444444
# class0 effective-number weight 0.500375156273416
# class1 precision 0.4
# class1 rows 1  weight 2.0
# class1 support share 0.25
# class1 loss0 mean 0.2876820724517809
# class1 loss0 share 0.06654477935024242
# class1 loss0 mean |gradient| 1.3333333333333333
# class1 loss1 mean 0.07192051811294523
# class1 loss1 share 0.02325764503084277
# class1 loss1 mean |gradient| 0.6210154057851143
# class1 mean p(true) 0.75
# class1 recall 1.0
# class1 balanced weight 1.3333333333333333
# class1 effective-number weight 1.499624843726584
# class2 precision 0.0
# overall loss0 mean 1.0807837792114225
# macro loss0 mean 0.8164165436248753
# overall loss1 mean 0.7730846998650222
# macro loss1 mean 0.5393633059476632
# -- B: focal_loss(alpha=0.25, gamma=2), 2-vectors, beta 0.999
# class0 precision 0.3333333333333333
# class0 rows 1  weight 1.0
# class0 support share 0.25
# class0 loss0 mean 0.024075558715864434
# class0 loss0 share 0.1258923006249256
# class0 loss0 mean |gradient| 0.256932296201001
# class0 mean p(true) 0.7
# class0 recall 1.0
# class0 balanced weight 1.5
# class0 effective-number weight 1.3331110370123374
# class1 precision 1.0
# class1 rows 2  weight 3.0
# class1 support share 0.75
# class1 loss0 mean 0.05572125575016333
# class1 loss0 share 0.8741076993750744
# class1 loss0 mean |gradient| 0.34486293141863794
# class1 mean p(true) 0.5333333333333333
# class1 recall 0.3333333333333333
# class1 balanced weight 0.75
# class1 effective-number weight 0.6668889629876625
# overall loss0 mean 0.04780983149158861
# macro loss0 mean 0.03989840723301388
# -- C: cross_entropy_logits, beta 0.999
# class0 precision 1.0
# class0 rows 1  weight 2.0
# class0 support share 0.5
# class0 loss0 mean 0.5108256237659906
# class0 loss0 share 0.3549927962865375
# class0 loss0 mean |gradient| 0.4898979485566356
# class0 mean p(true) 0.6
# class0 recall 1.0
# class0 balanced weight 1.0
# class0 effective-number weight 1.0
# class1 rows 1  weight 1.0
# class1 support share 0.25
# class1 loss0 mean 1.3862943611198906
# class1 loss0 share 0.4816952095140507
# class1 loss0 mean |gradient| 0.9842509842514764
# class1 mean p(true) 0.25
# class1 recall 0.0
# class1 balanced weight 1.0
# class1 effective-number weight 1.0
# class2 precision 0.5
# class2 rows 1  weight 1.0
# class2 support share 0.25
# class2 loss0 mean 0.4700036292457356
# class2 loss0 share 0.16331199419941175
# class2 loss0 mean |gradient| 0.4677071733467427
# class2 mean p(true) 0.625
# class2 recall 1.0
# class2 balanced weight 1.0
# class2 effective-number weight 1.0
# overall loss0 mean 0.7194873094744019
# macro loss0 mean 0.789041204710539
