# Cuts as soon as the current letter is at its last occurrence, forgetting that earlier
# letters of the piece may occur later ("abac" -> [1, 1, ...]).
def partition_labels(s):
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = 0
    for i, c in enumerate(s):
        if last[c] == i:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
