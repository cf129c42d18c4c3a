"""Datasets for classification_metrics: binary labels and predictions, with the references.

Spec keys: seed, m, and optional positive_rate (share of 1s in y_true), accuracy (chance a
prediction copies the truth, else it is drawn at random), predict ("model", "none" for all
0s, "all" for all 1s), truth ("random", "none" for all 0s), true_shape / pred_shape ("flat"
or "column").
Zero division: precision is 0.0 with no predicted positives, recall 0.0 with no actual
positives, F1 0.0 when precision + recall is 0.
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m = spec["m"]
    # int32 labels: a million of them travel to the sandbox in 4 MB, not 8 MB.
    y_true = (rng.random(m) < spec.get("positive_rate", 0.4)).astype(np.int32)
    if spec.get("truth") == "none":
        y_true[:] = 0
    copy = rng.random(m) < spec.get("accuracy", 0.8)
    y_pred = np.where(copy, y_true, rng.integers(0, 2, size=m)).astype(np.int32)
    if spec.get("predict") == "none":
        y_pred[:] = 0
    elif spec.get("predict") == "all":
        y_pred[:] = 1
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    shaped = {"flat": (m,), "column": (m, 1)}
    return {
        "y_true": y_true.reshape(shaped[spec.get("true_shape", "flat")]),
        "y_pred": y_pred.reshape(shaped[spec.get("pred_shape", "flat")]),
        "ref_precision_score": np.array(precision),
        "ref_recall_score": np.array(recall),
        "ref_f1_score": np.array(f1),
    }
