import numpy as np


class PCA:
    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        X = np.asarray(X, dtype=float)
        self.mean_ = X.mean(axis=0)
        # The right singular vectors of the centred data are the covariance's eigenvectors,
        # already sorted by decreasing singular value.
        _, s, vt = np.linalg.svd(X - self.mean_, full_matrices=False)
        k = self.n_components
        self.components_ = vt[:k]
        self.explained_variance_ = s[:k] ** 2 / (len(X) - 1)
        return self

    def transform(self, X):
        return (np.asarray(X, dtype=float) - self.mean_) @ self.components_.T
