class TimeMap:
    # Keeps only the latest value of each key: a get about the past answers the present.

    def __init__(self):
        self.latest = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.latest[key] = (timestamp, value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.latest:
            return ""
        t, value = self.latest[key]
        return value if t <= timestamp else ""
