def solve_n_queens(n):
    # Free squares of a row as bits: columns and both diagonals shift as the rows go down.
    full = (1 << n) - 1
    out = []
    queens = []

    def place(cols, left, right):
        if cols == full:
            out.append(["".join("Q" if c == q else "." for c in range(n)) for q in queens])
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            queens.append(bit.bit_length() - 1)
            place(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1)
            queens.pop()

    place(0, 0, 0)
    return out
