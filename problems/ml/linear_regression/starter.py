import numpy as np


class LinearRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        # X: (m, n) floats, y: (m,) floats. Learn self.coef_ (n,) and self.intercept_ (a float)
        # with batch gradient descent on the mean squared error, then return self.
        raise NotImplementedError

    def predict(self, X):
        # X: (m, n) -> predictions of shape (m,)
        raise NotImplementedError
