import numpy as np


class SoftmaxRegression:
    """Trains well, but predict returns the column number instead of the class label."""

    def __init__(self, learning_rate=0.1, n_iters=1000, reg=0.0):
        self.learning_rate = learning_rate
        self.n_iters = n_iters
        self.reg = reg

    def _proba(self, Xs):
        s = Xs @ self.W + self.b
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def fit(self, X, y):
        self.classes_, idx = np.unique(y, return_inverse=True)
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0)
        self.sd[self.sd == 0] = 1
        Xs = (X - self.mu) / self.sd
        Y = np.eye(len(self.classes_))[idx]
        self.W = np.zeros((X.shape[1], len(self.classes_)))
        self.b = np.zeros(len(self.classes_))
        for _ in range(self.n_iters):
            G = (self._proba(Xs) - Y) / len(y)
            self.W -= self.learning_rate * (Xs.T @ G + self.reg * self.W)
            self.b -= self.learning_rate * G.sum(axis=0)
        return self

    def predict_proba(self, X):
        return self._proba((X - self.mu) / self.sd)

    def predict(self, X):
        return self.predict_proba(X).argmax(axis=1)
