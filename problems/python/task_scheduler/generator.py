"""Hidden tests for least_interval: random small lists, then 10^4 tasks: one letter with the
longest cooldown (about 10^6 units), all 26 letters in equal numbers, ties for the most
frequent letter, and cooldowns short enough that no unit is idle.

Simulating unit by unit while recounting the remaining list each time cannot finish on them.
`python generator.py` cross-checks the reference (the formula from the most frequent letters)
against an exhaustive search over schedules on tiny inputs, and against a greedy simulation
(run the available letter with the most left) on small ones.
"""

import json
import random
import string
from collections import Counter
from functools import lru_cache
from pathlib import Path

N_MAX = 10**4
COOL_MAX = 100


def reference(tasks, n):
    counts = Counter(tasks).values()
    top = max(counts)
    return max(len(tasks), (top - 1) * (n + 1) + sum(c == top for c in counts))


def brute(tasks, n):
    """Shortest schedule by search: state = tasks left per letter and each letter's wait."""
    letters = sorted(set(tasks))
    start = tuple(tasks.count(c) for c in letters)

    @lru_cache(maxsize=None)
    def finish(left, wait):
        if not any(left):
            return 0
        after = tuple(max(w - 1, 0) for w in wait)
        best = 1 + finish(left, after) if any(wait) else float("inf")  # idle while waiting
        for i, c in enumerate(left):
            if c and not wait[i]:
                nl = left[:i] + (c - 1,) + left[i + 1 :]
                nw = after[:i] + (n,) + after[i + 1 :]
                best = min(best, 1 + finish(nl, nw))
        return best

    return finish(start, (0,) * len(letters))


def greedy(tasks, n):
    left = Counter(tasks)
    ready = {c: 0 for c in left}  # the first unit at which each letter may run again
    time = 0
    while left:
        free = [c for c in left if ready[c] <= time]
        if free:
            c = max(free, key=lambda c: left[c])
            left[c] -= 1
            if not left[c]:
                del left[c]
            ready[c] = time + n + 1
        time += 1
    return time


def _case(name, tasks, n):
    assert 1 <= len(tasks) <= N_MAX and 0 <= n <= COOL_MAX
    assert all(t in string.ascii_uppercase and len(t) == 1 for t in tasks)
    return {"name": name, "args": [tasks, n], "expected": reference(tasks, n)}


def generate():
    rng = random.Random(20260418)
    cases = []
    for i in range(8):
        letters = string.ascii_uppercase[: rng.randint(1, 8)]
        tasks = [rng.choice(letters) for _ in range(rng.randint(1, 40))]
        cases.append(_case(f"small-{i + 1}", tasks, rng.randint(0, 6)))
    up = string.ascii_uppercase
    cases.append(_case("largest-one-letter", ["A"] * N_MAX, COOL_MAX))
    tasks = [up[i % 26] for i in range(N_MAX)]
    rng.shuffle(tasks)
    cases.append(_case("largest-all-letters", tasks, COOL_MAX))
    tasks = ["Q"] * 3000 + ["Z"] * 3000 + [rng.choice(up[:10]) for _ in range(N_MAX - 6000)]
    rng.shuffle(tasks)
    cases.append(_case("largest-two-top-letters", tasks, 50))
    tasks = [rng.choice(up) for _ in range(N_MAX)]
    cases.append(_case("largest-no-idle", tasks, 20))
    return cases


def _self_check():
    rng = random.Random(41)
    for _ in range(1500):
        letters = string.ascii_uppercase[: rng.randint(1, 3)]
        tasks = [rng.choice(letters) for _ in range(rng.randint(1, 7))]
        n = rng.randint(0, 4)
        assert reference(tasks, n) == brute(tasks, n) == greedy(tasks, n), (tasks, n)
    for _ in range(1500):
        letters = string.ascii_uppercase[: rng.randint(1, 26)]
        tasks = [rng.choice(letters) for _ in range(rng.randint(1, 200))]
        n = rng.randint(0, 30)
        assert reference(tasks, n) == greedy(tasks, n), (tasks, n)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        tasks, n = case["args"]
        if len(tasks) <= 40:
            assert greedy(tasks, n) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests {[c['expected'] for c in generate()]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n tasks, a third of them one letter, the rest spread over the alphabet, cooldown 50."""
    rng = random.Random(seed)
    tasks = ["Q"] * (n // 3) + [rng.choice(string.ascii_uppercase) for _ in range(n - n // 3)]
    rng.shuffle(tasks)
    return [tasks, 50]
