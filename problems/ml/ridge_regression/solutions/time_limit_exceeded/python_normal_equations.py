import numpy as np


class RidgeRegression:
    """Accumulates X^T X row by row in Python lists, then solves."""

    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        m, n = X.shape
        mu, ym = X.mean(axis=0), y.mean()
        rows = (X - mu).tolist()
        targets = (y - ym).tolist()
        gram = [[0.0] * n for _ in range(n)]
        rhs = [0.0] * n
        for row, t in zip(rows, targets):
            for i in range(n):
                ri = row[i]
                rhs[i] += ri * t
                g = gram[i]
                for j in range(n):
                    g[j] += ri * row[j]
        A = np.array(gram) + self.alpha * np.eye(n)
        self.coef_ = np.linalg.solve(A, np.array(rhs))
        self.intercept_ = ym - mu @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
