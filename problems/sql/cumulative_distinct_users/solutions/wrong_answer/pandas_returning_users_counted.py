import pandas as pd


def cumulative_distinct_users(events: pd.DataFrame) -> pd.DataFrame:
    # Counts each day's distinct users as new: a user who comes back is counted again.
    known = events.dropna(subset=["user_id"])
    daily = known.groupby("event_date")["user_id"].nunique()
    days = events["event_date"].drop_duplicates().sort_values(na_position="last")
    out = pd.DataFrame({"event_date": days.to_numpy()})
    out["new_users"] = out["event_date"].map(daily).fillna(0).astype("int64")
    out["total_users"] = out["new_users"].cumsum()
    return out
