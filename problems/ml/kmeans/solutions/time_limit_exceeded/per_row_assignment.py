import numpy as np


class KMeans:
    """k-means++ and restarts, but assignment and means go row by row in plain Python."""

    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    @staticmethod
    def _assign(rows, centres):
        labels = []
        for row in rows:
            best, best_d = 0, float("inf")
            for j, c in enumerate(centres):
                d = 0.0
                for a, b in zip(row, c):
                    d += (a - b) ** 2
                if d < best_d:
                    best, best_d = j, d
            labels.append(best)
        return np.array(labels)

    def fit(self, X):
        rng = np.random.default_rng(self.random_state)
        rows = X.tolist()
        best = None
        for _ in range(self.n_init):
            C = [X[rng.integers(len(X))]]
            for _ in range(1, self.n_clusters):
                d = np.min([((X - c) ** 2).sum(axis=1) for c in C], axis=0)
                C.append(X[rng.choice(len(X), p=d / d.sum())] if d.sum() > 0 else X[0])
            C = np.array(C)
            for _ in range(self.max_iter):
                labels = self._assign(rows, C.tolist())
                sums = [[0.0] * X.shape[1] for _ in range(self.n_clusters)]
                counts = [0] * self.n_clusters
                for row, j in zip(rows, labels.tolist()):
                    counts[j] += 1
                    for d, v in enumerate(row):
                        sums[j][d] += v
                new = np.array([[v / counts[j] for v in sums[j]] if counts[j] else C[j]
                                for j in range(self.n_clusters)])
                moved = ((new - C) ** 2).sum()
                C = new
                if moved <= self.tol ** 2:
                    break
            labels = self._assign(rows, C.tolist())
            inertia = ((X - C[labels]) ** 2).sum()
            if best is None or inertia < best[0]:
                best = (inertia, C, labels)
        _, self.cluster_centers_, self.labels_ = best
        return self

    def predict(self, X):
        return self._assign(X.tolist(), self.cluster_centers_.tolist())
