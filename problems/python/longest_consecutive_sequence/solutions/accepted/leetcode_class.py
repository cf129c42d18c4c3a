class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Merge runs as values arrive: the two ends of every run know its length.
        run = {}
        best = 0
        for x in nums:
            if x in run:
                continue
            left = run.get(x - 1, 0)
            right = run.get(x + 1, 0)
            length = left + 1 + right
            run[x] = length
            run[x - left] = length
            run[x + right] = length
            best = max(best, length)
        return best
