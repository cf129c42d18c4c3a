import pandas as pd


def price_changes(price_log: pd.DataFrame) -> pd.DataFrame:
    known = price_log.dropna(subset=["price"]).sort_values(["product_id", "log_date"])
    known = known.assign(old_price=known.groupby("product_id", dropna=False)["price"].shift(1))
    changed = known[known["old_price"].notna() & (known["price"] != known["old_price"])]
    return changed.rename(columns={"price": "new_price"})[
        ["product_id", "log_date", "old_price", "new_price"]
    ]
