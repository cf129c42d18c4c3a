"""The chart an analysed submission's page draws: time against input size on log-log axes,
the submission's fastest time per size as dots and its fitted curve (a + c·n^k) as a line,
the reference solution's beside it (judge.scaling measured them, judge.complexity fitted)."""

from __future__ import annotations

import math
from typing import Any

from web.store import StoredSubmission
from web.views import ms

WIDTH, HEIGHT, PAD = 320, 140, 6
STEPS = 40  # segments of each fitted curve


def complexity_chart(record: StoredSubmission) -> dict[str, Any] | None:
    """What the template draws, or None when the record holds no measured complexity."""
    found = (record.report or {}).get("complexity")
    if not isinstance(found, dict) or not found.get("sizes"):
        return None
    series = [("yours", found)]
    if isinstance(found.get("reference"), dict) and found["reference"].get("sizes"):
        series.append(("reference", found["reference"]))
    sizes = [n for _, s in series for n in s["sizes"]]
    times = [t for _, s in series for t in s["times"] if t > 0]
    if not times:
        return None
    lo_x, hi_x = math.log2(min(sizes)), math.log2(max(sizes))
    lo_y, hi_y = math.log10(min(times)), math.log10(max(times))

    def x(n: float) -> float:
        return round(PAD + (math.log2(n) - lo_x) / ((hi_x - lo_x) or 1) * (WIDTH - 2 * PAD), 2)

    def y(t: float) -> float:
        t = max(t, 10**lo_y)
        return round(
            HEIGHT - PAD - (math.log10(t) - lo_y) / ((hi_y - lo_y) or 1) * (HEIGHT - 2 * PAD), 2
        )

    drawn = []
    for name, s in series:
        fit = s.get("time")
        dots = [
            {"x": x(n), "y": y(t), "title": f"n = {n}: {ms(t)}"}
            for n, t in zip(s["sizes"], s["times"], strict=False)
            if t > 0
        ]
        line = ""
        if isinstance(fit, dict):
            first, last = min(s["sizes"]), max(s["sizes"])
            ns = [first * (last / first) ** (i / STEPS) for i in range(STEPS + 1)]
            curve = [fit["constant"] + fit["coefficient"] * n ** fit["exponent"] for n in ns]
            line = " ".join(f"{x(n)},{y(t)}" for n, t in zip(ns, curve, strict=True))
        drawn.append(
            {
                "name": name,
                "dots": dots,
                "line": line,
                "words": _words(s),
                "solution": s.get("solution", ""),
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "series": drawn,
        "sizes": f"n = {min(sizes)} to {max(sizes)}",
        "times": f"{ms(min(times))} to {ms(max(times))}",
        "memory": _memory(found),
    }


def _words(s: dict[str, Any]) -> str:
    if s.get("failure"):
        return f"not measured: {s['failure']}"
    fit = s.get("time")
    if not isinstance(fit, dict):
        return "not measured: too few sizes ran"
    if fit["class"] == "O(1)":
        return "~O(1) (no growth measured)"
    half = max(fit["high"] - fit["exponent"], fit["exponent"] - fit["low"])
    return f"~{fit['class']} (k = {fit['exponent']:.2f} ± {half:.2f})"


def _memory(found: dict[str, Any]) -> str:
    mine = found.get("memory")
    ref = (found.get("reference") or {}).get("memory")

    def one(fit: Any) -> str:
        return (
            f"~{fit['class']} (k = {fit['exponent']:.2f})"
            if isinstance(fit, dict)
            else "too little to fit"
        )

    return f"yours {one(mine)}; reference {one(ref)}"
