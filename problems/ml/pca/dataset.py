"""Datasets for pca: a few strong directions with well-separated variances, plus noise.

Spec keys: seed, n_train, n_test, n_features, latent (how many strong directions), and
optional noise (std of isotropic noise), offset (std of the feature means, so centring
matters), scale_span (stretch the features by 10**-span .. 10**span afterwards).
The judge computes the reference components from X_train itself (by SVD).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, r = spec["n_train"], spec.get("n_test", 200), spec["n_features"], spec["latent"]
    total = m + m_test
    basis, _ = np.linalg.qr(rng.normal(size=(n, r)))
    spreads = 10.0 * 0.6 ** np.arange(r)  # each direction clearly weaker than the last
    X = (rng.normal(size=(total, r)) * spreads) @ basis.T
    X += rng.normal(0.0, spec.get("noise", 0.1), size=(total, n))
    X *= 10.0 ** rng.uniform(-spec.get("scale_span", 0.0), spec.get("scale_span", 0.0), size=n)
    X += rng.normal(0.0, spec.get("offset", 0.0), size=n)
    return {"X_train": X[:m], "X_test": X[m:]}
