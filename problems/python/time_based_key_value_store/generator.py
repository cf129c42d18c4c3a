"""Hidden tests for time_based_key_value_store: random sequences over a few keys, small and of
10^5 calls, and one key with a history of 10^5 values asked 10^5 times about its past (2 · 10^5
calls, the top of the constraints), where scanning the history per get is too slow.

Set timestamps strictly increase across the whole sequence; get timestamps are anywhere in
1..10^7. `python generator.py` cross-checks the reference against a scan of every set.
"""

import json
import random
import string
from bisect import bisect_right
from pathlib import Path

CALLS_MAX = 2 * 10**5
T_MAX = 10**7
ALPHABET = string.ascii_lowercase + string.digits


def reference(ops, params):
    times, values, out = {}, {}, [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "set":
            key, value, t = args
            times.setdefault(key, []).append(t)
            values.setdefault(key, []).append(value)
            out.append(None)
        else:
            key, t = args
            i = bisect_right(times.get(key, []), t)
            out.append(values[key][i - 1] if i else "")
    return out


def brute(ops, params):
    sets, out = [], [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "set":
            sets.append(args)
            out.append(None)
        else:
            key, t = args
            best = max(((s[2], s[1]) for s in sets if s[0] == key and s[2] <= t), default=None)
            out.append(best[1] if best else "")
    return out


def _word(rng, low, high):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high)))


def _case(calls):
    assert len(calls) <= CALLS_MAX
    last = 0
    for op, args in calls:
        assert all(1 <= len(s) <= 100 and set(s) <= set(ALPHABET) for s in args[: 2 if op == "set" else 1])
        assert 1 <= args[-1] <= T_MAX
        if op == "set":
            assert args[-1] > last
            last = args[-1]
    ops = ["TimeMap"] + [op for op, _ in calls]
    params = [[]] + [list(args) for _, args in calls]
    return {"args": [ops, params], "expected": reference(ops, params)}


def _random_calls(rng, n, keys, t_step, value_len=(1, 6)):
    calls, t = [], 0
    for _ in range(n):
        key = rng.choice(keys)
        if rng.random() < 0.5 and t + t_step <= T_MAX:
            t += rng.randint(1, t_step)
            calls.append(("set", [key, _word(rng, *value_len), t]))
        else:
            # Around the present, exactly a set's time, or anywhere.
            when = rng.choice([t, t + 1, max(t - rng.randint(0, 5 * t_step), 1)])
            calls.append(("get", [key, min(max(when, 1), T_MAX)]))
    return calls


def generate():
    rng = random.Random(20260312)
    cases = []
    for _ in range(10):
        keys = [_word(rng, 1, 3) for _ in range(rng.randint(1, 4))]
        cases.append(_case(_random_calls(rng, rng.randint(1, 40), keys, 3)))
    # Keys and values of 100 characters.
    keys = [_word(rng, 100, 100) for _ in range(5)]
    cases.append(_case(_random_calls(rng, 2000, keys, 50, value_len=(90, 100))))
    # One key set 10^5 times, then 10^5 gets anywhere in its history: scanning is 10^10 steps.
    half = CALLS_MAX // 2
    sets = [("set", ["k", _word(rng, 1, 4), 100 * (i + 1)]) for i in range(half)]
    gets = [("get", ["k", rng.randint(1, T_MAX)]) for _ in range(half)]
    cases.append(_case(sets + gets))
    # Set and get interleaved at random over 1000 keys, over the whole range of time.
    keys = [_word(rng, 1, 8) for _ in range(1000)]
    cases.append(_case(_random_calls(rng, half, keys, T_MAX // half)))
    # Two keys with long histories.
    cases.append(_case(_random_calls(rng, half, ["a", "b"], T_MAX // half)))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(2000):
        keys = [_word(rng, 1, 2) for _ in range(rng.randint(1, 3))]
        case = _case(_random_calls(rng, rng.randint(1, 50), keys, 4))
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
            _case(list(zip(case["args"][0][1:], case["args"][1][1:], strict=True)))
    cases = generate()
    for case in cases[:11]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, calls {[len(c['args'][0]) - 1 for c in cases]}")



def scaled(n, seed):
    """n calls (the constructor first): one key set n / 2 times at increasing timestamps,
    then n / 2 gets anywhere in its history, where scanning the history per get is slow."""
    rng = random.Random(seed)
    n = max(n, 3)
    sets = (n - 1) // 2
    step = max(1, T_MAX // (sets + 1))
    calls = [("set", ["k", _word(rng, 1, 4), step * (i + 1)]) for i in range(sets)]
    calls += [("get", ["k", rng.randint(1, T_MAX)]) for _ in range(n - 1 - sets)]
    return [["TimeMap"] + [op for op, _ in calls], [[]] + [args for _, args in calls]]


if __name__ == "__main__":
    _self_check()
