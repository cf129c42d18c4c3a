import pandas as pd


def price_changes(price_log: pd.DataFrame) -> pd.DataFrame:
    # Shifts over the unreadable prices too: the price after a NULL is never seen as a change.
    rows = price_log.sort_values(["product_id", "log_date"])
    rows = rows.assign(old_price=rows.groupby("product_id")["price"].shift(1))
    changed = rows[rows["old_price"].notna() & rows["price"].notna() & (rows["price"] != rows["old_price"])]
    return changed.rename(columns={"price": "new_price"})[["product_id", "log_date", "old_price", "new_price"]]
