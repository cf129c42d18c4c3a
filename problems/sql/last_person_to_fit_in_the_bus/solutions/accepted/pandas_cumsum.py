import pandas as pd


def last_person_to_fit_in_the_bus(queue: pd.DataFrame) -> pd.DataFrame:
    line = queue.sort_values("turn")
    total = line["weight"].fillna(0).cumsum()
    weighed = line["weight"].notna().cumsum() > 0  # a sum over no weights at all is NULL
    boarded = line[(total <= 1000) & weighed]
    return boarded.tail(1)[["person_name"]]
