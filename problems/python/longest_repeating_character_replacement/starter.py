def character_replacement(s: str, k: int) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_repeating_character_replacement.py` prints your answers beside the expected ones;
    # `judge run longest_repeating_character_replacement.py` judges them and the hidden tests.

    print(character_replacement("XYYXYY", 1), "expected", 5)
    print(character_replacement("ABCABB", 1), "expected", 3)
    print(character_replacement("QRQRRQ", 0), "expected", 2)
