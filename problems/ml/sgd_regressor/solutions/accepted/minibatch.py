# gradient: 1/m
import numpy as np


class SGDRegressor:
    def __init__(self, learning_rate=0.01, n_epochs=50, batch_size=32, random_state=None):
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.random_state = random_state

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).reshape(-1)
        m, n = X.shape
        rng = np.random.default_rng(self.random_state)
        mean = X.mean(axis=0)
        std = X.std(axis=0)
        std[std == 0] = 1.0
        Xs = (X - mean) / std
        w, b = np.zeros(n), 0.0
        size = max(1, int(self.batch_size))
        for _ in range(self.n_epochs):
            order = rng.permutation(m)
            Xp, yp = Xs[order], y[order]
            for start in range(0, m, size):
                xb, yb = Xp[start : start + size], yp[start : start + size]
                err = xb @ w + b - yb
                w -= self.learning_rate * (xb.T @ err) / len(yb)
                b -= self.learning_rate * err.mean()
        self.coef_ = w / std
        self.intercept_ = float(b - mean @ self.coef_)
        return self

    def predict(self, X):
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
