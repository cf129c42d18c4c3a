def solve_n_queens(n: int) -> List[List[str]]:
    """Every placement of n non-attacking queens, each as n strings of "Q" and "."."""
    pass
