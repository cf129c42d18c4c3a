# Treats +0 and -0 as one choice, so every zero should have doubled the count but does not.
def find_target_sum_ways(nums, target):
    ways = {0: 1}
    for x in nums:
        after = {}
        for s, k in ways.items():
            for v in {s + x, s - x}:
                after[v] = after.get(v, 0) + k
        ways = after
    return ways.get(target, 0)
