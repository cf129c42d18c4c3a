from collections import Counter


# Sorts the elements themselves by frequency, so a frequent value comes back k times.
def top_k_frequent(nums, k):
    counts = Counter(nums)
    return sorted(nums, key=lambda x: -counts[x])[:k]
