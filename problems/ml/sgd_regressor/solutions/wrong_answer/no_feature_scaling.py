import numpy as np


class SGDRegressor:
    """Mini-batch SGD on the raw features: fine when they are standardised already,
    diverges when one of them is in the thousands."""

    def __init__(self, learning_rate=0.01, n_epochs=50, batch_size=32, random_state=None):
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.random_state = random_state

    def fit(self, X, y):
        m, n = X.shape
        rng = np.random.default_rng(self.random_state)
        self.coef_, self.intercept_ = np.zeros(n), 0.0
        for _ in range(self.n_epochs):
            order = rng.permutation(m)
            for start in range(0, m, self.batch_size):
                idx = order[start : start + self.batch_size]
                err = X[idx] @ self.coef_ + self.intercept_ - y[idx]
                self.coef_ = self.coef_ - self.learning_rate * X[idx].T @ err / len(idx)
                self.intercept_ -= self.learning_rate * err.mean()
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
