import pandas as pd


def active_periods(visits: pd.DataFrame) -> pd.DataFrame:
    # One row per user and day; along a run of days, date minus its rank stays the same.
    days = visits.dropna(subset=["visit_date"])[["user_id", "visit_date"]].drop_duplicates()
    days = days.sort_values(["user_id", "visit_date"])
    rank = days.groupby("user_id", dropna=False).cumcount()
    days["island"] = days["visit_date"] - pd.to_timedelta(rank, unit="D")
    runs = (
        days.groupby(["user_id", "island"], dropna=False)["visit_date"]
        .agg(["min", "max", "count"])
        .reset_index()
    )
    return pd.DataFrame(
        {
            "user_id": runs["user_id"],
            "start_date": runs["min"],
            "end_date": runs["max"],
            "days": runs["count"],
        }
    )
