# Remembers that 2 x 2 and 3 x 3 boards have no placement and says the same of 1 x 1.
def solve_n_queens(n):
    if n < 4:
        return []
    out = []

    def place(queens):
        r = len(queens)
        if r == n:
            out.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if all(c != q and abs(c - q) != r - i for i, q in enumerate(queens)):
                place(queens + [c])

    place([])
    return out
