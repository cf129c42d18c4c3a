import numpy as np


class LogisticRegression:
    """Gradient descent on raw features: with one feature in the thousands it never settles."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        self.w, self.b = np.zeros(X.shape[1]), 0.0
        for _ in range(self.n_iters):
            z = np.clip(X @ self.w + self.b, -500, 500)
            err = 1 / (1 + np.exp(-z)) - y
            self.w -= self.learning_rate * X.T @ err / len(y)
            self.b -= self.learning_rate * err.mean()
        return self

    def predict_proba(self, X):
        return 1 / (1 + np.exp(-np.clip(X @ self.w + self.b, -500, 500)))

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)
