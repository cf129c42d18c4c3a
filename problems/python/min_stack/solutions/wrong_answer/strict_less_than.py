class MinStack:
    # Pushes onto the minima only a strictly smaller value: after push 0, push 0, pop, the
    # minima stack is empty while a 0 is still on the stack (and then pop skips the stack).

    def __init__(self):
        self.stack = []
        self.mins = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.mins and self.stack.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.mins[-1] if self.mins else self.stack[-1]
