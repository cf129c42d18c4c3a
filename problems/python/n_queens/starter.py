from typing import List


def solve_n_queens(n: int) -> List[List[str]]:
    """Every placement of n non-attacking queens, each as n strings of "Q" and "."."""
    pass


if __name__ == "__main__":
    # The examples: `python3 n_queens.py` prints your answers beside the expected ones;
    # `judge run n_queens.py` judges them and the hidden tests.

    print(
        solve_n_queens(4),
        "expected",
        [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]],
    )
    print(solve_n_queens(1), "expected", [["Q"]])
    print(solve_n_queens(3), "expected", [])
