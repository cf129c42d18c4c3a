class TimeMap:
    # Starts the search's answer at None: asked before a key's first set, it answers null,
    # not the empty string.

    def __init__(self):
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.store:
            return ""
        res = None
        values = self.store[key]
        lo, hi = 0, len(values) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if values[mid][0] <= timestamp:
                res = values[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return res
