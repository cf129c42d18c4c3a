import numpy as np


def _flat(y_true, y_pred):
    # (m,) and (m, 1) mixed would broadcast to (m, m): make both flat first.
    return np.asarray(y_true, dtype=float).reshape(-1), np.asarray(y_pred, dtype=float).reshape(-1)


def r2_score(y_true, y_pred):
    t, p = _flat(y_true, y_pred)
    ss_res = np.sum((t - p) ** 2)
    ss_tot = np.sum((t - t.mean()) ** 2)
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return float(1.0 - ss_res / ss_tot)


def rmse(y_true, y_pred):
    t, p = _flat(y_true, y_pred)
    return float(np.sqrt(np.mean((t - p) ** 2)))


def mae(y_true, y_pred):
    t, p = _flat(y_true, y_pred)
    return float(np.mean(np.abs(t - p)))
