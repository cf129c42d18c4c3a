import pandas as pd


def spend_quartiles(customers: pd.DataFrame) -> pd.DataFrame:
    billed = customers.dropna(subset=["total_spend"]).sort_values(
        ["total_spend", "customer_id"], ascending=[False, True]
    )
    count = len(billed)
    quartiles = []
    for quartile in range(1, 5):  # the first count % 4 quartiles take one customer more
        quartiles += [quartile] * (count // 4 + (1 if quartile <= count % 4 else 0))
    return billed.assign(quartile=quartiles)[["customer_id", "total_spend", "quartile"]]
