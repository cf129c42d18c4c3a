class MinStack:
    # Keeps one running minimum: it is never raised again when the minimum is popped.

    def __init__(self):
        self.stack = []
        self.low = float("inf")

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.low = min(self.low, val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.low
