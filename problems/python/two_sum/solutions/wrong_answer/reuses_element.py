# Looks the complement up among all positions, including x's own: [3, 2, 4] with
# target 6 gives [0, 0].
def two_sum(nums, target):
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            return [i, index[target - x]]
    return []
