# The bucket scan starts one too low, so a value filling the whole list is never found.
def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    result = []
    for count in range(len(nums) - 1, 0, -1):
        result.extend(buckets[count])
        if len(result) >= k:
            return result[:k]
    return result
