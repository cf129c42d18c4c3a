import numpy as np


def squared_distances(X, centres):
    # |x - c|^2 = |x|^2 - 2 x.c + |c|^2, for all rows and centres in one matrix product.
    d = (X**2).sum(axis=1)[:, None] - 2 * X @ centres.T + (centres**2).sum(axis=1)[None, :]
    return np.maximum(d, 0.0)


class KMeans:
    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    def _seed(self, X, rng):
        m = len(X)
        centres = [X[rng.integers(m)]]
        closest = ((X - centres[0]) ** 2).sum(axis=1)
        for _ in range(1, self.n_clusters):
            total = closest.sum()
            # All rows already sit on a centre (repeated points): any row will do.
            i = rng.choice(m, p=closest / total) if total > 0 else rng.integers(m)
            centres.append(X[i])
            closest = np.minimum(closest, ((X - X[i]) ** 2).sum(axis=1))
        return np.array(centres)

    def _lloyd(self, X, centres):
        k = self.n_clusters
        for _ in range(self.max_iter):
            labels = squared_distances(X, centres).argmin(axis=1)
            onehot = np.zeros((len(X), k))
            onehot[np.arange(len(X)), labels] = 1.0
            counts = onehot.sum(axis=0)
            sums = onehot.T @ X
            # An empty cluster keeps its centre.
            new = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centres)
            shift = ((new - centres) ** 2).sum()
            centres = new
            if shift <= self.tol**2:
                break
        d = squared_distances(X, centres)
        labels = d.argmin(axis=1)
        return centres, labels, float(d[np.arange(len(X)), labels].sum())

    def fit(self, X):
        X = np.asarray(X, dtype=float)
        # Centring first keeps |x|^2 small, so the expanded distances lose no precision.
        self._shift = X.mean(axis=0)
        Xc = X - self._shift
        rng = np.random.default_rng(self.random_state)
        best = None
        for _ in range(self.n_init):
            result = self._lloyd(Xc, self._seed(Xc, rng))
            if best is None or result[2] < best[2]:
                best = result
        centres, self.labels_, self.inertia_ = best
        self.cluster_centers_ = centres + self._shift
        return self

    def predict(self, X):
        Xc = np.asarray(X, dtype=float) - self._shift
        return squared_distances(Xc, self.cluster_centers_ - self._shift).argmin(axis=1)
