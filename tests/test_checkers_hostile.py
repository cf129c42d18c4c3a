"""The built-in checkers on answers made to cost the host: their work grows about linearly
with the answer's size (answers may be 8x the expected answer's JSON plus 1 MiB), whatever
its shape, and one nested too deeply is refused before any checker walks it. Nothing here
asserts on time (the machine is shared); each prints what it took."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

import pytest

from judge.checkers import check_operations, make_checker, same
from judge.model import CheckerSpec
from judge.nesting import MAX_DEPTH, TOO_DEEP


def checker(name: str) -> Any:
    return make_checker(CheckerSpec(name), Path("."))


def timed(label: str, check: Any, expected: Any, actual: Any) -> Any:
    """`check(None, expected, actual)`, printing the CPU time it took."""
    start = time.process_time()
    result = check(None, expected, actual)
    print(f"{label}: {time.process_time() - start:.3f} s CPU")
    return result


def chain(depth: int, leaf: list[Any]) -> list[Any]:
    """The red team's shape: `[leaf, [leaf, [leaf, ...]]]`, `depth` levels."""
    node: list[Any] = []
    for _ in range(depth):
        node = [leaf, node]
    return node


def reference_nested_unordered(expected: Any, actual: Any) -> bool:
    """What nested_unordered meant before it was made linear: sort every list by its items'
    canonical JSON, at every level, then compare (that cost a JSON dump of every subtree)."""

    def deep(value: Any) -> Any:
        if isinstance(value, list):
            return sorted((deep(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(value, dict):
            return {k: deep(v) for k, v in value.items()}
        return value

    return same(deep(expected), deep(actual))


def test_a_deep_chain_of_a_mebibyte_is_checked_once_over() -> None:
    # 1 MiB of JSON, 190 levels (under the depth bound): each level used to dump the whole
    # subtree below it again, about 3 s of the host's CPU for one test.
    leaf = [1e-7] * ((1 << 20) // (190 * 7))
    answer = json.loads(json.dumps(chain(190, leaf)))
    nested = checker("nested_unordered")
    ok, note = timed("nested_unordered, chain 190 deep", nested, [["a"]], answer)
    assert (ok, note) == (False, "(compared in any order at every level)")
    twin = json.loads(json.dumps(chain(190, leaf)))
    assert timed("the same chain against itself", nested, twin, answer) == (True, "")


def test_a_mebibyte_of_groups_in_any_order() -> None:
    rng = random.Random(1)
    words = ["".join(rng.choice("abcde") for _ in range(6)) for _ in range(120_000)]
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    expected = list(groups.values())
    actual = [rng.sample(group, len(group)) for group in expected]
    rng.shuffle(actual)
    nested = checker("nested_unordered")
    assert timed("nested_unordered, 120,000 words", nested, expected, actual)[0]
    actual[0] = [*actual[0][1:], "zzzzzz"]
    assert not nested(None, expected, actual)[0]


def test_many_small_distinct_lists() -> None:
    # No leaf shared: every subtree is numbered on its own.
    answer = [[i, [str(i), {"k": [i, None]}]] for i in range(60_000)]
    nested = checker("nested_unordered")
    shuffled = list(reversed(answer))
    assert timed("nested_unordered, 60,000 small trees", nested, answer, shuffled)[0]


def test_a_flood_of_empty_lists_against_every_builtin() -> None:
    expected = [["a"], ["b"]]
    flood = json.loads("[" + ",".join(["[]"] * 500_000) + "]")
    inner = json.loads("[[" + ",".join(["[]"] * 250_000) + "]," + '["b"]]')
    for name in ("exact", "float", "unordered", "nested_unordered"):
        check = checker(name)
        assert not timed(f"{name}, 500,000 empty lists", check, expected, flood)[0]
        assert not timed(f"{name}, 250,000 inside", check, expected, inner)[0]


def scalar(rng: random.Random) -> Any:
    return rng.choice([rng.randint(-3, 3), rng.choice("abc"), None, True, False, 0.5, 2.5, "ab"])


def tree(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return scalar(rng)
    if roll < 0.85:
        return [tree(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice("xyz"): tree(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def shuffled(rng: random.Random, value: Any) -> Any:
    if isinstance(value, list):
        items = [shuffled(rng, v) for v in value]
        rng.shuffle(items)
        return items
    if isinstance(value, dict):
        return {k: shuffled(rng, v) for k, v in value.items()}
    return value


def changed(rng: random.Random, value: Any) -> Any:
    if isinstance(value, list) and value and rng.random() < 0.7:
        items = list(value)
        index = rng.randrange(len(items))
        items[index] = changed(rng, items[index])
        return items
    return tree(rng, 2)


@pytest.mark.parametrize("seed", range(4))
def test_nested_unordered_agrees_with_what_it_meant(seed: int) -> None:
    rng = random.Random(seed)
    nested = checker("nested_unordered")
    for _ in range(3000):
        expected = [tree(rng, 1) for _ in range(rng.randint(0, 4))]
        actual = shuffled(rng, expected if rng.random() < 0.5 else changed(rng, expected))
        want = reference_nested_unordered(expected, actual)
        assert nested(None, expected, actual)[0] == want, (expected, actual)


def test_nested_unordered_on_numbers_bools_and_nan() -> None:
    nested = checker("nested_unordered")
    assert nested(None, [[2, 10, 1.5]], [[1.5, 10.0, 2.0]])[0]  # 1 and 1.0 alike, as `same`
    assert not nested(None, [[1, 2]], [[True, 2]])[0]  # a bool is not a number
    assert not nested(None, [[1, 0]], [[True, False]])[0]
    nan = float("nan")
    assert not nested(None, [[nan]], [[nan]])[0]  # NaN equals nothing, as `same` says
    assert nested(None, [{"a": [1, 2], "b": []}], [{"b": [], "a": [2, 1]}])[0]
    assert not nested(None, [{"a": [1, 2]}], [{"a": [1, 2], "b": []}])[0]
    assert not nested(None, [{"a": [1]}], [{"b": [1]}])[0]


def nested(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 900])
def test_an_answer_nested_too_deeply_is_wrong_before_any_checker_sees_it(
    tmp_path: Path, levels: int
) -> None:
    # An author's checker that would take anything: it is never asked.
    (tmp_path / "checker.py").write_text("def check(args, expected, actual):\n    return True\n")
    deep = json.loads(json.dumps(nested(levels)))
    for name in ("exact", "float", "unordered", "nested_unordered", "custom"):
        assert make_checker(CheckerSpec(name), tmp_path)(None, [[1]], deep) == (
            False,
            f"({TOO_DEEP})",
        )
    spec = CheckerSpec("exact")
    ops = [["Stack", "push", "top"], [[], [1], []]]
    result = check_operations(
        make_checker(spec, tmp_path), spec, ops, [None, None, 1], [None, None, deep]
    )
    assert result == (False, f"({TOO_DEEP})")


def test_the_deepest_answer_the_worker_sends_is_checked() -> None:
    value = nested(MAX_DEPTH)
    assert checker("exact")(None, value, json.loads(json.dumps(value))) == (True, "")
    assert checker("nested_unordered")(None, value, json.loads(json.dumps(value))) == (True, "")
