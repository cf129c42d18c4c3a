class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Smallest intervals first: each one answers every query in it not answered yet.
        # Sorted distinct queries with a "next unanswered" pointer array (union-find style).
        values = sorted(set(queries))
        m = len(values)
        nxt = list(range(m + 1))

        def find(k):
            while nxt[k] != k:
                nxt[k] = nxt[nxt[k]]
                k = nxt[k]
            return k

        best = {}
        for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            k = find(bisect_left(values, left))
            while k < m and values[k] <= right:
                best[values[k]] = right - left + 1
                nxt[k] = k + 1
                k = find(k + 1)
        return [best.get(q, -1) for q in queries]
