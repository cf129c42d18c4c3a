import numpy as np


class SoftmaxRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000, reg=0.0):
        self.learning_rate = learning_rate
        self.n_iters = n_iters
        self.reg = reg

    def fit(self, X, y):
        # X: (m, n) floats; y: (m,) integer labels, any values. self.classes_ = np.unique(y).
        raise NotImplementedError

    def predict_proba(self, X):
        # shape (m, K): column j is the probability of self.classes_[j]
        raise NotImplementedError

    def predict(self, X):
        # labels taken from self.classes_, shape (m,)
        raise NotImplementedError
