import numpy as np


class KNNClassifier:
    """Sorts distances the wrong way round: votes among the k farthest rows."""

    def __init__(self, k=5):
        self.k = k

    def fit(self, X, y):
        self.X, self.y = X, y
        return self

    def predict(self, X):
        labels = np.unique(self.y)
        d = (X**2).sum(axis=1)[:, None] - 2 * X @ self.X.T + (self.X**2).sum(axis=1)
        idx = np.argsort(-d, axis=1)[:, : self.k]
        votes = (self.y[idx][:, :, None] == labels[None, None, :]).sum(axis=1)
        return labels[votes.argmax(axis=1)]
