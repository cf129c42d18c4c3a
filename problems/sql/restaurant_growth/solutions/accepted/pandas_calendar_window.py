import pandas as pd


def restaurant_growth(customer: pd.DataFrame) -> pd.DataFrame:
    days = pd.Series(customer["visited_on"].dropna().unique()).sort_values()
    if days.empty:
        return pd.DataFrame({"visited_on": [], "amount": [], "average_amount": []})
    start = days.min() + pd.Timedelta(days=6)
    rows = []
    for day in days[days >= start]:
        seen = customer["visited_on"].between(day - pd.Timedelta(days=6), day)
        paid = customer.loc[seen.fillna(False).astype(bool), "amount"]
        total = int(paid.sum()) if paid.notna().any() else None  # only meals on the house: NULL
        rows.append((day, total, None if total is None else round(total / 7, 2)))
    return pd.DataFrame(rows, columns=["visited_on", "amount", "average_amount"])
