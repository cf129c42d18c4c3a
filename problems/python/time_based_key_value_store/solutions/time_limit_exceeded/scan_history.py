class TimeMap:
    # Walks a key's history back from the latest set: O(n) per get, 10^10 steps when one
    # key has 10^5 values and is asked about its past 10^5 times.

    def __init__(self):
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, value in reversed(self.store.get(key, [])):
            if t <= timestamp:
                return value
        return ""
