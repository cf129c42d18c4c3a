"""ML-from-scratch problems, host side: settings, datasets, the NumPy-only policy, task
protocols and metrics. `judge.kinds.ml.MlAdapter` ties them to the judging pipeline; the
sandbox side is `judge/kinds/ml/worker.py`.
"""
