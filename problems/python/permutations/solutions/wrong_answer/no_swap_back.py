# Swaps a number into place but never swaps it back, so later branches start from a
# scrambled list: some orderings come out twice and others never.
def permute(nums):
    result = []

    def go(k):
        if k == len(nums):
            result.append(nums[:])
            return
        for i in range(k, len(nums)):
            nums[k], nums[i] = nums[i], nums[k]
            go(k + 1)

    go(0)
    return result
