class TimeMap:
    # Per key, a list of [timestamp, value] pairs; a hand-written binary search for the last
    # pair whose timestamp is <= the time asked.

    def __init__(self):
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.store:
            self.store[key] = []
        self.store[key].append([timestamp, value])

    def get(self, key: str, timestamp: int) -> str:
        res = ""
        values = self.store.get(key, [])
        lo, hi = 0, len(values) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if values[mid][0] <= timestamp:
                res = values[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return res
