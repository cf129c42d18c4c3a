import torch


class TwoLayerNet:
    """Returns autograd's gradients from loss() (gradient mode switched on for it): refused,
    the backward pass is the task."""

    def __init__(self, n_inputs, n_hidden, n_outputs, reg=0.0, learning_rate=0.1,
                 n_epochs=100, batch_size=32, random_state=0):
        gen = torch.Generator().manual_seed(random_state)
        self.params = {
            "W1": torch.randn(n_inputs, n_hidden, generator=gen, dtype=torch.float64) * 0.1,
            "b1": torch.zeros(n_hidden, dtype=torch.float64),
            "W2": torch.randn(n_hidden, n_outputs, generator=gen, dtype=torch.float64) * 0.1,
            "b2": torch.zeros(n_outputs, dtype=torch.float64),
        }
        self.reg = reg
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs

    def loss(self, X, y):
        torch.set_grad_enabled(True)
        p = {k: torch.as_tensor(v, dtype=torch.float64).clone().requires_grad_() for k, v in
             self.params.items()}
        hidden = torch.relu(torch.as_tensor(X) @ p["W1"] + p["b1"])
        scores = hidden @ p["W2"] + p["b2"]
        y = torch.as_tensor(y).long()
        loss = -torch.log_softmax(scores, dim=1)[torch.arange(len(y)), y].mean()
        loss = loss + 0.5 * self.reg * ((p["W1"] ** 2).sum() + (p["W2"] ** 2).sum())
        loss.backward()
        return float(loss), {k: v.grad for k, v in p.items()}

    def fit(self, X, y):
        for _ in range(self.n_epochs):
            _, grads = self.loss(X, y)
            for name in self.params:
                self.params[name] = torch.as_tensor(self.params[name]) - self.learning_rate * grads[name]
        return self

    def predict_proba(self, X):
        p = self.params
        hidden = torch.relu(torch.as_tensor(X) @ p["W1"] + p["b1"])
        return torch.softmax(hidden @ p["W2"] + p["b2"], dim=1)

    def predict(self, X):
        return self.predict_proba(X).argmax(dim=1)
