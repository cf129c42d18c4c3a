import numpy as np


class SGDRegressor:
    """Builds each mini-batch gradient one sample at a time in Python."""

    def __init__(self, learning_rate=0.01, n_epochs=50, batch_size=32, random_state=None):
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.random_state = random_state

    def fit(self, X, y):
        m, n = X.shape
        rng = np.random.default_rng(self.random_state)
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        rows = ((X - mean) / std).tolist()
        targets = list(y)
        w, b = [0.0] * n, 0.0
        for _ in range(self.n_epochs):
            order = rng.permutation(m)
            for start in range(0, m, self.batch_size):
                batch = order[start : start + self.batch_size]
                gw, gb = [0.0] * n, 0.0
                for i in batch:
                    row = rows[i]
                    err = sum(a * c for a, c in zip(w, row)) + b - targets[i]
                    for j in range(n):
                        gw[j] += err * row[j]
                    gb += err
                w = [a - self.learning_rate * g / len(batch) for a, g in zip(w, gw)]
                b -= self.learning_rate * gb / len(batch)
        self.coef_ = np.array(w) / std
        self.intercept_ = b - mean @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
