import pandas as pd


def latest_address(address_changes: pd.DataFrame) -> pd.DataFrame:
    # Keeps the updates without a time, and sorts them first: a never-applied address wins.
    newest = address_changes.sort_values(
        ["updated_at", "change_id"], ascending=False, na_position="first"
    )
    return newest.groupby("customer_id").head(1)[["customer_id", "address"]]
