import numpy as np


class RidgeRegression:
    """Ridge as ordinary least squares on rows augmented with sqrt(alpha) * I."""

    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).ravel()
        n = X.shape[1]
        mu = X.mean(axis=0)
        A = np.vstack([X - mu, np.sqrt(self.alpha) * np.eye(n)])
        b = np.concatenate([y - y.mean(), np.zeros(n)])
        self.coef_ = np.linalg.lstsq(A, b, rcond=None)[0]
        self.intercept_ = y.mean() - mu @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
