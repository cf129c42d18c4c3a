"""Fitting how a cost grows with the input's size: time ≈ a + c·n^k, and the nearest class.

Pure functions over measured points (size n, value): no running, no I/O. `judge.scaling`
measures the points; this module turns them into an exponent with a confidence interval and
a class ("O(n^2)").

The model keeps a constant `a` (interpreter overhead, decoding a tiny input) beside the
growing term, so the small sizes of a ladder do not flatten the exponent. It is fitted on
relative errors (each point weighs the same on the log scale): for each exponent k on a fine
grid, a and c ≥ 0 are a linear least-squares problem; the best k wins. The interval is the
profile one: every k whose residual is within an F-test of the best (95 %).

The class is the one whose growth, over these very sizes, looks most like the measured
exponent (n log n over 2^7..2^17 grows like n^1.09: it is measured, not assumed). Between
a class and the same class times a log factor, which the exponent alone can barely tell
apart, the direct fit of each (a + c·f(n)) decides, and the simpler wins a near tie.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

K_MAX = 4.5  # the grid's top: steeper than this is "worse than cubic" anyway
K_STEP = 0.005
MIN_POINTS = 4  # the model has three parameters; one more to say anything of the error
# The 95 % quantile of F(1, d), d = 1..30 (beyond: 3.84, the chi-square's).
F95 = (
    161.4, 18.51, 10.13, 7.71, 6.61, 5.99, 5.59, 5.32, 5.12, 4.96,
    4.84, 4.75, 4.67, 4.60, 4.54, 4.49, 4.45, 4.41, 4.38, 4.35,
    4.32, 4.30, 4.28, 4.26, 4.24, 4.23, 4.21, 4.20, 4.18, 4.17,
)  # fmt: skip
# A log-factor class must fit this much better (residual ratio) to beat the plain one.
LOG_MARGIN = 0.25


@dataclass(frozen=True)
class Growth:
    """A class of growth: its name and its function of n."""

    label: str
    f: Callable[[float], float]
    pair: str = ""  # the class it differs from by a log factor only


CLASSES = (
    Growth("O(1)", lambda n: 1.0),
    Growth("O(log n)", lambda n: math.log2(n), pair="O(1)"),
    Growth("O(n)", lambda n: n),
    Growth("O(n log n)", lambda n: n * math.log2(n), pair="O(n)"),
    Growth("O(n^2)", lambda n: n * n),
    Growth("O(n^2 log n)", lambda n: n * n * math.log2(n), pair="O(n^2)"),
    Growth("O(n^3)", lambda n: n**3),
)
ORDER = [g.label for g in CLASSES]
WORSE = "worse than O(n^3)"


@dataclass(frozen=True)
class Fit:
    """value ≈ constant + coefficient · n^exponent, over `sizes`."""

    exponent: float
    low: float  # the 95 % interval of the exponent
    high: float
    label: str  # the nearest class, e.g. "O(n^2)", or WORSE
    constant: float
    coefficient: float
    sizes: tuple[int, ...]  # the points fitted
    values: tuple[float, ...]

    def at(self, n: float) -> float:
        return self.constant + self.coefficient * math.pow(n, self.exponent)

    def describe(self) -> str:
        if self.label == "O(1)":
            return "~O(1) (no growth measured)"
        half = max(self.high - self.exponent, self.exponent - self.low)
        return f"~{self.label} (k = {self.exponent:.2f} ± {half:.2f})"


def fit(sizes: Sequence[int], values: Sequence[float], floor: float = 0.0) -> Fit | None:
    """The fit of `values` (times, memory) measured at `sizes`, or None when fewer than
    MIN_POINTS are at least `floor` (too small to be told from noise) and positive."""
    points = sorted((n, v) for n, v in zip(sizes, values, strict=True) if v > 0 and v >= floor)
    if len(points) < MIN_POINTS or len({n for n, _ in points}) < MIN_POINTS:
        return None
    ns = [float(n) for n, _ in points]
    ys = [v for _, v in points]
    grid = [i * K_STEP for i in range(int(K_MAX / K_STEP) + 1)]
    scored = [(k, *_linear(ns, ys, _power(k))) for k in grid]
    best_k, best_sse, a, c = min(scored, key=lambda s: s[1])
    dof = len(points) - 3
    limit = best_sse * (1 + _f95(dof) / dof) if dof > 0 else math.inf
    inside = [k for k, sse, _, _ in scored if sse <= limit]
    low, high = min(inside), max(inside)
    flat_sse, flat, _ = _linear(ns, ys, lambda n: 0.0)
    if flat_sse <= limit:  # a constant explains it as well: no growth was measured
        return Fit(0.0, 0.0, high, "O(1)", flat, 0.0, tuple(n for n, _ in points), tuple(ys))
    return Fit(
        exponent=best_k,
        low=low,
        high=high,
        label=classify(ns, ys, best_k),
        constant=a,
        coefficient=c,
        sizes=tuple(n for n, _ in points),
        values=tuple(ys),
    )


def _power(k: float) -> Callable[[float], float]:
    return lambda n: math.pow(n, k)


def classify(ns: Sequence[float], ys: Sequence[float], k: float) -> str:
    """The class whose growth over `ns` is nearest the exponent k, a log factor decided by
    the direct fits."""
    if k > effective(CLASSES[-1], ns) + 0.75:
        return WORSE
    nearest = min(CLASSES, key=lambda g: abs(effective(g, ns) - k))
    pairs = {g.label: g for g in CLASSES}
    plain = pairs.get(nearest.pair) if nearest.pair else None
    logged = next((g for g in CLASSES if g.pair == nearest.label), None)
    if plain is not None:  # the nearest has a log factor: is the plain class as good?
        return _better(ns, ys, plain, nearest)
    if logged is not None and abs(effective(logged, ns) - k) < 0.5:
        return _better(ns, ys, nearest, logged)
    return nearest.label


def effective(growth: Growth, ns: Sequence[float]) -> float:
    """The exponent a power law fitted to the class's own curve over these sizes has."""
    xs = [math.log(n) for n in ns]
    ys = [math.log(max(growth.f(n), 1e-12)) for n in ns]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0


