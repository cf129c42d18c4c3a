import numpy as np


class TwoLayerNet:
    """Exact gradients, but each mini-batch is back-propagated one sample at a time."""

    def __init__(self, n_inputs, n_hidden, n_outputs, reg=0.0, learning_rate=0.1,
                 n_epochs=100, batch_size=32, random_state=0):
        self.rng = np.random.default_rng(random_state)
        self.params = {
            "W1": self.rng.normal(0, np.sqrt(2 / n_inputs), (n_inputs, n_hidden)),
            "b1": np.zeros(n_hidden),
            "W2": self.rng.normal(0, np.sqrt(2 / n_hidden), (n_hidden, n_outputs)),
            "b2": np.zeros(n_outputs),
        }
        self.reg, self.learning_rate = reg, learning_rate
        self.n_epochs, self.batch_size = n_epochs, batch_size

    def loss(self, X, y):
        p, m = self.params, len(X)
        grads = {k: np.zeros_like(v) for k, v in p.items()}
        total = 0.0
        for x, label in zip(X, y):
            h = np.maximum(0, x @ p["W1"] + p["b1"])
            s = h @ p["W2"] + p["b2"]
            e = np.exp(s - s.max())
            prob = e / e.sum()
            total -= (s[label] - s.max()) - np.log(e.sum())  # log-softmax: no log(0)
            d = prob.copy()
            d[label] -= 1
            grads["W2"] += np.outer(h, d)
            grads["b2"] += d
            dh = (p["W2"] @ d) * (h > 0)
            grads["W1"] += np.outer(x, dh)
            grads["b1"] += dh
        for k in grads:
            grads[k] /= m
        grads["W1"] += self.reg * p["W1"]
        grads["W2"] += self.reg * p["W2"]
        loss = total / m + 0.5 * self.reg * ((p["W1"] ** 2).sum() + (p["W2"] ** 2).sum())
        return loss, grads

    def fit(self, X, y):
        for _ in range(self.n_epochs):
            order = self.rng.permutation(len(X))
            for s in range(0, len(X), self.batch_size):
                b = order[s : s + self.batch_size]
                _, g = self.loss(X[b], y[b])
                for k in self.params:
                    self.params[k] -= self.learning_rate * g[k]
        return self

    def predict_proba(self, X):
        p = self.params
        s = np.maximum(0, X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        return self.predict_proba(X).argmax(axis=1)
