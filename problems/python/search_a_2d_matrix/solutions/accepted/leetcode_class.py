class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # First the last row starting at or below target, then a search inside that row.
        firsts = [row[0] for row in matrix]
        r = bisect_right(firsts, target) - 1
        if r < 0:
            return False
        row = matrix[r]
        c = bisect_left(row, target)
        return c < len(row) and row[c] == target
