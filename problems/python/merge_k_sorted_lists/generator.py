"""Hidden tests for merge_k_lists: random small sets of lists (some empty, repeated values),
then 10^4 nodes in all: 10^4 lists of one node, 20 lists of 500, lists of very different
lengths, and 10^4 empty lists.

Scanning every head for the smallest at each step costs k · N = 10^8 with k = N = 10^4, and
merging the lists into the result one after another walks the whole result for each of 10^4
single nodes given in rising order: neither can finish.
`python generator.py` cross-checks the reference (a heap of heads) against sorting all values.
"""

import heapq
import json
import random
from pathlib import Path

K_MAX = 10**4
LEN_MAX = 500
TOTAL_MAX = 10**4
V_MAX = 10**4


def reference(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heapq.heappop(heap)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out


def brute(lists):
    return sorted(v for lst in lists for v in lst)


def _case(name, lists):
    assert len(lists) <= K_MAX and sum(map(len, lists)) <= TOTAL_MAX
    for lst in lists:
        assert len(lst) <= LEN_MAX and lst == sorted(lst)
        assert all(-V_MAX <= v <= V_MAX for v in lst)
    return {"name": name, "args": [lists], "expected": reference(lists)}


def _sorted_list(rng, n, low=-V_MAX, high=V_MAX):
    return sorted(rng.randint(low, high) for _ in range(n))


def generate():
    rng = random.Random(20260425)
    cases = []
    for i in range(8):
        k = rng.randint(1, 8)
        spread = rng.choice([3, 50, V_MAX])
        lists = [_sorted_list(rng, rng.randint(0, 8), -spread, spread) for _ in range(k)]
        cases.append(_case(f"small-{i + 1}", lists))
    singles = [[rng.randint(-V_MAX, V_MAX)] for _ in range(K_MAX)]
    cases.append(_case("largest-k-single-nodes", singles))
    # The same nodes in rising order: each new node belongs at the end of all merged so far.
    cases.append(_case("largest-k-single-nodes-rising", sorted(singles)))
    cases.append(_case("largest-20-full-lists", [_sorted_list(rng, LEN_MAX) for _ in range(20)]))
    # Lengths from 0 to 500, adding up to 10^4: a few long lists among many short ones.
    lists, left = [], TOTAL_MAX
    while left:
        n = min(left, rng.choice([0, 1, 2, 5, LEN_MAX]))
        lists.append(_sorted_list(rng, n))
        left -= n
    rng.shuffle(lists)
    cases.append(_case("largest-mixed-lengths", lists))
    # 5000 lists of two nodes holding only three values: many ties between heads.
    cases.append(_case("largest-ties", [_sorted_list(rng, 2, -1, 1) for _ in range(5000)]))
    cases.append(_case("largest-all-empty", [[] for _ in range(K_MAX)]))
    # Lists that do not interleave: each lies wholly above the one before it.
    step = 2 * V_MAX // 20
    blocks = [
        _sorted_list(rng, LEN_MAX, -V_MAX + b * step, -V_MAX + (b + 1) * step - 1)
        for b in range(20)
    ]
    cases.append(_case("largest-stacked-blocks", blocks[::-1]))
    return cases


def _self_check():
    rng = random.Random(47)
    for _ in range(3000):
        lists = [_sorted_list(rng, rng.randint(0, 6), -5, 5) for _ in range(rng.randint(0, 6))]
        assert reference(lists) == brute(lists), lists
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n lists of one node each, given in rising order: scanning every head per step and
    merging the lists one after another are both quadratic."""
    rng = random.Random(seed)
    return [[[v] for v in sorted(rng.randint(-V_MAX, V_MAX) for _ in range(n))]]
