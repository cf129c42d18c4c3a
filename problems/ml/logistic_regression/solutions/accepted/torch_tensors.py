# gradient: 1/m
import torch


class LogisticRegression:
    """Gradient descent on the mean log loss with torch tensors (gradient written out)."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = torch.as_tensor(X, dtype=torch.float64)
        y = torch.as_tensor(y, dtype=torch.float64).reshape(-1)
        m, n = X.shape
        self.mean_ = X.mean(dim=0)
        std = X.std(dim=0, unbiased=False)
        self.std_ = torch.where(std > 0, std, torch.ones_like(std))
        Xs = (X - self.mean_) / self.std_
        w, b = torch.zeros(n, dtype=torch.float64), 0.0
        for _ in range(self.n_iters):
            err = torch.sigmoid(Xs @ w + b) - y  # torch.sigmoid is stable for any input
            w -= self.learning_rate * (Xs.T @ err) / m
            b -= self.learning_rate * float(err.mean())
        self.w_, self.b_ = w, b
        return self

    def predict_proba(self, X):
        Xs = (torch.as_tensor(X, dtype=torch.float64) - self.mean_) / self.std_
        return torch.sigmoid(Xs @ self.w_ + self.b_)

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).long()
