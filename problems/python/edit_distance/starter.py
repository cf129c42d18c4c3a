def min_distance(word1: str, word2: str) -> int:
    pass
