def rotate(matrix):
    # Builds the rotated rows, then writes them into the caller's list with a slice.
    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
