import numpy as np


def precision_score(y_true, y_pred):
    t, p = np.ravel(y_true), np.ravel(y_pred)
    return np.sum((t == 1) & (p == 1)) / np.sum(p == 1)  # NaN with no predicted positives


def recall_score(y_true, y_pred):
    t, p = np.ravel(y_true), np.ravel(y_pred)
    return np.sum((t == 1) & (p == 1)) / np.sum(t == 1)


def f1_score(y_true, y_pred):
    pr, rc = precision_score(y_true, y_pred), recall_score(y_true, y_pred)
    return 2 * pr * rc / (pr + rc)
