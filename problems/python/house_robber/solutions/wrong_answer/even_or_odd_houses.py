# Takes every other house, starting from the first or the second: never skips two in a row.
def rob(nums):
    return max(sum(nums[0::2]), sum(nums[1::2]))
