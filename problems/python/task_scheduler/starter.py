from typing import List


def least_interval(tasks: List[str], n: int) -> int:
    """The fewest time units (idle ones included) that run every task with the cooldown n."""
    pass


if __name__ == "__main__":
    # The examples: `python3 task_scheduler.py` prints your answers beside the expected ones;
    # `judge run task_scheduler.py` judges them and the hidden tests.

    print(least_interval(["B", "B", "B", "C", "C"], 2), "expected", 7)
    print(least_interval(["B", "B", "C", "C"], 0), "expected", 4)
    print(least_interval(["A", "A", "B", "C", "D"], 1), "expected", 5)
