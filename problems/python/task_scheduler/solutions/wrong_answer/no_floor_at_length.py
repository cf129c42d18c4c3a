from collections import Counter


# The frame formula alone: forgets that with many different letters there is no idle time
# and the answer is just the number of tasks.
def least_interval(tasks, n):
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (n + 1) + tied
