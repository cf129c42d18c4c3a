import pandas as pd


def human_traffic_of_stadium(stadium: pd.DataFrame) -> pd.DataFrame:
    # "more than 100" where the statement says "at least 100".
    busy = stadium[(stadium["people"] > 100).fillna(False).astype(bool)].sort_values("id")
    run = busy["id"] - busy["id"].rank(method="dense")
    length = busy["id"].groupby(run).transform("nunique")
    return busy[length >= 3].sort_values("visit_date")
