import numpy as np


class PCA:
    """Accumulates the covariance matrix one row at a time, entry by entry."""

    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        m, n = X.shape
        self.mean_ = X.mean(axis=0)
        rows = (X - self.mean_).tolist()
        cov = [[0.0] * n for _ in range(n)]
        for row in rows:
            for a in range(n):
                ra = row[a]
                line = cov[a]
                for b in range(n):
                    line[b] += ra * row[b]
        values, vectors = np.linalg.eigh(np.array(cov) / (m - 1))
        order = np.argsort(values)[::-1][: self.n_components]
        self.explained_variance_ = values[order]
        self.components_ = vectors[:, order].T
        return self

    def transform(self, X):
        return (X - self.mean_) @ self.components_.T
