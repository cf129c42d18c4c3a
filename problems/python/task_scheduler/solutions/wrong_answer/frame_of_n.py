from collections import Counter


# Makes each block n units long instead of n + 1 (the task itself plus n units of cooldown).
def least_interval(tasks, n):
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return max(len(tasks), (top - 1) * n + tied)
