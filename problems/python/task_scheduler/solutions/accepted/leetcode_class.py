class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # The most frequent letters fix a frame of (top - 1) blocks of n + 1 units plus a
        # last block; other tasks fill the gaps, or there are no gaps at all.
        counts = Counter(tasks)
        top = max(counts.values())
        tied = sum(1 for c in counts.values() if c == top)
        return max(len(tasks), (top - 1) * (n + 1) + tied)
