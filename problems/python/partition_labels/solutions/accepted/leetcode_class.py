class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Each letter spans [first, last]; merge overlapping spans like intervals.
        spans = {}
        for i, c in enumerate(s):
            if c in spans:
                spans[c][1] = i
            else:
                spans[c] = [i, i]
        sizes = []
        lo, hi = 0, -1
        for first, last in spans.values():  # in order of first occurrence
            if first > hi and hi >= 0:
                sizes.append(hi - lo + 1)
                lo = first
            hi = max(hi, last)
        sizes.append(hi - lo + 1)
        return sizes
