import numpy as np


class PCA:
    def __init__(self, n_components=2):
        self.n_components = n_components

    def fit(self, X):
        # Set self.mean_ (n,), self.components_ (k, n), self.explained_variance_ (k,); return self.
        raise NotImplementedError

    def transform(self, X):
        # (X - mean_) projected on the components: shape (m, k)
        raise NotImplementedError
