from typing import List


def eval_rpn(tokens: List[str]) -> int:
    """The value of the postfix expression `tokens`; division rounds toward zero."""
    pass


if __name__ == "__main__":
    # The examples: `python3 evaluate_reverse_polish_notation.py` prints your answers beside the expected ones;
    # `judge run evaluate_reverse_polish_notation.py` judges them and the hidden tests.

    print(eval_rpn(["3", "4", "+", "2", "*"]), "expected", 14)
    print(eval_rpn(["15", "7", "1", "1", "+", "-", "/", "3", "*"]), "expected", 9)
    print(eval_rpn(["-7", "2", "/"]), "expected", -3)
