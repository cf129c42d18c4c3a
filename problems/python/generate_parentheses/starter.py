from typing import List


def generate_parenthesis(n: int) -> List[str]:
    """Every balanced string of n pairs of round brackets, each once, in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 generate_parentheses.py` prints your answers beside the expected ones;
    # `judge run generate_parentheses.py` judges them and the hidden tests.

    print(generate_parenthesis(3), "expected", ["((()))", "(()())", "(())()", "()(())", "()()()"])
    print(generate_parenthesis(1), "expected", ["()"])
