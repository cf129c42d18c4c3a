from typing import Optional


class MinStack:
    # Stores each value as its difference from the minimum below it; a negative difference
    # marks a new minimum, from which the previous one is recovered on pop.

    def __init__(self):
        self.diffs = []
        self.low: Optional[int] = None

    def push(self, val: int) -> None:
        if self.low is None:
            self.diffs.append(0)
            self.low = val
        else:
            self.diffs.append(val - self.low)
            if val < self.low:
                self.low = val

    def pop(self) -> None:
        d = self.diffs.pop()
        if not self.diffs:
            self.low = None
        elif d < 0:
            self.low -= d

    def top(self) -> int:
        d = self.diffs[-1]
        return self.low if d < 0 else self.low + d

    def getMin(self) -> int:
        return self.low
