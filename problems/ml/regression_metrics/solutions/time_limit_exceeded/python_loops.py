# Correct, but works element by element in Python (and takes the mean with the statistics
# module, which sums exactly with fractions): far too slow for a million values.
import math
import statistics


def _flat(y):
    return y.reshape(-1)


def r2_score(y_true, y_pred):
    t, p = _flat(y_true), _flat(y_pred)
    m = len(t)
    mean = statistics.mean(float(v) for v in t)
    ss_res = ss_tot = 0.0
    for i in range(m):
        ss_res += (t[i] - p[i]) ** 2
        ss_tot += (t[i] - mean) ** 2
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return 1 - ss_res / ss_tot


def rmse(y_true, y_pred):
    t, p = _flat(y_true), _flat(y_pred)
    total = 0.0
    for i in range(len(t)):
        total += (t[i] - p[i]) ** 2
    return math.sqrt(total / len(t))


def mae(y_true, y_pred):
    t, p = _flat(y_true), _flat(y_pred)
    total = 0.0
    for i in range(len(t)):
        total += abs(t[i] - p[i])
    return total / len(t)
