class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # The first speed in [low, max] that fits, with bisect over the range and a key.
        # No speed below total / h can fit: start there.
        low = max(1, -(-sum(piles) // h))
        speeds = range(low, max(piles) + 1)

        def fits(k: int) -> bool:
            return sum(-(-p // k) for p in piles) <= h

        return low + bisect_left(speeds, True, key=fits)
