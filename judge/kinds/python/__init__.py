"""Python algorithm problems (LeetCode-style functions): `adapter.py` builds the job and
judges each answer with `judge.checkers`; `worker.py` runs the submission in the sandbox.
"""
