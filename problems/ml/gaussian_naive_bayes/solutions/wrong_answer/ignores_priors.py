import numpy as np


class GaussianNB:
    """Treats every class as equally likely before seeing the features."""

    def __init__(self, var_smoothing=1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        self.classes_ = np.unique(y)
        eps = self.var_smoothing * X.var(axis=0).max()
        self.mu = np.array([X[y == c].mean(axis=0) for c in self.classes_])
        self.var = np.array([X[y == c].var(axis=0) for c in self.classes_]) + eps
        return self

    def _scores(self, X):
        return -0.5 * np.sum(np.log(2 * np.pi * self.var), axis=1) - 0.5 * np.sum(
            (X[:, None, :] - self.mu) ** 2 / self.var, axis=2
        )

    def predict_proba(self, X):
        s = self._scores(X)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, X):
        return self.classes_[self._scores(X).argmax(axis=1)]
