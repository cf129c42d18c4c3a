import numpy as np


class KNNClassifier:
    """Ignores k: always copies the single nearest training label."""

    def __init__(self, k=5):
        self.k = k

    def fit(self, X, y):
        self.X, self.y = X, y
        return self

    def predict(self, X):
        d = (X**2).sum(axis=1)[:, None] - 2 * X @ self.X.T + (self.X**2).sum(axis=1)
        return self.y[d.argmin(axis=1)]
