import numpy as np


class DecisionTreeClassifier:
    def __init__(self, max_depth=3, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        self.classes_, codes = np.unique(np.asarray(y).reshape(-1), return_inverse=True)
        self.tree_ = self._grow(X, codes, 0)
        return self

    def _best_split(self, X, codes):
        """Lowest weighted Gini over all (feature, threshold); ties keep the earliest."""
        k = len(self.classes_)
        n = len(codes)
        best = (np.inf, None, None)
        onehot = np.eye(k)[codes]
        sizes_left = np.arange(1, n)
        for j in range(X.shape[1]):
            order = np.argsort(X[:, j], kind="stable")
            xs = X[order, j]
            left = np.cumsum(onehot[order], axis=0)[:-1]
            right = left[-1] + onehot[order[-1]] - left
            # n * weighted Gini = n_L - sum(c_L^2) / n_L + n_R - sum(c_R^2) / n_R
            score = (
                sizes_left
                - (left**2).sum(axis=1) / sizes_left
                + (n - sizes_left)
                - (right**2).sum(axis=1) / (n - sizes_left)
            ) / n
            score[xs[1:] <= xs[:-1]] = np.inf  # no threshold between equal values
            i = int(np.argmin(score))
            if score[i] < best[0]:
                best = (score[i], j, (xs[i] + xs[i + 1]) / 2)
        return best

    def _grow(self, X, codes, depth):
        counts = np.bincount(codes, minlength=len(self.classes_))
        gini = 1.0 - ((counts / len(codes)) ** 2).sum()
        leaf = {"label": int(np.argmax(counts))}  # argmax: the smallest label wins ties
        if depth >= self.max_depth or len(codes) < self.min_samples_split or gini <= 0:
            return leaf
        score, j, t = self._best_split(X, codes)
        if j is None or score >= gini:
            return leaf
        mask = X[:, j] <= t
        return {
            "feature": j,
            "threshold": t,
            "left": self._grow(X[mask], codes[mask], depth + 1),
            "right": self._grow(X[~mask], codes[~mask], depth + 1),
        }

    def _predict(self, node, X, rows, out):
        if "label" in node:
            out[rows] = node["label"]
            return
        mask = X[rows, node["feature"]] <= node["threshold"]
        self._predict(node["left"], X, rows[mask], out)
        self._predict(node["right"], X, rows[~mask], out)

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        out = np.empty(len(X), dtype=int)
        self._predict(self.tree_, X, np.arange(len(X)), out)
        return self.classes_[out]
