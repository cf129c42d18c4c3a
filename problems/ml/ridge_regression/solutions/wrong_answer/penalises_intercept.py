import numpy as np


class RidgeRegression:
    """Adds a column of ones and penalises its weight like the others."""

    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        A = np.hstack([np.ones((len(X), 1)), X])
        theta = np.linalg.solve(A.T @ A + self.alpha * np.eye(A.shape[1]), A.T @ y)
        self.intercept_, self.coef_ = float(theta[0]), theta[1:]
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
