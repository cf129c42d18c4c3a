import pandas as pd


def rolling_temperature(readings: pd.DataFrame) -> pd.DataFrame:
    rows = readings.reset_index(drop=True).reset_index()  # "index": which row of Readings
    pairs = rows.merge(rows, on="station_id", suffixes=("", "_other"))
    span = (pairs["reading_date_other"] <= pairs["reading_date"]) & (
        pairs["reading_date_other"] >= pairs["reading_date"] - pd.Timedelta(days=2)
    )
    average = pairs[span.fillna(False).astype(bool)].groupby("index")["temperature_other"].mean()
    return pd.DataFrame(
        {
            "station_id": rows["station_id"],
            "reading_date": rows["reading_date"],
            "avg_3d": rows["index"].map(average).round(2),
        }
    )
