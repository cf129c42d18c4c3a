import pandas as pd


def latest_address(address_changes: pd.DataFrame) -> pd.DataFrame:
    applied = address_changes.dropna(subset=["updated_at"])
    newest = applied.sort_values(["updated_at", "change_id"], ascending=False, na_position="last")
    return newest.groupby("customer_id", dropna=False).head(1)[["customer_id", "address"]]
