"""judge.complexity on synthetic timings: known exponents under noise, a constant overhead,
n log n against n, too few points."""

from __future__ import annotations

import math
import random

import pytest

from judge.complexity import CLASSES, WORSE, fit, rank

SIZES = [2**i for i in range(3, 18)]


def timings(f, noise: float, seed: int = 1, overhead: float = 5e-5, scale: float = 1e-8):
    rng = random.Random(seed)
    # Noise on a loaded machine only ever adds time: |gauss|, as the fastest of repeats sees.
    return [(overhead + scale * f(n)) * (1 + abs(rng.gauss(0, noise))) for n in SIZES]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("f", "k", "label"),
    [
        (lambda n: n, 1.0, "O(n)"),
        (lambda n: n * n, 2.0, "O(n^2)"),
        (lambda n: n**3, 3.0, "O(n^3)"),
    ],
)
def test_known_exponents_under_noise(f, k, label, seed) -> None:
    found = fit(SIZES, timings(f, 0.1, seed))
    assert found is not None
    assert found.label == label
    assert abs(found.exponent - k) < 0.1
    assert found.low <= found.exponent <= found.high
    assert found.low - 0.1 <= k <= found.high + 0.1


def test_a_constant_overhead_does_not_flatten_the_exponent() -> None:
    # 2 ms of overhead dominates the first half of the ladder: a plain power law on the
    # log-log points would say k ≈ 0.5.
    found = fit(SIZES, timings(lambda n: n, 0.03, overhead=2e-3, scale=1e-7))
    assert found is not None and found.label == "O(n)"
    assert abs(found.exponent - 1.0) < 0.1 and found.low <= 1.0 <= found.high
    assert found.constant == pytest.approx(2e-3, rel=0.3)


def test_n_log_n_is_told_from_n_without_noise_and_named_with_little() -> None:
    exact = fit(SIZES, timings(lambda n: n * math.log2(n), 0.0))
    linear = fit(SIZES, timings(lambda n: n, 0.0))
    assert exact is not None and linear is not None
    assert exact.label == "O(n log n)" and linear.label == "O(n)"
    assert 1.05 < exact.exponent < 1.2  # n log n over 2^3..2^17 grows like n^1.1
    noisy = fit(SIZES, timings(lambda n: n * math.log2(n), 0.02))
    assert noisy is not None and rank(noisy.label) in (rank("O(n)"), rank("O(n log n)"))


def test_no_growth_is_constant() -> None:
    found = fit(SIZES, timings(lambda n: 1.0, 0.05))
    assert found is not None and found.label == "O(1)"
    assert "no growth" in found.describe()


def test_steeper_than_cubic_is_worse() -> None:
    found = fit(SIZES[:8], [1e-6 * n**4.4 for n in SIZES[:8]])
    assert found is not None and found.label == WORSE and rank(WORSE) > rank("O(n^3)")


def test_too_few_points_or_below_the_floor_is_no_fit() -> None:
    assert fit([8, 16, 32], [1.0, 2.0, 4.0]) is None
    assert fit(SIZES, [1e-6] * len(SIZES), floor=1e-5) is None


def test_classes_are_in_order_of_growth() -> None:
    n = 1e6
    values = [g.f(n) for g in CLASSES]
    assert values == sorted(values)
