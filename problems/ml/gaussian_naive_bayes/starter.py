import numpy as np


class GaussianNB:
    def __init__(self, var_smoothing=1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        # Per class: prior, feature means and variances. Set self.classes_ = np.unique(y).
        raise NotImplementedError

    def predict_proba(self, X):
        # shape (m, K), columns in the order of self.classes_
        raise NotImplementedError

    def predict(self, X):
        raise NotImplementedError
