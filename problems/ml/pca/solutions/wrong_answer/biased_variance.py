import numpy as np


class PCA:
    """Right directions, but variances divided by m instead of m - 1."""

    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        self.mean_ = X.mean(axis=0)
        _, s, vt = np.linalg.svd(X - self.mean_, full_matrices=False)
        self.components_ = vt[: self.n_components]
        self.explained_variance_ = s[: self.n_components] ** 2 / len(X)
        return self

    def transform(self, X):
        return (X - self.mean_) @ self.components_.T
