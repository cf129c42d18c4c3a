import pandas as pd


def sessionize_clicks(clicks: pd.DataFrame) -> pd.DataFrame:
    ordered = clicks.sort_values(["user_id", "click_time"], na_position="last")
    gap = ordered.groupby("user_id", dropna=False)["click_time"].diff()
    starts = ~(gap <= pd.Timedelta(minutes=30)).fillna(False).astype(bool)
    ordered = ordered.assign(session=starts.astype(int).groupby(ordered["user_id"], dropna=False).cumsum())
    sessions = (
        ordered.groupby(["user_id", "session"], dropna=False)["click_time"]
        .agg(session_start="min", session_end="max", clicks="size")
        .reset_index()
    )
    return sessions[["user_id", "session_start", "session_end", "clicks"]]
