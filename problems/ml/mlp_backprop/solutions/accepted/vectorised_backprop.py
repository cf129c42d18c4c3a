import numpy as np


class TwoLayerNet:
    def __init__(self, n_inputs, n_hidden, n_outputs, reg=0.0, learning_rate=0.1,
                 n_epochs=100, batch_size=32, random_state=0):
        rng = np.random.default_rng(random_state)
        self.params = {
            "W1": rng.normal(0.0, np.sqrt(2.0 / n_inputs), size=(n_inputs, n_hidden)),
            "b1": np.zeros(n_hidden),
            "W2": rng.normal(0.0, np.sqrt(2.0 / n_hidden), size=(n_hidden, n_outputs)),
            "b2": np.zeros(n_outputs),
        }
        self.reg = reg
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.rng = rng

    def _scores(self, X):
        p = self.params
        hidden = np.maximum(0.0, X @ p["W1"] + p["b1"])
        return hidden, hidden @ p["W2"] + p["b2"]

    def loss(self, X, y):
        p = self.params
        X = np.asarray(X, dtype=float)
        y = np.asarray(y).reshape(-1)
        m = len(X)
        hidden, scores = self._scores(X)
        shifted = scores - scores.max(axis=1, keepdims=True)  # keeps exp finite
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        loss = -log_p[np.arange(m), y].mean()
        loss += 0.5 * self.reg * (np.sum(p["W1"] ** 2) + np.sum(p["W2"] ** 2))
        # Backward: d loss / d scores = (softmax - onehot) / m
        d_scores = np.exp(log_p)
        d_scores[np.arange(m), y] -= 1.0
        d_scores /= m
        grads = {
            "W2": hidden.T @ d_scores + self.reg * p["W2"],
            "b2": d_scores.sum(axis=0),
        }
        d_hidden = (d_scores @ p["W2"].T) * (hidden > 0)  # ReLU passes gradient where active
        grads["W1"] = X.T @ d_hidden + self.reg * p["W1"]
        grads["b1"] = d_hidden.sum(axis=0)
        return float(loss), grads

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y).reshape(-1)
        for _ in range(self.n_epochs):
            order = self.rng.permutation(len(X))
            for start in range(0, len(X), self.batch_size):
                batch = order[start : start + self.batch_size]
                _, grads = self.loss(X[batch], y[batch])
                for name in self.params:
                    self.params[name] -= self.learning_rate * grads[name]
        return self

    def predict_proba(self, X):
        _, scores = self._scores(np.asarray(X, dtype=float))
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        return np.argmax(self._scores(np.asarray(X, dtype=float))[1], axis=1)
