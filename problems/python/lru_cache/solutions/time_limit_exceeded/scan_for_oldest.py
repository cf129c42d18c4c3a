class LRUCache:
    # Stamps each key with the time of its last use and, to evict, scans the whole cache for
    # the oldest stamp: O(capacity) per eviction, 10^8 steps for 4 · 10^4 evictions of 3000.

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.used = {}
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.used[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.used, key=self.used.get)
            del self.values[oldest]
            del self.used[oldest]
        self.values[key] = value
        self.used[key] = self.clock
