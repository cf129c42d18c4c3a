import pandas as pd


def running_balance(transactions: pd.DataFrame) -> pd.DataFrame:
    # Drops voided entries: a day with only a voided entry loses its row.
    moved = transactions.dropna(subset=["amount"])
    daily = moved.groupby(["account_id", "tx_date"])["amount"].sum().reset_index()
    daily = daily.sort_values(["account_id", "tx_date"])
    daily["balance"] = daily.groupby("account_id")["amount"].cumsum()
    return daily[["account_id", "tx_date", "balance"]]
