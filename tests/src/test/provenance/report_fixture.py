"""The report fixture (tests/src/test/resources/fixtures/report/) and its expected values.

Writes a seeded, imbalanced 4-class set of predictions, the same set with invalid rows mixed in,
and the per-class values a loss report of it must hold, computed independently of the Java code:
mpmath at 50 significant digits, straight from the formulas of the SQL contract
(shared/design/sql-functions.md), on the inputs as the doubles a JSON reader parses (0.55 is the
double nearest 0.55). Each value is written as the double nearest the exact value, in Python's
repr (the shortest text that reads back as that double).

Run:   python3 report_fixture.py           (rewrites the fixture files)
       python3 report_fixture.py --check   (fails if a committed file differs from what it makes)
Needs: Python 3.11, mpmath.

Definitions (over the valid rows; w is the row's weight, times the class weight of its true class
in the class-weighted variant):
  class k:         count = rows with label k; weight_sum = sum of their w;
                   support_share = weight_sum / total weight;
                   <loss>_mean = sum(w * loss) / sum(w) over the class's rows (empty: no rows);
                   <loss>_share = the class's sum(w * loss) / sum(w * loss) over all valid rows.
  overall:         loss_mean = sum(w * loss) / sum(w) over all valid rows;
                   macro_loss_mean = the unweighted mean of <loss>_mean over classes with rows.
Losses, on the `probability` column (eps = 1e-15, the contract's default):
  cross_entropy    -ln p~[y]                                  (p~ = clip(p) = min(max(p, eps), 1 - eps))
  focal_loss       multiclass_focal_loss, gamma 2, no alphas: -(clip(1 - p[y]))^2 ln p~[y]
  hinge_loss       multiclass_hinge_loss (Crammer-Singer), the probabilities as scores:
                   max(0, 1 + max_{j != y} s[j] - s[y])
and on the `logits` column: cross_entropy_logits = logsumexp(z) - z[y].
"""
import csv
import io
import json
import random
import sys
from pathlib import Path

from mpmath import exp, log, mp, mpf

mp.dps = 50
EPS = mpf(1e-15)  # the contract's default eps, as the double 1e-15

SEED = 20261124
NUM_CLASSES = 4
COUNTS = [36, 14, 7, 3]  # rows per true class: imbalanced
CLASS_WEIGHTS = [1, 2, 4, 8]  # the class-weighted variant
LOSSES = ['cross_entropy', 'focal_loss', 'hinge_loss']
OUT = Path(__file__).resolve().parent.parent / 'resources' / 'fixtures' / 'report'

# The probability the model gives the true class, in hundredths: a Beta draw per class, so the
# model is good on the big class (mean 0.8) and worse on the rarer ones (0.5, 0.4, 0.27).
TRUE_PROB_BETA = {0: (6, 1.5), 1: (3, 3), 2: (2, 3), 3: (1.5, 4)}
# Logits are drawn independently of the probabilities (they need not be their log-odds): the
# true class's logit ~ N(mean, 1) with a class-dependent mean, the others ~ N(0, 1), to 1 decimal.
TRUE_LOGIT_MEAN = {0: 2.5, 1: 1.2, 2: 0.6, 3: 0.0}
WEIGHTS = [0.5, 1.0, 1.0, 1.0, 2.0, 3.0]  # positive; 1 the most common

