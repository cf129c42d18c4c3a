from typing import List


def letter_combinations(digits: str) -> List[str]:
    """Every string the keypad digits could spell, in any order; [] for no digits."""
    pass


if __name__ == "__main__":
    # The examples: `python3 letter_combinations_of_a_phone_number.py` prints your answers beside the expected ones;
    # `judge run letter_combinations_of_a_phone_number.py` judges them and the hidden tests.

    print(
        letter_combinations("47"),
        "expected",
        ["gp", "gq", "gr", "gs", "hp", "hq", "hr", "hs", "ip", "iq", "ir", "is"],
    )
    print(letter_combinations("3"), "expected", ["d", "e", "f"])
    print(letter_combinations(""), "expected", [])
