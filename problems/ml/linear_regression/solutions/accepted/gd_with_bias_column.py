# gradient: 1/m
import numpy as np


class LinearRegression:
    """Gradient descent on [1, standardised X], the bias learned like any weight."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.array(X, dtype=float)
        y = np.array(y, dtype=float).ravel()
        self.mean_ = X.mean(axis=0)
        self.scale_ = np.where(X.std(axis=0) > 0, X.std(axis=0), 1.0)
        A = np.hstack([np.ones((len(X), 1)), (X - self.mean_) / self.scale_])
        theta = np.zeros(A.shape[1])
        for _ in range(self.n_iters):
            grad = A.T @ (A @ theta - y) / len(y)
            theta -= self.learning_rate * grad
        self.coef_ = theta[1:] / self.scale_
        self.intercept_ = theta[0] - self.mean_ @ self.coef_
        return self

    def predict(self, X):
        return (X @ self.coef_ + self.intercept_).reshape(-1, 1)  # (m, 1) is accepted too
