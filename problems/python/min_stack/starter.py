class MinStack:
    def __init__(self):
        pass

    def push(self, val: int) -> None:
        pass

    def pop(self) -> None:
        pass

    def top(self) -> int:
        pass

    def getMin(self) -> int:
        pass


if __name__ == "__main__":
    # The examples: `python3 min_stack.py` prints your answers beside the expected ones;
    # `judge run min_stack.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"],
            [[], [-2], [0], [-3], [], [], [], []],
            [None, None, None, None, -3, None, 0, -2],
        ),
        (
            ["MinStack", "push", "push", "getMin", "pop", "getMin"],
            [[], [5], [5], [], [], []],
            [None, None, None, 5, None, 5],
        ),
    ]:
        obj = MinStack(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
