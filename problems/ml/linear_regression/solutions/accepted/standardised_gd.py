# gradient: 1/m
import numpy as np


class LinearRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).reshape(-1)
        m, n = X.shape
        mean = X.mean(axis=0)
        std = X.std(axis=0)
        std[std == 0] = 1.0  # a constant column carries no information
        Xs = (X - mean) / std
        y_mean = y.mean()
        yc = y - y_mean
        w = np.zeros(n)
        for _ in range(self.n_iters):
            w -= self.learning_rate * (Xs.T @ (Xs @ w - yc)) / m
        # Back to the original units: y ≈ ((X - mean) / std)·w + y_mean.
        self.coef_ = w / std
        self.intercept_ = float(y_mean - mean @ self.coef_)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