def rank(label: str) -> int:
    """Classes in order of growth (WORSE last), for "is this worse than that"."""
    return ORDER.index(label) if label in ORDER else len(ORDER)


def _better(ns: Sequence[float], ys: Sequence[float], plain: Growth, logged: Growth) -> str:
    plain_sse = _linear(ns, ys, plain.f)[0]
    logged_sse = _linear(ns, ys, logged.f)[0]
    return logged.label if logged_sse < LOG_MARGIN * plain_sse else plain.label


def _linear(
    ns: Sequence[float], ys: Sequence[float], f: Callable[[float], float]
) -> tuple[float, float, float]:
    """min over a, c ≥ 0 of Σ((a + c·f(n))/y - 1)²: (residual, a, c)."""
    us = [1.0 / y for y in ys]
    vs = [f(n) / y for n, y in zip(ns, ys, strict=True)]
    suu = sum(u * u for u in us)
    svv = sum(v * v for v in vs)
    suv = sum(u * v for u, v in zip(us, vs, strict=True))
    su, sv = sum(us), sum(vs)
    det = suu * svv - suv * suv
    candidates = []
    if det > 1e-12 * suu * svv:
        a = (su * svv - sv * suv) / det
        c = (sv * suu - su * suv) / det
        if a >= 0 and c >= 0:
            candidates.append((a, c))
    candidates.append((0.0, sv / svv if svv else 0.0))  # the growing term alone
    candidates.append((su / suu, 0.0))  # a constant alone
    best = min((_sse(us, vs, a, c), a, c) for a, c in candidates)
    return best


def _sse(us: Sequence[float], vs: Sequence[float], a: float, c: float) -> float:
    return sum((a * u + c * v - 1.0) ** 2 for u, v in zip(us, vs, strict=True))


def _f95(dof: int) -> float:
    return F95[dof - 1] if dof <= len(F95) else 3.84
