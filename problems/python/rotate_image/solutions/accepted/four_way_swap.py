def rotate(matrix):
    # Ring by ring from the outside, moving four cells at a time: left -> top -> right ->
    # bottom -> left.
    n = len(matrix)
    for layer in range(n // 2):
        last = n - 1 - layer
        for k in range(layer, last):
            off = k - layer
            top = matrix[layer][k]
            matrix[layer][k] = matrix[last - off][layer]
            matrix[last - off][layer] = matrix[last][last - off]
            matrix[last][last - off] = matrix[k][last]
            matrix[k][last] = top
