import pandas as pd


def rank_scores(scores: pd.DataFrame) -> pd.DataFrame:
    ordered = scores.sort_values("score", ascending=False, na_position="last")
    rank = ordered["score"].rank(method="dense", ascending=False)
    ungraded = rank.max() + 1 if rank.notna().any() else 1  # NULLs share the rank after
    return pd.DataFrame(
        {"score": ordered["score"], "rank": rank.fillna(ungraded).astype("int64")}
    )
