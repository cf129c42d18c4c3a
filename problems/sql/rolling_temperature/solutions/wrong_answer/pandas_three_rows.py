import pandas as pd


def rolling_temperature(readings: pd.DataFrame) -> pd.DataFrame:
    # The last three rows, not the last three calendar days: a missing day reaches further back.
    rows = readings.sort_values(["station_id", "reading_date"])
    average = rows.groupby("station_id")["temperature"].transform(
        lambda t: t.rolling(3, min_periods=1).mean()
    )
    return pd.DataFrame(
        {"station_id": rows["station_id"], "reading_date": rows["reading_date"], "avg_3d": average.round(2)}
    )
