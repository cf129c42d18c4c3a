import numpy as np


class LinearRegression:
    """Stops after a handful of steps: finite, but far from the minimum."""

    def __init__(self, learning_rate=0.1, n_iters=5):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        Xs = (X - mean) / std
        w, b = np.zeros(X.shape[1]), 0.0
        for _ in range(self.n_iters):
            r = Xs @ w + b - y
            w -= self.learning_rate * Xs.T @ r / len(y)
            b -= self.learning_rate * r.mean()
        self.coef_ = w / std
        self.intercept_ = b - mean @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
