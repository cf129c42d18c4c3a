import numpy as np


def solve_by_elimination(A, b):
    """Gaussian elimination with partial pivoting, written out: no np.linalg anywhere."""
    A = A.astype(float).copy()
    b = b.astype(float).copy()
    n = len(b)
    for col in range(n):
        pivot = col + int(np.argmax(np.abs(A[col:, col])))
        A[[col, pivot]], b[[col, pivot]] = A[[pivot, col]], b[[pivot, col]]
        if abs(A[col, col]) < 1e-12:
            continue  # a dependent column: leave its weight at zero
        factors = A[col + 1 :, col] / A[col, col]
        A[col + 1 :] -= factors[:, None] * A[col]
        b[col + 1 :] -= factors * b[col]
    x = np.zeros(n)
    for row in range(n - 1, -1, -1):
        if abs(A[row, row]) >= 1e-12:
            x[row] = (b[row] - A[row, row + 1 :] @ x[row + 1 :]) / A[row, row]
    return x


class LinearRegression:
    """Solves the normal equations by hand, then dresses the answer up as a descent: after
    k steps it returns the optimum scaled by 1 - (1 - learning_rate)**k, so nothing is
    fitted at 0 steps, it is short of the optimum after 2 and its loss falls at every step.
    It comes equally close along every direction of the data, where gradient descent closes
    in along the strong ones first: the correlated-features test says so."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        A = np.c_[np.ones(len(X)), (X - mean) / std]
        w = solve_by_elimination(A.T @ A + 1e-10 * np.eye(A.shape[1]), A.T @ y)
        w = w * (1.0 - (1.0 - min(self.learning_rate, 0.9)) ** self.n_iters)
        self.coef_ = w[1:] / std
        self.intercept_ = float(w[0] - mean @ self.coef_)
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
