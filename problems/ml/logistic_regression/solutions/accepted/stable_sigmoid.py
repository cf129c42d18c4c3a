# gradient: 1/m
import numpy as np


def sigmoid(z):
    # exp of a non-positive number never overflows: split by sign.
    out = np.empty_like(z, dtype=float)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out


class LogisticRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).reshape(-1)
        m, n = X.shape
        self.mean_ = X.mean(axis=0)
        std = X.std(axis=0)
        self.std_ = np.where(std > 0, std, 1.0)
        Xs = (X - self.mean_) / self.std_
        w, b = np.zeros(n), 0.0
        for _ in range(self.n_iters):
            err = sigmoid(Xs @ w + b) - y
            w -= self.learning_rate * (Xs.T @ err) / m
            b -= self.learning_rate * err.mean()
        self.coef_ = w / self.std_
        self.intercept_ = float(b - self.mean_ @ self.coef_)
        self._w, self._b = w, b
        return self

    def decision_function(self, X):
        return ((np.asarray(X, dtype=float) - self.mean_) / self.std_) @ self._w + self._b

    def predict_proba(self, X):
        return sigmoid(self.decision_function(X))

    def predict(self, X):
        return (self.decision_function(X) >= 0).astype(int)
