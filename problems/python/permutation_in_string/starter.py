def check_inclusion(s1: str, s2: str) -> bool:
    pass
