class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # A mutable board; each new queen is checked against every queen above it.
        board = [["."] * n for _ in range(n)]
        result = []

        def safe(r: int, c: int) -> bool:
            for i in range(r):
                j = board[i].index("Q")
                if j == c or abs(j - c) == r - i:
                    return False
            return True

        def backtrack(r: int) -> None:
            if r == n:
                result.append(["".join(row) for row in board])
                return
            for c in range(n):
                if safe(r, c):
                    board[r][c] = "Q"
                    backtrack(r + 1)
                    board[r][c] = "."

        backtrack(0)
        return result
