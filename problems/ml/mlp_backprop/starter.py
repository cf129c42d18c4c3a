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

    def loss(self, X, y):
        # Return (loss, grads): grads[name] has the shape of self.params[name].
        raise NotImplementedError

    def fit(self, X, y):
        raise NotImplementedError

    def predict_proba(self, X):
        raise NotImplementedError

    def predict(self, X):
        raise NotImplementedError
