"""Expected values of LossSpecTest.divergencesOfATinyEntryAgainstALargeOneAreFinite.

From the formulas of /work/shared/design/sql-functions.md, in mpmath at 50 digits, each input
taken as the exact double the Java test passes (mpf(1e-17) is the double nearest 1e-17):
  kl_divergence(p, q)  = sum_{p_i > 0} p_i ln(p_i / max(q_i, eps))
  js_divergence(p, q)  = 0.5 sum_i (p_i ln(2 p_i / (p_i + q_i)) + q_i ln(2 q_i / (p_i + q_i)))
  d js / d q_i         = 0.5 ln(2 q_i / (p_i + q_i))

Run: python3 divergence_tiny_entries.py
"""
from mpmath import mp, mpf, log, sqrt

mp.dps = 50
half = mpf(0.5)
tiny = mpf(1e-17)

kl = tiny * log(tiny / half) + 1 * log(1 / half)  # p = [1e-17, 1], q = [0.5, 0.5]
m0 = tiny + half                                   # p = [1e-17, 0.5], q = [0.5, 0.5]
js = half * (tiny * log(2 * tiny / m0) + half * log(2 * half / m0))  # entry 1: p = q, 0
q0 = mpf(1e-300)                                   # p = [0.5, 0.5], q = [1e-300, 0.5]
g = [half * log(2 * q0 / (half + q0)), half * log(2 * half / (half + half))]
print('kl', repr(float(kl)), kl)
print('js', repr(float(js)), js)
print('|d js / d q|', repr(float(sqrt(g[0] ** 2 + g[1] ** 2))), g)

# Output:
# kl 0.693147180559945 0.69314718055994492490923811806983658597955521638862
# js 0.17328679513998613 0.17328679513998613356604693147010053829209052821149
# |d js / d q| 344.6946167685469 [mpf('-344.69461676854690728075194016359207488623117065746021'), mpf('0.0')]
