class KthLargest:
    # Sorts a copy of every value seen on each add: 10^4 sorts of up to 2 · 10^4 values.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = list(nums)

    def add(self, val: int) -> int:
        self.values.append(val)
        return sorted(self.values, reverse=True)[self.k - 1]
