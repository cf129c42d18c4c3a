def shout(word: str) -> str:
    pass
