"""Hidden tests for lru_cache: small random sequences over few keys (hits, misses, updates,
evictions, the value 0), and capacity 3000 with 3 · 10^4 mixed calls and 4 · 10^4 puts that
each evict, where finding the least recently used key by scanning the cache is too slow.
The tests stop at 4 · 10^4 calls (LeetCode allows 2 · 10^5): that already tells O(1) from
O(capacity) per call, and keeps the tests small.

`python generator.py` cross-checks the reference (an OrderedDict) against a list of keys in
order of use, on random sequences and on every test.
"""

import json
import random
from collections import OrderedDict
from pathlib import Path

CAP_MAX = 3000
KEY_MAX = 10**4
VALUE_MAX = 10**5
CALLS_MAX = 2 * 10**5


def reference(ops, params):
    cache, capacity, out = OrderedDict(), params[0][0], [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        key = args[0]
        if op == "get":
            if key in cache:
                cache.move_to_end(key)
            out.append(cache.get(key, -1))
        else:
            cache[key] = args[1]
            cache.move_to_end(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
            out.append(None)
    return out


def brute(ops, params):
    order, values, capacity, out = [], {}, params[0][0], [None]  # order: least recent first
    for op, args in zip(ops[1:], params[1:], strict=True):
        key = args[0]
        if key in values:
            order.remove(key)
            order.append(key)
        if op == "get":
            out.append(values.get(key, -1))
            continue
        if key not in values:
            if len(order) == capacity:
                del values[order.pop(0)]
            order.append(key)
        values[key] = args[1]
        out.append(None)
    return out


def _case(capacity, calls):
    """calls: [(key,) for get or (key, value) for put] after the constructor."""
    assert 1 <= capacity <= CAP_MAX and 1 <= len(calls) <= CALLS_MAX
    for call in calls:
        assert len(call) in (1, 2) and 0 <= call[0] <= KEY_MAX
        assert len(call) == 1 or 0 <= call[1] <= VALUE_MAX
    ops = ["LRUCache"] + ["get" if len(c) == 1 else "put" for c in calls]
    params = [[capacity]] + [list(c) for c in calls]
    return {"args": [ops, params], "expected": reference(ops, params)}


def _random_calls(rng, n, keys, values, p_get=0.5):
    calls = []
    for _ in range(n):
        key = rng.randint(0, keys)
        calls.append((key,) if rng.random() < p_get else (key, rng.randint(0, values)))
    return calls


def generate():
    rng = random.Random(20260319)
    cases = []
    for capacity in (1, 1, 2, 2, 3, 4):
        cases.append(_case(capacity, _random_calls(rng, rng.randint(5, 40), 6, 3)))
    cases.append(_case(50, _random_calls(rng, 3000, 120, VALUE_MAX)))
    # Capacity 3000: fill, then mixed calls that mostly hit recently used keys.
    calls = [(k, rng.randint(0, VALUE_MAX)) for k in rng.sample(range(KEY_MAX + 1), CAP_MAX)]
    recent = [k for k, _ in calls]
    for _ in range(3 * 10**4 - CAP_MAX):
        if rng.random() < 0.5:
            hit = rng.random() < 0.8
            calls.append((rng.choice(recent[-CAP_MAX:]) if hit else rng.randint(0, KEY_MAX),))
        else:
            key = rng.randint(0, KEY_MAX)
            calls.append((key, rng.choice([0, VALUE_MAX, rng.randint(0, VALUE_MAX)])))
            recent.append(key)
    cases.append(_case(CAP_MAX, calls))
    # 4 · 10^4 puts over the keys in turn: after the first 3000, every put evicts.
    evicting = [(i % (KEY_MAX + 1), i % (VALUE_MAX + 1)) for i in range(4 * 10**4)]
    cases.append(_case(CAP_MAX, evicting))
    # Capacity 3000 with every key at the top of its range, and a cache of one.
    cases.append(_case(CAP_MAX, [(KEY_MAX, VALUE_MAX), (KEY_MAX,), (0, 0), (0,), (KEY_MAX,)]))
    cases.append(_case(1, _random_calls(rng, 500, KEY_MAX, VALUE_MAX)))
    return cases


def _self_check():
    rng = random.Random(10)
    for _ in range(2000):
        case = _case(rng.randint(1, 4), _random_calls(rng, rng.randint(1, 40), 5, 2))
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            ops, params = case["args"]
            assert brute(ops, params) == case["expected"], case
            assert _case(params[0][0], [tuple(p) for p in params[1:]])["args"] == case["args"]
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, calls {[len(c['args'][0]) - 1 for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n calls: capacity n / 4 (at most 3000), puts and gets over twice as many keys, so about
    half the gets hit and most puts evict (scanning for the oldest key costs the capacity)."""
    rng = random.Random(seed)
    capacity = max(1, min(n // 4, CAP_MAX))
    keys = min(2 * capacity, KEY_MAX)
    ops, params = ["LRUCache"], [[capacity]]
    for _ in range(max(n - 1, 1)):
        if rng.random() < 0.5:
            ops.append("put")
            params.append([rng.randint(0, keys), rng.randint(0, VALUE_MAX)])
        else:
            ops.append("get")
            params.append([rng.randint(0, keys)])
    return [ops, params]