# The invalid rows of predictions_invalid.jsonl, one per reason, each followed by the reason key
# (io.losslens.loss.stats.InvalidReason#key) a report counts it under. Reasons are checked in
# InvalidReason order (LossSpec#problem, then RowEvaluator#ownProblem); the first that applies
# counts. The keys hold for a report over `probability` with the weight column and
# num_classes = 4 (DROPMALFORMED mode). Over `logits` instead, the rows whose problem is the
# probability vector have NULL logits, so they count as null_prediction there.
#   id 101: label 7 of 4 classes                        -> label_out_of_range
#   id 102: label NULL                                  -> null_label
#   id 103: probability NULL (and logits NULL)          -> null_prediction
#   id 104: probability [0.6, -0.1, 0.3, 0.2]           -> probability_out_of_range
#           (logits NULL: null_prediction over logits; a report of hinge_loss alone, which reads
#           scores, would count this row as valid)
#   id 105: probability and logits of 3 entries         -> vector_length_mismatch
#           (needs num_classes = 4; without it the per-class breakdown fails on the mixed
#           lengths, asking for num_classes)
#   id 106: weight -1.0                                 -> negative_weight
#   id 107: weight NULL                                 -> null_weight
# (JSON has no NaN or infinities, so non_finite_prediction and non_finite_weight have no row.)
INVALID_ROWS = [
    ({'id': 101, 'label': 7, 'probability': [0.7, 0.1, 0.1, 0.1],
      'logits': [2.0, 0.1, -0.3, 0.4], 'weight': 1.0, 'segment': 'a'}, 'label_out_of_range'),
    ({'id': 102, 'label': None, 'probability': [0.4, 0.3, 0.2, 0.1],
      'logits': [1.0, 0.5, 0.0, -0.5], 'weight': 1.0, 'segment': 'b'}, 'null_label'),
    ({'id': 103, 'label': 1, 'probability': None, 'logits': None, 'weight': 2.0,
      'segment': 'a'}, 'null_prediction'),
    ({'id': 104, 'label': 0, 'probability': [0.6, -0.1, 0.3, 0.2], 'logits': None,
      'weight': 1.0, 'segment': 'b'}, 'probability_out_of_range'),
    ({'id': 105, 'label': 1, 'probability': [0.5, 0.3, 0.2], 'logits': [0.2, 1.1, -0.4],
      'weight': 1.0, 'segment': 'a'}, 'vector_length_mismatch'),
    ({'id': 106, 'label': 2, 'probability': [0.2, 0.2, 0.5, 0.1],
      'logits': [0.3, -0.2, 1.4, 0.0], 'weight': -1.0, 'segment': 'b'}, 'negative_weight'),
    ({'id': 107, 'label': 3, 'probability': [0.25, 0.25, 0.25, 0.25],
      'logits': [0.0, 0.0, 0.0, 0.0], 'weight': None, 'segment': 'a'}, 'null_weight'),
]
REASON_ORDER = ['null_label', 'null_prediction', 'null_weight', 'non_finite_prediction',
                'empty_prediction', 'vector_length_mismatch', 'probability_out_of_range',
                'label_out_of_range', 'non_finite_weight', 'negative_weight']


def hundredths(v):
    return v / 100  # the double nearest v/100; json writes it back as the short decimal


def split(rng, total, parts):
    """A random composition of `total` into `parts` non-negative integers."""
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def make_rows():
    rng = random.Random(SEED)
    labels = [k for k, n in enumerate(COUNTS) for _ in range(n)]
    rng.shuffle(labels)
    rows = []
    for i, y in enumerate(labels):
        a, b = TRUE_PROB_BETA[y]
        t = min(99, max(1, round(100 * rng.betavariate(a, b))))
        others = split(rng, 100 - t, NUM_CLASSES - 1)
        p = others[:y] + [t] + others[y:]
        z = [round(rng.gauss(0, 1), 1) for _ in range(NUM_CLASSES)]
        z[y] = round(rng.gauss(TRUE_LOGIT_MEAN[y], 1), 1)
        rows.append({'id': i + 1, 'label': y, 'probability': [hundredths(v) for v in p],
                     'logits': [v + 0.0 for v in z], 'weight': rng.choice(WEIGHTS),
                     'segment': rng.choice('ab')})
    # Edge cases of the clip: a certain right answer (ln 1 is clipped to ln(1 - eps)) and a
    # certain wrong one (ln 0 is clipped to ln eps = -34.5), in the first row of class 0 and 3.
    first = {y: next(r for r in rows if r['label'] == y) for y in (0, 3)}
    first[0]['probability'] = [1.0, 0.0, 0.0, 0.0]
    first[3]['probability'] = [0.7, 0.2, 0.1, 0.0]
    # Every row of the rarest class in segment a: segment b's breakdown lists class 3 with no rows.
    for r in rows:
        if r['label'] == 3:
            r['segment'] = 'a'
    return rows


