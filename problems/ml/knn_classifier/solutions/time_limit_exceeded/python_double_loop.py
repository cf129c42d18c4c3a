import math


class KNNClassifier:
    """Every test row against every training row, in pure Python."""

    def __init__(self, k=5):
        self.k = k

    def fit(self, X, y):
        self.rows = X.tolist()
        self.labels = [int(v) for v in y]
        return self

    def predict(self, X):
        out = []
        for q in X.tolist():
            dists = []
            for i, row in enumerate(self.rows):
                dists.append((math.dist(q, row), i))
            dists.sort()
            votes = {}
            for _, i in dists[: self.k]:
                votes[self.labels[i]] = votes.get(self.labels[i], 0) + 1
            best = max(votes.values())
            out.append(min(label for label, v in votes.items() if v == best))
        return out
