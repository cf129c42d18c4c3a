class MinStack:
    # Each entry carries the minimum of the stack up to and including it.

    def __init__(self):
        self.stack: List[Tuple[int, int]] = []

    def push(self, val: int) -> None:
        low = min(val, self.stack[-1][1]) if self.stack else val
        self.stack.append((val, low))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
