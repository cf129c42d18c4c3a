# Counts every distinct value with its own pass over the list: O(n · d).
def top_k_frequent(nums, k):
    counts = {}
    for value in set(nums):
        count = 0
        for x in nums:
            if x == value:
                count += 1
        counts[value] = count
    return sorted(counts, key=lambda v: -counts[v])[:k]
