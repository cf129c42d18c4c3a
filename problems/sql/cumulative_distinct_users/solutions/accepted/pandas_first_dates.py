import pandas as pd


def cumulative_distinct_users(events: pd.DataFrame) -> pd.DataFrame:
    firsts = events.dropna(subset=["user_id"]).groupby("user_id")["event_date"].min()
    new = firsts.value_counts()  # users by the date of their first event
    days = events["event_date"].drop_duplicates().sort_values(na_position="last")
    out = pd.DataFrame({"event_date": days.to_numpy()})
    out["new_users"] = out["event_date"].map(new).fillna(0).astype("int64")
    out["total_users"] = out["new_users"].cumsum()
    return out
