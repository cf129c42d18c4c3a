# O(n): bucket the values by how often they occur (a count is at most len(nums)).
def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    result = []
    for count in range(len(nums), 0, -1):
        result.extend(buckets[count])
        if len(result) >= k:
            return result[:k]
    return result
