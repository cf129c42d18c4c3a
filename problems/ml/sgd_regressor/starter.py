import numpy as np


class SGDRegressor:
    def __init__(self, learning_rate=0.01, n_epochs=50, batch_size=32, random_state=None):
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.random_state = random_state

    def fit(self, X, y):
        # Shuffle with np.random.default_rng(self.random_state) each epoch, then take one
        # gradient step per mini-batch of batch_size rows. Set self.coef_ and self.intercept_.
        raise NotImplementedError

    def predict(self, X):
        raise NotImplementedError
