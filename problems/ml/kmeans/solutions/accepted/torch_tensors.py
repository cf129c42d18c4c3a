import torch


def squared_distances(X, centres):
    d = (X**2).sum(dim=1)[:, None] - 2 * X @ centres.T + (centres**2).sum(dim=1)[None, :]
    return d.clamp(min=0.0)


class KMeans:
    """k-means++ seeding and Lloyd's iterations with torch tensors, seeded by random_state."""

    def __init__(self, n_clusters=8, max_iter=300, tol=1e-4, n_init=10, random_state=None):
        self.n_clusters = n_clusters
        self.max_iter = max_iter
        self.tol = tol
        self.n_init = n_init
        self.random_state = random_state

    def _seed(self, X, gen):
        m = len(X)
        first = int(torch.randint(m, (1,), generator=gen))
        centres = [X[first]]
        closest = ((X - X[first]) ** 2).sum(dim=1)
        for _ in range(1, self.n_clusters):
            total = closest.sum()
            if total > 0:
                i = int(torch.multinomial(closest / total, 1, generator=gen))
            else:  # every row sits on a centre already
                i = int(torch.randint(m, (1,), generator=gen))
            centres.append(X[i])
            closest = torch.minimum(closest, ((X - X[i]) ** 2).sum(dim=1))
        return torch.stack(centres)

    def _lloyd(self, X, centres):
        k = self.n_clusters
        for _ in range(self.max_iter):
            labels = squared_distances(X, centres).argmin(dim=1)
            onehot = torch.zeros(len(X), k, dtype=X.dtype)
            onehot[torch.arange(len(X)), labels] = 1.0
            counts = onehot.sum(dim=0)
            means = (onehot.T @ X) / counts.clamp(min=1)[:, None]
            new = torch.where(counts[:, None] > 0, means, centres)  # an empty cluster stays
            shift = float(((new - centres) ** 2).sum())
            centres = new
            if shift <= self.tol**2:
                break
        d = squared_distances(X, centres)
        labels = d.argmin(dim=1)
        return centres, labels, float(d[torch.arange(len(X)), labels].sum())

    def fit(self, X):
        X = torch.as_tensor(X, dtype=torch.float64)
        self.shift_ = X.mean(dim=0)
        Xc = X - self.shift_
        gen = torch.Generator().manual_seed(0 if self.random_state is None else self.random_state)
        best = None
        for _ in range(self.n_init):
            result = self._lloyd(Xc, self._seed(Xc, gen))
            if best is None or result[2] < best[2]:
                best = result
        centres, self.labels_, self.inertia_ = best
        self.cluster_centers_ = centres + self.shift_
        return self

    def predict(self, X):
        Xc = torch.as_tensor(X, dtype=torch.float64) - self.shift_
        return squared_distances(Xc, self.cluster_centers_ - self.shift_).argmin(dim=1)
