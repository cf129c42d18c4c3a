def word_break(s: str, wordDict: List[str]) -> bool:
    pass
