import pandas as pd


def product_price_at_a_given_date(products: pd.DataFrame) -> pd.DataFrame:
    by_then = products[(products["change_date"] <= pd.Timestamp("2019-08-16")).fillna(False)]
    latest = by_then.dropna(subset=["product_id"]).sort_values("change_date")
    latest = latest.groupby("product_id").tail(1)[["product_id", "new_price"]]
    everyone = products[["product_id"]].drop_duplicates()
    priced = everyone.merge(latest, on="product_id", how="left")
    return pd.DataFrame(
        {"product_id": priced["product_id"], "price": priced["new_price"].fillna(10)}
    )
