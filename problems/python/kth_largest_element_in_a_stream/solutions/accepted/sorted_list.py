import bisect


class KthLargest:
    # Keeps every value in a sorted list: insort is a binary search and one memmove.

    def __init__(self, k, nums):
        self.k = k
        self.values = sorted(nums)

    def add(self, val):
        bisect.insort(self.values, val)
        return self.values[-self.k]
