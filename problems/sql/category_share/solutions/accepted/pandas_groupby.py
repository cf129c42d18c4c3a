import pandas as pd


def category_share(sales: pd.DataFrame) -> pd.DataFrame:
    # dropna=False keeps the sales without a category as a group; a sum of refunds is 0.
    out = sales.groupby("category", dropna=False)["amount"].sum().reset_index()
    out = out.rename(columns={"amount": "revenue"})
    total = out["revenue"].sum()
    if total == 0:
        out["pct"] = None
    else:
        out["pct"] = (100.0 * out["revenue"].astype("float64") / float(total)).round(2)
    return out[["category", "revenue", "pct"]]
