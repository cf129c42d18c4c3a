import numpy as np


class LinearRegression:
    """Plain gradient descent on the raw features: diverges when their scales differ."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        m, n = X.shape
        self.coef_ = np.zeros(n)
        self.intercept_ = 0.0
        for _ in range(self.n_iters):
            error = X @ self.coef_ + self.intercept_ - y
            self.coef_ = self.coef_ - self.learning_rate * X.T @ error / m
            self.intercept_ -= self.learning_rate * error.mean()
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
