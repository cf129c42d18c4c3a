import pandas as pd


def median_delivery_time(deliveries: pd.DataFrame) -> pd.DataFrame:
    minutes = deliveries["minutes"].astype("float64")  # missing minutes are NaN, skipped
    median = minutes.groupby(deliveries["region"], dropna=False).median()
    return pd.DataFrame({"region": median.index, "median_minutes": median.to_numpy()})
