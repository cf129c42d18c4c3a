import pandas as pd


def consecutive_numbers(logs: pd.DataFrame) -> pd.DataFrame:
    logs = logs.sort_values("id")
    same = (
        (logs["num"] == logs["num"].shift(1))
        & (logs["num"] == logs["num"].shift(2))
        & (logs["id"] == logs["id"].shift(1) + 1)
        & (logs["id"] == logs["id"].shift(2) + 2)
    )
    found = logs.loc[same.fillna(False).astype(bool), "num"].drop_duplicates()
    return pd.DataFrame({"ConsecutiveNums": found})
