class LRUCache:
    # A dict keeps insertion order: re-inserting a key on each use moves it to the end, and
    # the first key is the least recently used.

    def __init__(self, capacity):
        self.capacity = capacity
        self.cache = {}

    def get(self, key):
        if key not in self.cache:
            return -1
        value = self.cache.pop(key)
        self.cache[key] = value
        return value

    def put(self, key, value):
        self.cache.pop(key, None)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            del self.cache[next(iter(self.cache))]
