# gradient: 1/m
import numpy as np


def softmax(scores):
    scores = scores - scores.max(axis=1, keepdims=True)  # the largest becomes exp(0) = 1
    e = np.exp(scores)
    return e / e.sum(axis=1, keepdims=True)


class SoftmaxRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000, reg=0.0):
        self.learning_rate = learning_rate
        self.n_iters = n_iters
        self.reg = reg

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y).reshape(-1)
        self.classes_, index = np.unique(y, return_inverse=True)
        m, n = X.shape
        k = len(self.classes_)
        self.mean_ = X.mean(axis=0)
        std = X.std(axis=0)
        self.std_ = np.where(std > 0, std, 1.0)
        Xs = (X - self.mean_) / self.std_
        Y = np.zeros((m, k))
        Y[np.arange(m), index] = 1.0
        W, b = np.zeros((n, k)), np.zeros(k)
        for _ in range(self.n_iters):
            G = (softmax(Xs @ W + b) - Y) / m
            W -= self.learning_rate * (Xs.T @ G + self.reg * W)
            b -= self.learning_rate * G.sum(axis=0)
        self.W_, self.b_ = W, b
        return self

    def predict_proba(self, X):
        Xs = (np.asarray(X, dtype=float) - self.mean_) / self.std_
        return softmax(Xs @ self.W_ + self.b_)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
