"""Expected values of PerClassSummaryTest's hand-worked example (3 classes, 1 loss).

Rows (true class, predicted class, weight, loss, p(true), |gradient|):
  (0, 0, 1, 0.5, 0.6, 1.0), (0, 1, 3, 2.0, 0.2, 4.0), (1, 1, 2, 1.0, 0.5, 2.0); class 2 empty.
Ratios of exact sums are computed as fractions of the doubles and rounded once; the
effective-number weights in mpmath (50 digits) at the double beta = 0.999.
"""
from fractions import Fraction as F
from mpmath import mp, mpf

mp.dps = 50
d = lambda x: F(float(x))
w = {0: d(1) + d(3), 1: d(2)}
loss = {0: d(1) * d(0.5) + d(3) * d(2.0), 1: d(2) * d(1.0)}
total_w, total_loss = w[0] + w[1], loss[0] + loss[1]
values = {
    'class0 loss mean': loss[0] / w[0],
    'class0 loss share': loss[0] / total_loss,
    'class0 support share': w[0] / total_w,
    'class0 mean p(true)': (d(1) * d(0.6) + d(3) * d(0.2)) / w[0],
    'class0 recall': d(1) / w[0],
    'class0 mean |gradient|': (d(1) * d(1.0) + d(3) * d(4.0)) / w[0],
    'class1 loss share': loss[1] / total_loss,
    'class1 precision': d(2) / (d(3) + d(2)),
    'overall loss mean': total_loss / total_w,
    'macro loss mean': (loss[0] / w[0] + loss[1] / w[1]) / 2,
}
for k, v in values.items():
    print(k, repr(float(v)))
beta = mpf(0.999)
inv = {n: (1 - beta) / (1 - beta ** n) for n in (2, 1)}
norm = inv[2] + inv[1]
print('class0 effective-number weight', repr(float(2 * inv[2] / norm)))
print('class1 effective-number weight', repr(float(2 * inv[1] / norm)))