def with_invalid_rows(rows):
    """The valid rows with the invalid ones mixed in at seeded places."""
    rng = random.Random(SEED + 1)
    out = list(rows)
    for row, _ in INVALID_ROWS:
        out.insert(rng.randint(0, len(out)), row)
    return out


def d(x):
    """The exact value of the double x."""
    return mpf(float(x))


def clip(x):
    return min(max(x, EPS), 1 - EPS)


def cross_entropy(y, p):
    return -log(clip(p[y]))


def focal_loss(y, p, gamma=2):
    # (1 - p[y]) from p itself, then clipped, as the contract says
    return -clip(1 - p[y]) ** gamma * log(clip(p[y]))


def hinge_loss(y, s):
    return max(mpf(0), 1 + max(v for j, v in enumerate(s) if j != y) - s[y])


def cross_entropy_logits(y, z):
    m = max(z)
    return m + log(sum(exp(v - m) for v in z)) - z[y]


def evaluate(rows, prediction, losses, class_weights=None):
    """Rows as (class, w, {loss: value}), all exact."""
    out = []
    for r in rows:
        y = r['label']
        x = [d(v) for v in r[prediction]]
        w = d(r['weight']) * (class_weights[y] if class_weights else 1)
        out.append((y, w, {name: f(y, x) for name, f in losses.items()}))
    return out


def breakdown(evaluated, names):
    """Per-class values and the overall and macro means, exact (None where undefined)."""
    total_w = sum(w for _, w, _ in evaluated)
    total_wl = {n: sum(w * l[n] for _, w, l in evaluated) for n in names}
    classes = []
    for k in range(NUM_CLASSES):
        mine = [(w, l) for y, w, l in evaluated if y == k]
        ws = sum((w for w, _ in mine), mpf(0))
        wl = {n: sum((w * l[n] for w, l in mine), mpf(0)) for n in names}
        classes.append({
            'class': k, 'count': len(mine), 'weight_sum': ws, 'support_share': ws / total_w,
            **{n + '_mean': wl[n] / ws if mine else None for n in names},
            **{n + '_share': wl[n] / total_wl[n] for n in names},
        })
    with_rows = [c for c in classes if c['count'] > 0]
    summary = {
        'valid_rows': len(evaluated),
        'weight_sum': num(total_w),
        'loss_mean': {n: num(total_wl[n] / total_w) for n in names},
        'macro_loss_mean': {n: num(sum(c[n + '_mean'] for c in with_rows) / len(with_rows))
                            for n in names},
    }
    return classes, summary


def num(x):
    """The double nearest the exact value x (mpf rounds to nearest), or None."""
    return None if x is None else float(x)


def cell(x):
    if x is None:
        return ''  # undefined: a class without rows has no mean
    if isinstance(x, (int, str)):
        return str(x)
    return repr(float(x))


def csv_text(header, rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator='\n')
    writer.writerow(header)
    for r in rows:
        writer.writerow([cell(r[h]) for h in header])
    return buf.getvalue()


def jsonl_text(rows):
    keys = ['id', 'label', 'probability', 'logits', 'weight', 'segment']
    return ''.join(json.dumps({k: r[k] for k in keys}, separators=(', ', ': ')) + '\n'
                   for r in rows)


def reason_counts(rows):
    keys = {row['id']: reason for row, reason in INVALID_ROWS}
    counts = {}
    for r in rows:
        if r['id'] in keys:
            counts[keys[r['id']]] = counts.get(keys[r['id']], 0) + 1
    return {k: counts[k] for k in REASON_ORDER if k in counts}


