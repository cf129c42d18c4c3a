class TimeMap:
    def __init__(self):
        pass

    def set(self, key: str, value: str, timestamp: int) -> None:
        pass

    def get(self, key: str, timestamp: int) -> str:
        pass


if __name__ == "__main__":
    # The examples: `python3 time_based_key_value_store.py` prints your answers beside the expected ones;
    # `judge run time_based_key_value_store.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["TimeMap", "set", "get", "get", "set", "get", "get"],
            [
                [],
                ["foo", "bar", 1],
                ["foo", 1],
                ["foo", 3],
                ["foo", "bar2", 4],
                ["foo", 4],
                ["foo", 5],
            ],
            [None, None, "bar", "bar", None, "bar2", "bar2"],
        ),
        (
            ["TimeMap", "set", "get", "get"],
            [[], ["love", "high", 10], ["love", 5], ["hate", 10]],
            [None, None, "", ""],
        ),
    ]:
        obj = TimeMap(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
