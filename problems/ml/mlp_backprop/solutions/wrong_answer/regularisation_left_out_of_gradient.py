import numpy as np


class TwoLayerNet:
    """The loss includes reg/2 |W|^2 but the gradients forget its reg * W term."""

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

    def _forward(self, X):
        p = self.params
        h = np.maximum(0, X @ p["W1"] + p["b1"])
        s = h @ p["W2"] + p["b2"]
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return h, e / e.sum(axis=1, keepdims=True)

    def loss(self, X, y):
        p, m = self.params, len(X)
        h, prob = self._forward(X)
        loss = -np.log(prob[np.arange(m), y]).mean()
        loss += 0.5 * self.reg * ((p["W1"] ** 2).sum() + (p["W2"] ** 2).sum())
        d = prob.copy()
        d[np.arange(m), y] -= 1
        d /= m
        dh = d @ p["W2"].T * (h > 0)
        return loss, {"W1": X.T @ dh, "b1": dh.sum(axis=0), "W2": h.T @ d, "b2": d.sum(axis=0)}

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
        return self._forward(X)[1]

    def predict(self, X):
        return self.predict_proba(X).argmax(axis=1)
