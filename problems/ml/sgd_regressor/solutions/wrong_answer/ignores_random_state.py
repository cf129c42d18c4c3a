import numpy as np


class SGDRegressor:
    """Shuffles with an unseeded generator: two fits with the same random_state differ."""

    def __init__(self, learning_rate=0.01, n_epochs=50, batch_size=32, random_state=None):
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.random_state = random_state

    def fit(self, X, y):
        m, n = X.shape
        rng = np.random.default_rng()
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        Xs = (X - mean) / std
        w, b = np.zeros(n), 0.0
        for _ in range(self.n_epochs):
            order = rng.permutation(m)
            for start in range(0, m, self.batch_size):
                idx = order[start : start + self.batch_size]
                err = Xs[idx] @ w + b - y[idx]
                w -= self.learning_rate * Xs[idx].T @ err / len(idx)
                b -= self.learning_rate * err.mean()
        self.coef_ = w / std
        self.intercept_ = b - mean @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
