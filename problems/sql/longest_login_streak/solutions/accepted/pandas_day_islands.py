import pandas as pd


def longest_login_streak(logins: pd.DataFrame) -> pd.DataFrame:
    days = pd.DataFrame(
        {"user_id": logins["user_id"], "day": logins["login_time"].dt.normalize()}
    ).dropna(subset=["day"])
    days = days.drop_duplicates().sort_values(["user_id", "day"])
    rank = days.groupby("user_id", dropna=False).cumcount()
    days["island"] = days["day"] - pd.to_timedelta(rank, unit="D")
    lengths = days.groupby(["user_id", "island"], dropna=False).size().rename("n").reset_index()
    out = lengths.groupby("user_id", dropna=False)["n"].max().reset_index()
    return out.rename(columns={"n": "longest_streak"})
