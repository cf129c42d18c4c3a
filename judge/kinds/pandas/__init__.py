"""SQL problems answered in pandas: a function taking the problem's tables as DataFrames.

`adapter.py` builds the job from the SQL problem's schema and datasets (never its expected
tables) and judges each returned table with the SQL kind's comparison; `starter.py` writes
the function to fill in; `worker.py` runs the submission in the sandbox.
"""
