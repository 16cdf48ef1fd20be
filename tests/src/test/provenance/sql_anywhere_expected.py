"""Expected values of the SQL-recipe ITs (ThriftServerIT, SparkConnectIT, PySparkExampleIT,
SparkSqlCliIT), independent of the Java code.

mpmath at 50 significant digits, from the formulas of the SQL contract
(shared/design/sql-functions.md) and the README's definitions of the aggregates: a weighted
mean is sum(w * loss) / sum(w); per class (by true label) the weighted mean loss, recall
(weight of the class's rows predicted as it / the class's weight) and precision (weight of the
rows predicted as the class that are of it / weight of the rows predicted as it), the
prediction being the argmax. Inputs are the doubles SQL produces (d(0.7) is the double nearest
0.7); each result is printed as the double nearest the exact value (Python's repr: the shortest
round trip, as Java prints doubles).

Run: python3 sql_anywhere_expected.py
"""
from mpmath import mp, mpf, log

mp.dps = 50
EPS = mpf(1e-15)  # the contract's default eps


def d(x):
    return mpf(float(x))


def clip(x):
    return min(max(x, EPS), 1 - EPS)


def ce(label, probs):
    return -log(clip(probs[label]))


def mc_focal(label, probs, gamma=2):
    # alphas unset: alpha 1
    return -clip(1 - probs[label]) ** gamma * log(clip(probs[label]))


def bce(y, p):
    return -(y * log(clip(p)) + (1 - y) * log(clip(1 - p)))


def focal(y, p, alpha=mpf('0.25'), gamma=2):
    alpha_t = alpha * y + (1 - alpha) * (1 - y)
    one_minus_p_t = clip(1 - p) * y + clip(p) * (1 - y)
    return alpha_t * one_minus_p_t ** gamma * bce(y, p)


def show(v):
    return repr(float(v))


# (id, label, probabilities, weight): the table `preds` of ThriftServerIT and SparkConnectIT
# (array<double>) and `predictions` of examples/pyspark_losses.py (Spark ML vectors)
PREDS = [
    (1, 0, [d(0.7), d(0.2), d(0.1)], d(1.0)),
    (2, 1, [d(0.1), d(0.8), d(0.1)], d(2.0)),
    (3, 2, [d(0.2), d(0.3), d(0.5)], d(1.0)),
    (4, 1, [d(0.5), d(0.4), d(0.1)], d(0.5)),
    (5, 0, [d(0.6), d(0.3), d(0.1)], d(1.5)),
]
# (id, label, p): `binary_predictions` of examples/pyspark_losses.py
BINARY = [(1, 1, d(0.9)), (2, 0, d(0.2)), (3, 1, d(0.4))]

print('== cross_entropy(label, probs) per row')
for i, y, p, w in PREDS:
    print(i, show(ce(y, p)))

W = sum(w for _, _, _, w in PREDS)
print('== loss_mean(cross_entropy), weighted:', show(sum(w * ce(y, p) for _, y, p, w in PREDS) / W))
print('== loss_mean(cross_entropy), unweighted:', show(sum(ce(y, p) for _, y, p, _ in PREDS) / len(PREDS)))
print('== loss_mean(multiclass_focal_loss), unweighted:',
      show(sum(mc_focal(y, p) for _, y, p, _ in PREDS) / len(PREDS)))

print('== per_class_loss(cross_entropy), weighted: class, rows, weight_sum, ce mean, recall, precision')


def argmax(p):
    return max(range(len(p)), key=lambda j: (p[j], -j))  # lowest index on ties


for c in range(3):
    rows = [(y, p, w) for _, y, p, w in PREDS if y == c]
    wc = sum(w for _, _, w in rows)
    mean = sum(w * ce(y, p) for y, p, w in rows) / wc
    recall = sum(w for y, p, w in rows if argmax(p) == c) / wc
    predicted = [(y, w) for _, y, p, w in PREDS if argmax(p) == c]
    precision = sum(w for y, w in predicted if y == c) / sum(w for _, w in predicted)
    print(c, len(rows), show(wc), show(mean), show(recall), show(precision))

print('== focal_loss(label, p, 0.25, 2.0), binary_cross_entropy(label, p) per row')
for i, y, p in BINARY:
    print(i, show(focal(y, p)), show(bce(y, p)))

print('== cross_entropy_grad(1, array(0.1, 0.7, 0.2)):',
      [show(x) for x in (0, -1 / d(0.7), 0)])
print('== cross_entropy(1, array(0.1, 0.7, 0.2)):', show(-log(d(0.7))))
print('== focal_loss(1, 0.9, 0.25, 2):', show(focal(1, d(0.9))))
