import numpy as np


def _counts(y_true, y_pred):
    t = np.asarray(y_true).reshape(-1) == 1
    p = np.asarray(y_pred).reshape(-1) == 1
    tp = int(np.count_nonzero(t & p))
    return tp, int(np.count_nonzero(~t & p)), int(np.count_nonzero(t & ~p))


def _ratio(num, den):
    return num / den if den else 0.0  # the stated zero-division convention


def precision_score(y_true, y_pred):
    tp, fp, _ = _counts(y_true, y_pred)
    return _ratio(tp, tp + fp)


def recall_score(y_true, y_pred):
    tp, _, fn = _counts(y_true, y_pred)
    return _ratio(tp, tp + fn)


def f1_score(y_true, y_pred):
    # Same as 2PR / (P + R), written with counts: 2TP / (2TP + FP + FN).
    tp, fp, fn = _counts(y_true, y_pred)
    return _ratio(2 * tp, 2 * tp + fp + fn)
