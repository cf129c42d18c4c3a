import pandas as pd


def human_traffic_of_stadium(stadium: pd.DataFrame) -> pd.DataFrame:
    busy = stadium[(stadium["people"] >= 100).fillna(False).astype(bool)]
    busy = busy.dropna(subset=["id"]).drop_duplicates().sort_values("id")
    # Consecutive ids keep id minus rank constant along a run.
    run = busy["id"] - busy["id"].rank(method="dense")
    length = busy["id"].groupby(run).transform("nunique")
    return busy[length >= 3].sort_values("visit_date", kind="stable")
