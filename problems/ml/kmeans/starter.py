import numpy as np


class KMeans:
    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    def fit(self, X):
        # Set self.cluster_centers_ (k, n), self.labels_ (m,), self.inertia_; return self.
        raise NotImplementedError

    def predict(self, X):
        # index of the nearest centre for each row, shape (m,)
        raise NotImplementedError
