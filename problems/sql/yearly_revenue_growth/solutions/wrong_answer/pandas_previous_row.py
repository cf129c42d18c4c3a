import pandas as pd


def yearly_revenue_growth(orders: pd.DataFrame) -> pd.DataFrame:
    # Compares with the previous year that had orders: a gap year is skipped, not NULL.
    year = orders["order_date"].dt.year
    revenue = orders["amount"].groupby(year).sum().sort_index()
    before = revenue.shift(1)
    growth = (100.0 * (revenue - before) / before).round(2)
    return pd.DataFrame(
        {"year": revenue.index.astype(int), "revenue": revenue.to_numpy(), "growth_pct": growth.to_numpy()}
    )
