import torch
import torch.nn.functional as F


class LogisticRegression:
    """Asks torch.autograd.grad for the gradient of the log loss: refused."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        X = torch.as_tensor(X, dtype=torch.float64)
        y = torch.as_tensor(y, dtype=torch.float64)
        w = torch.zeros(X.shape[1], dtype=torch.float64).requires_grad_()
        for _ in range(self.n_iters):
            with torch.enable_grad():
                loss = F.binary_cross_entropy_with_logits(X @ w, y)
                (g,) = torch.autograd.grad(loss, w)
            w = (w - self.learning_rate * g).detach().requires_grad_()
        self.w_ = w.detach()
        return self

    def predict_proba(self, X):
        return torch.sigmoid(torch.as_tensor(X, dtype=torch.float64) @ self.w_)

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).long()
