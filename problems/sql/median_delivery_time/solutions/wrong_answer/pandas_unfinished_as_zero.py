import pandas as pd


def median_delivery_time(deliveries: pd.DataFrame) -> pd.DataFrame:
    # Deliveries still on the way count as 0 minutes.
    minutes = deliveries["minutes"].astype("float64").fillna(0)
    median = minutes.groupby(deliveries["region"], dropna=False).median()
    return pd.DataFrame({"region": median.index, "median_minutes": median.to_numpy()})
