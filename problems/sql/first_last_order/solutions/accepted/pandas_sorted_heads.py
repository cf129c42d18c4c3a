import pandas as pd


def first_last_order(orders: pd.DataFrame) -> pd.DataFrame:
    keys = ["order_date", "order_id"]
    first = orders.sort_values(keys, na_position="last").groupby("customer_id", dropna=False).head(1)
    last = (
        orders.sort_values(keys, ascending=False, na_position="last")
        .groupby("customer_id", dropna=False)
        .head(1)
    )
    out = first[["customer_id", "amount"]].merge(
        last[["customer_id", "amount"]], on="customer_id", suffixes=("_first", "_last")
    )
    return pd.DataFrame(
        {
            "customer_id": out["customer_id"],
            "first_amount": out["amount_first"],
            "last_amount": out["amount_last"],
        }
    )
