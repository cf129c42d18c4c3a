import numpy as np


class PCA:
    """Eigen-decomposition of the covariance matrix (n x n), largest eigenvalues first."""

    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        self.mean_ = X.mean(axis=0)
        Xc = X - self.mean_
        cov = Xc.T @ Xc / (len(X) - 1)
        values, vectors = np.linalg.eigh(cov)  # ascending order
        order = np.argsort(values)[::-1][: self.n_components]
        self.explained_variance_ = values[order]
        self.components_ = vectors[:, order].T
        return self

    def transform(self, X):
        return (X - self.mean_) @ self.components_.T
