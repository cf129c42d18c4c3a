import numpy as np


class DecisionTreeClassifier:
    """Tries every threshold by re-splitting all the node's rows: quadratic in the rows."""

    def __init__(self, max_depth=3, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    @staticmethod
    def _gini(codes, k):
        if len(codes) == 0:
            return 0.0
        p = np.bincount(codes, minlength=k) / len(codes)
        return 1 - (p**2).sum()

    def fit(self, X, y):
        self.classes_, codes = np.unique(y, return_inverse=True)
        self.tree = self._grow(X, codes, 0)
        return self

    def _grow(self, X, codes, depth):
        k = len(self.classes_)
        counts = np.bincount(codes, minlength=k)
        gini = self._gini(codes, k)
        if depth >= self.max_depth or len(codes) < self.min_samples_split or gini == 0:
            return int(counts.argmax())
        best = (np.inf, None, None)
        for j in range(X.shape[1]):
            values = np.unique(X[:, j])
            for a, b in zip(values[:-1], values[1:]):
                t = (a + b) / 2
                m = X[:, j] <= t
                s = (m.sum() * self._gini(codes[m], k) + (~m).sum() * self._gini(codes[~m], k)) / len(codes)
                if s < best[0]:
                    best = (s, j, t)
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
