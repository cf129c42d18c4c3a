# Chooses m of the moves to go down instead of m - 1.
from math import comb


def unique_paths(m, n):
    return comb(m + n - 2, m)
