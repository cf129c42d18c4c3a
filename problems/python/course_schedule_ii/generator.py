"""Hidden tests for find_order: random small schedules, and schedules of 2000 courses (the
largest): random prerequisites following one hidden order (a valid order exists) plus one pair
against it (a cycle), a chain through every course (a recursive search goes 2000 calls deep)
with and without the pair closing it, courses in 1000 layers of two where each needs both of
the layer before (2^1000 paths, fatal to a search that never remembers placed courses), no
prerequisites at all, and 300 courses where every course needs every course before it
(44,850 pairs, the most for 300 courses).

The expected answer is the reference's order, or [] for a cycle; checker.py accepts any valid
order. `python generator.py` cross-checks the reference (Kahn's algorithm) against the
transitive closure (a cycle is a course that requires itself) and checks every order with
checker.py, on random small schedules and on the JSON tests.
"""

import importlib.util
import json
import random
from collections import deque
from pathlib import Path

N_MAX = 2000
HERE = Path(__file__).parent


def reference(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        missing[a] += 1
    ready = deque(c for c in range(num_courses) if missing[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for a in after[c]:
            missing[a] -= 1
            if missing[a] == 0:
                ready.append(a)
    return order if len(order) == num_courses else []


def brute(num_courses, prerequisites):
    """Whether an order exists: no course requires itself in the transitive closure."""
    reach = [[False] * num_courses for _ in range(num_courses)]
    for a, b in prerequisites:
        reach[a][b] = True
    for k in range(num_courses):
        for i in range(num_courses):
            if reach[i][k]:
                for j in range(num_courses):
                    if reach[k][j]:
                        reach[i][j] = True
    return not any(reach[i][i] for i in range(num_courses))


def _case(num_courses, prerequisites):
    assert 1 <= num_courses <= N_MAX
    assert 0 <= len(prerequisites) <= num_courses * (num_courses - 1)
    assert all(0 <= a < num_courses and 0 <= b < num_courses and a != b for a, b in prerequisites)
    assert len({tuple(p) for p in prerequisites}) == len(prerequisites)
    return {"args": [num_courses, prerequisites], "expected": reference(num_courses, prerequisites)}


def ordered_pairs(rng, n, count):
    """`count` distinct pairs [a, b] where b comes before a in a random order of the courses."""
    order = list(range(n))
    rng.shuffle(order)
    pairs = set()
    while len(pairs) < count:
        i, j = sorted(rng.sample(range(n), 2))
        pairs.add((order[j], order[i]))
    return [list(p) for p in pairs], order


def layers(n):
    """Courses 2k and 2k+1 each need both 2k-2 and 2k-1."""
    return [[a, b] for k in range(1, n // 2) for a in (2 * k, 2 * k + 1) for b in (2 * k - 2, 2 * k - 1)]


def generate():
    rng = random.Random(20260210)
    cases = []
    for _ in range(4):
        n = rng.randint(2, 9)
        pairs = [[a, b] for a in range(n) for b in range(n) if a != b and rng.random() < 0.12]
        cases.append(_case(n, pairs))
    for _ in range(2):
        pairs, _order = ordered_pairs(rng, 10, 18)
        cases.append(_case(10, pairs))
    pairs, order = ordered_pairs(rng, N_MAX, 20_000)
    cases.append(_case(N_MAX, pairs))
    # One pair against the order, from the first course back to the last: a long cycle.
    cases.append(_case(N_MAX, [*pairs, [order[0], order[-1]]]))
    chain = [[c + 1, c] for c in range(N_MAX - 1)]
    rng.shuffle(chain)
    cases.append(_case(N_MAX, chain))
    cases.append(_case(N_MAX, [*chain, [0, N_MAX - 1]]))
    cases.append(_case(N_MAX, layers(N_MAX)))
    cases.append(_case(N_MAX, [*layers(N_MAX), [0, N_MAX - 1]]))
    cases.append(_case(N_MAX, []))
    dense = [[a, b] for a in range(300) for b in range(a)]
    rng.shuffle(dense)
    cases.append(_case(300, dense))
    return cases


def _checker():
    spec = importlib.util.spec_from_file_location("course_schedule_ii_checker", HERE / "checker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


def _self_check():
    check = _checker()
    rng = random.Random(43)
    for _ in range(2000):
        n = rng.randint(1, 7)
        pairs = [[a, b] for a in range(n) for b in range(n) if a != b and rng.random() < rng.choice([0.1, 0.25])]
        order = reference(n, pairs)
        assert bool(order) == brute(n, pairs), (n, pairs)
        assert check([n, pairs], order, order)[0]
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((HERE / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert check(case["args"], case["expected"], case["expected"])[0], case
        if case["args"][0] <= 300:
            assert bool(case["expected"]) == brute(*case["args"]), case
    print(f"ok: {len(generate())} generated tests, orders exist {[bool(c['expected']) for c in cases]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # a recursive search follows the chain n calls deep


def scaled(n, seed):
    """n courses under shuffled labels: a chain through all of them (a recursive search goes n
    deep) and n more prerequisites that follow the same order, so no cycle."""
    rng = random.Random(seed)
    n = max(n, 2)
    label = list(range(n))
    rng.shuffle(label)
    pairs = [[label[i], label[i - 1]] for i in range(1, n)]
    for _ in range(n):
        a, b = rng.sample(range(n), 2)
        pairs.append([label[max(a, b)], label[min(a, b)]])
    rng.shuffle(pairs)
    return [n, pairs]
