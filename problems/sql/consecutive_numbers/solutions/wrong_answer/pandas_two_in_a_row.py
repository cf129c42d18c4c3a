import pandas as pd


def consecutive_numbers(logs: pd.DataFrame) -> pd.DataFrame:
    # Compares with one neighbour only: two equal numbers in a row are not three.
    logs = logs.sort_values("id")
    same = (logs["num"] == logs["num"].shift(1)) & (logs["id"] == logs["id"].shift(1) + 1)
    found = logs.loc[same.fillna(False).astype(bool), "num"].drop_duplicates()
    return pd.DataFrame({"ConsecutiveNums": found})
