class LRUCache:
    def __init__(self, capacity: int):
        pass

    def get(self, key: int) -> int:
        pass

    def put(self, key: int, value: int) -> None:
        pass


if __name__ == "__main__":
    # The examples: `python3 lru_cache.py` prints your answers beside the expected ones;
    # `judge run lru_cache.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["LRUCache", "put", "put", "get", "put", "get", "put", "put", "get", "get", "get"],
            [[2], [5, 50], [7, 70], [5], [9, 90], [7], [5, 55], [11, 110], [9], [5], [11]],
            [None, None, None, 50, None, -1, None, None, -1, 55, 110],
        ),
        (
            ["LRUCache", "get", "put", "get", "put", "get", "get"],
            [[1], [3], [3, 1], [3], [4, 0], [3], [4]],
            [None, -1, None, 1, None, -1, 0],
        ),
    ]:
        obj = LRUCache(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