def logits_reason(row, reason):
    return 'null_prediction' if row['logits'] is None else reason


def main(check):
    rows = make_rows()
    invalid_file = with_invalid_rows(rows)
    prob_losses = {'cross_entropy': cross_entropy, 'focal_loss': focal_loss,
                   'hinge_loss': hinge_loss}
    header = ['class', 'count', 'weight_sum', 'support_share'] + [
        n + s for n in LOSSES for s in ('_mean', '_share')]

    per_class, overall = breakdown(evaluate(rows, 'probability', prob_losses), LOSSES)
    slices, slice_summaries = [], {}
    for seg in ('a', 'b'):
        mine = [r for r in rows if r['segment'] == seg]
        classes, summary = breakdown(evaluate(mine, 'probability', prob_losses), LOSSES)
        slices += [{'segment': seg, **c} for c in classes]
        slice_summaries[seg] = summary
    weighted, weighted_summary = breakdown(
        evaluate(rows, 'probability', prob_losses, CLASS_WEIGHTS), LOSSES)
    logit_classes, logit_summary = breakdown(
        evaluate(rows, 'logits', {'cross_entropy': cross_entropy_logits}), ['cross_entropy'])

    invalid_ids = {row['id'] for row, _ in INVALID_ROWS}
    by_segment = {}
    for seg in ('a', 'b'):
        mine = [r for r in invalid_file if r['segment'] == seg]
        by_segment[seg] = {'total_rows': len(mine),
                           'valid_rows': sum(r['id'] not in invalid_ids for r in mine),
                           'invalid_by_reason': reason_counts(mine)}
    logits_reasons = {}
    for row, reason in INVALID_ROWS:
        key = logits_reason(row, reason)
        logits_reasons[key] = logits_reasons.get(key, 0) + 1

    summary = {
        'about': 'expected overall values of a loss report of predictions.jsonl; see README.md',
        'generator': 'tests/src/test/provenance/report_fixture.py (seed %d)' % SEED,
        'num_classes': NUM_CLASSES,
        'losses': {'cross_entropy': 'cross_entropy(eps=1e-15)',
                   'focal_loss': 'multiclass_focal_loss(gamma=2, eps=1e-15)',
                   'hinge_loss': 'multiclass_hinge_loss'},
        'overall': overall,
        'slices': slice_summaries,
        'class_weighted': {'class_weights': CLASS_WEIGHTS, **weighted_summary},
        'logits': {'loss': 'cross_entropy_logits', **logit_summary},
        'invalid': {
            'file': 'predictions_invalid.jsonl',
            'total_rows': len(invalid_file),
            'valid_rows': len(rows),
            'invalid_by_reason': reason_counts(invalid_file),
            'invalid_by_reason_over_logits': {k: logits_reasons[k] for k in REASON_ORDER
                                              if k in logits_reasons},
            'rows': {str(row['id']): reason for row, reason in INVALID_ROWS},
            'slices': by_segment,
        },
    }

    files = {
        'predictions.jsonl': jsonl_text(rows),
        'predictions_invalid.jsonl': jsonl_text(invalid_file),
        'expected_per_class.csv': csv_text(header, per_class),
        'expected_per_slice_class.csv': csv_text(['segment'] + header, slices),
        'expected_per_class_weighted.csv': csv_text(header, weighted),
        'cross_entropy_logits.csv': csv_text(
            ['class', 'count', 'weight_sum', 'cross_entropy_mean'], logit_classes),
        'expected_summary.json': json.dumps(summary, indent=2) + '\n',
    }
    stale = []
    for name, text in files.items():
        path = OUT / name
        if check:
            if not path.exists() or path.read_text(encoding='utf-8') != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding='utf-8')
    if stale:
        sys.exit('out of date (rerun without --check): ' + ', '.join(stale))


if __name__ == '__main__':
    main('--check' in sys.argv[1:])
