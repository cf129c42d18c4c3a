import numpy as np


class SoftmaxRegression:
    """Batch gradient descent, with each row's gradient computed in a Python loop."""

    def __init__(self, learning_rate=0.1, n_iters=1000, reg=0.0):
        self.learning_rate = learning_rate
        self.n_iters = n_iters
        self.reg = reg

    def fit(self, X, y):
        self.classes_, idx = np.unique(y, return_inverse=True)
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0)
        self.sd[self.sd == 0] = 1
        Xs = (X - self.mu) / self.sd
        m, n = Xs.shape
        k = len(self.classes_)
        self.W, self.b = np.zeros((n, k)), np.zeros(k)
        for _ in range(self.n_iters):
            gW, gb = np.zeros((n, k)), np.zeros(k)
            for i in range(m):
                s = Xs[i] @ self.W + self.b
                p = np.exp(s - s.max())
                p /= p.sum()
                p[idx[i]] -= 1
                gW += np.outer(Xs[i], p)
                gb += p
            self.W -= self.learning_rate * (gW / m + self.reg * self.W)
            self.b -= self.learning_rate * gb / m
        return self

    def predict_proba(self, X):
        s = (X - self.mu) / self.sd @ self.W + self.b
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
