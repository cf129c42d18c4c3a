# Extends each piece only to the last occurrence of its first letter.
def partition_labels(s):
    sizes = []
    start = 0
    while start < len(s):
        end = s.rindex(s[start])
        sizes.append(end - start + 1)
        start = end + 1
    return sizes
