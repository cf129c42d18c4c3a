import torch


class LinearRegression:
    """Calls torch.autograd.grad through another name for torch: blocked at run time."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        t = torch
        X = t.as_tensor(X, dtype=t.float64)
        y = t.as_tensor(y, dtype=t.float64)
        self.w = t.zeros(X.shape[1], dtype=t.float64)
        self.b = 0.0
        t.autograd.grad(X.sum(), X)
        return self

    def predict(self, X):
        return torch.as_tensor(X) @ self.w + self.b
