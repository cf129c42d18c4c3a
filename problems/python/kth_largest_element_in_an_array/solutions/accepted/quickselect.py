import random


def findKthLargest(nums, k):
    # Quickselect with a random pivot and a three-way split, so repeats cost nothing.
    while True:
        pivot = random.choice(nums)
        big = [x for x in nums if x > pivot]
        if k <= len(big):
            nums = big
            continue
        equal = nums.count(pivot)
        if k <= len(big) + equal:
            return pivot
        k -= len(big) + equal
        nums = [x for x in nums if x < pivot]
