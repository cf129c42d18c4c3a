import pandas as pd


def first_last_order(orders: pd.DataFrame) -> pd.DataFrame:
    # groupby().first() and .last() skip missing values: an unpriced first order is passed over.
    ordered = orders.sort_values(["order_date", "order_id"])
    amounts = ordered.groupby("customer_id")["amount"]
    out = pd.DataFrame({"first_amount": amounts.first(), "last_amount": amounts.last()})
    return out.reset_index()
