import numpy as np


def r2_score(y_true, y_pred):
    t, p = np.ravel(y_true), np.ravel(y_pred)
    return 1 - np.sum((t - p) ** 2) / np.sum((t - t.mean()) ** 2)  # 0 / 0 when t is constant


def rmse(y_true, y_pred):
    return np.sqrt(np.mean((np.ravel(y_true) - np.ravel(y_pred)) ** 2))


def mae(y_true, y_pred):
    return np.mean(np.abs(np.ravel(y_true) - np.ravel(y_pred)))
