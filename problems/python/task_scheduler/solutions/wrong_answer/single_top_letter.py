from collections import Counter


# Assumes only one letter is the most frequent: the last block holds just that letter.
def least_interval(tasks, n):
    top = max(Counter(tasks).values())
    return max(len(tasks), (top - 1) * (n + 1) + 1)
