# Correct, but tries every way to put one queen in each row (n^n boards, 387 million for
# n = 9) and only then checks for attacks.
from itertools import product


def solve_n_queens(n):
    out = []
    for queens in product(range(n), repeat=n):
        if len(set(queens)) < n:
            continue
        if len({r - c for r, c in enumerate(queens)}) < n:
            continue
        if len({r + c for r, c in enumerate(queens)}) < n:
            continue
        out.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
    return out
