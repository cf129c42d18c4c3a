import pandas as pd


def running_balance(transactions: pd.DataFrame) -> pd.DataFrame:
    moved = transactions.assign(amount=transactions["amount"].fillna(0))
    daily = moved.groupby(["account_id", "tx_date"], dropna=False)["amount"].sum().reset_index()
    daily = daily.sort_values(["account_id", "tx_date"], na_position="last")
    daily["balance"] = daily.groupby("account_id", dropna=False)["amount"].cumsum()
    return daily[["account_id", "tx_date", "balance"]]
