import pandas as pd


def game_play_analysis_iv(activity: pd.DataFrame) -> pd.DataFrame:
    first = activity.groupby("player_id")["event_date"].transform("min")
    came_back = activity[activity["event_date"] == first + pd.Timedelta(days=1)]
    players = activity["player_id"].nunique()
    fraction = round(came_back["player_id"].nunique() / players, 2) if players else None
    return pd.DataFrame({"fraction": [fraction]})
