import pandas as pd


def yearly_revenue_growth(orders: pd.DataFrame) -> pd.DataFrame:
    year = orders["order_date"].dt.year
    revenue = orders["amount"].groupby(year, dropna=False).sum(min_count=1)
    rows = []
    for when, total in sorted(revenue.items(), key=lambda kv: (pd.isna(kv[0]), kv[0])):
        before = revenue.get(when - 1) if not pd.isna(when) else None
        growth = None
        if not pd.isna(total) and before is not None and not pd.isna(before) and before != 0:
            growth = round(100.0 * (total - before) / before, 2)
        rows.append(
            (None if pd.isna(when) else int(when), None if pd.isna(total) else int(total), growth)
        )
    return pd.DataFrame(rows, columns=["year", "revenue", "growth_pct"])
