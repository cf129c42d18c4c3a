def is_anagram(s: str, t: str) -> bool:
    pass
