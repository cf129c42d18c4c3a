class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Patience sorting: tails[k] is the smallest possible last value of a pick of k + 1.
        tails = []
        for x in nums:
            k = bisect.bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
