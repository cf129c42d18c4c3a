# Correct, but builds the whole confusion matrix, each of its four counts with its own pass of
# a Python generator over a million NumPy scalars, in every call: far slower than counting
# with array operations.
def _counts(y_true, y_pred):
    t_all, p_all = y_true.reshape(-1), y_pred.reshape(-1)
    tp = sum(1 for t, p in zip(t_all, p_all) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(t_all, p_all) if t != 1 and p == 1)
    fn = sum(1 for t, p in zip(t_all, p_all) if t == 1 and p != 1)
    tn = sum(1 for t, p in zip(t_all, p_all) if t != 1 and p != 1)
    assert tp + fp + fn + tn == len(t_all)
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
