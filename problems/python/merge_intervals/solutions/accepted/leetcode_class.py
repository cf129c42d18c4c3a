class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Sweep over events: +1 where an interval starts, -1 just after it ends; starts come
        # before ends at the same point so touching intervals join.
        events = []
        for a, b in intervals:
            events.append((a, 0))
            events.append((b, 1))
        events.sort()
        out = []
        depth = 0
        for x, kind in events:
            if kind == 0:
                if depth == 0:
                    start = x
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    out.append([start, x])
        return out
