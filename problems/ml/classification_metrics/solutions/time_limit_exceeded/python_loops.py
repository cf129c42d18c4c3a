def _counts(y_true, y_pred):
    t, p = y_true.reshape(-1), y_pred.reshape(-1)
    tp = fp = fn = 0
    for i in range(len(t)):
        if p[i] == 1 and t[i] == 1:
            tp += 1
        elif p[i] == 1:
            fp += 1
        elif t[i] == 1:
            fn += 1
    return tp, fp, fn


def precision_score(y_true, y_pred):
    tp, fp, _ = _counts(y_true, y_pred)
    return tp / (tp + fp) if tp + fp else 0.0


def recall_score(y_true, y_pred):
    tp, _, fn = _counts(y_true, y_pred)
    return tp / (tp + fn) if tp + fn else 0.0


def f1_score(y_true, y_pred):
    tp, fp, fn = _counts(y_true, y_pred)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
