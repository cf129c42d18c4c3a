import numpy as np


def precision_score(y_true, y_pred):
    t, p = np.ravel(y_true), np.ravel(y_pred)
    predicted = np.sum(p == 1)
    return float(np.sum((t == 1) & (p == 1)) / predicted) if predicted else 0.0


def recall_score(y_true, y_pred):
    t, p = np.ravel(y_true), np.ravel(y_pred)
    actual = np.sum(t == 1)
    return float(np.sum((t == 1) & (p == 1)) / actual) if actual else 0.0


def f1_score(y_true, y_pred):
    # The arithmetic mean, not the harmonic mean.
    return (precision_score(y_true, y_pred) + recall_score(y_true, y_pred)) / 2
