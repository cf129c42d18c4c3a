# expect: AC
class Solution:
    def sumAndSort(self, nums):
        return [0, nums]


class Solution:  # the last definition wins, as when pasting a fixed version below
    def sumAndSort(self, nums):
        return [sum(nums), sorted(nums)]
