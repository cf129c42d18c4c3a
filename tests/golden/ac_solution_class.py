# expect: AC
class Solution:
    def sumAndSort(self, nums: List[int]) -> List[Any]:
        return [sum(nums), sorted(nums)]
