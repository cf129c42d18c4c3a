import numpy as np


class LinearRegression:
    """Batch gradient descent with the gradient summed one sample at a time in Python."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).reshape(-1)
        m, n = X.shape
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        rows = ((X - mean) / std).tolist()
        targets = y.tolist()
        w, b = [0.0] * n, 0.0
        for _ in range(self.n_iters):
            gw, gb = [0.0] * n, 0.0
            for row, target in zip(rows, targets):
                err = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                for j in range(n):
                    gw[j] += err * row[j]
                gb += err
            w = [wj - self.learning_rate * g / m for wj, g in zip(w, gw)]
            b -= self.learning_rate * gb / m
        self.coef_ = np.array(w) / std
        self.intercept_ = b - mean @ self.coef_
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
