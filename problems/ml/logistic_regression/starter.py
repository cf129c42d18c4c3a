import numpy as np


class LogisticRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        # X: (m, n) floats, y: (m,) labels 0 or 1. Gradient descent on the mean log-loss.
        raise NotImplementedError

    def predict_proba(self, X):
        # P(y = 1 | x) for each row: shape (m,)
        raise NotImplementedError

    def predict(self, X):
        # labels 0 or 1: shape (m,)
        raise NotImplementedError
