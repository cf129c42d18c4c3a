"""The runtime distribution an accepted submission's page draws: where its total time
stands among the accepted submissions stored here and the problem's reference solutions,
as a sentence and a small histogram (judge.standing does the counting)."""

from __future__ import annotations

from typing import Any

from judge.standing import Run, histogram, standing
from web.dispatch import Dispatch
from web.store import Store, StoredSubmission
from web.views import ms

WIDTH, HEIGHT = 300, 60


def distribution(store: Store, pool: Dispatch, record: StoredSubmission) -> dict[str, Any] | None:
    report = record.report
    if report is None or report.get("verdict") != "AC" or record.mode not in ("submit", "all"):
        return None
    tests = report.get("tests") or []
    mine = Run(
        float(report.get("time") or 0.0), max((t.get("memory") or 0 for t in tests), default=0)
    )
    stored = [
        Run(t, m) for ident, t, m in store.accepted_runs(record.problem) if ident != record.id
    ]
    references = pool.references.get(record.problem, [])
    others = stored + references
    found = standing(mine, others)
    if found is None:
        return None
    bins = histogram([r.time for r in others], mine.time)
    top = max(b["count"] for b in bins) or 1
    step = WIDTH / len(bins)
    bars = []
    for i, b in enumerate(bins):
        h = max(2.0, (HEIGHT - 4) * b["count"] / top) if b["count"] else 0.0
        bars.append(
            {
                "x": round(i * step + 1, 2),
                "y": round(HEIGHT - h, 2),
                "w": round(step - 2, 2),
                "h": round(h, 2),
                "mine": b["mine"],
                "title": f"{ms(b['low'])} to {ms(b['high'])}: {b['count']} runs"
                + (" (yours is here)" if b["mine"] else ""),
            }
        )
    what = []
    if stored:
        what.append(f"{len(stored)} accepted submission{'s' if len(stored) != 1 else ''} here")
    if references:
        what.append(f"{len(references)} reference solution{'s' if len(references) != 1 else ''}")
    return {
        "faster": round(found.faster_than),
        "smaller": round(found.less_memory_than),
        "count": found.count,
        "what": " and ".join(what),
        "time": ms(mine.time),
        "low": ms(bins[0]["low"]),
        "high": ms(bins[-1]["high"]),
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        # Where this submission falls, drawn as a line whether or not others fall there too.
        "mine_x": round(
            (mine.time - bins[0]["low"]) / ((bins[-1]["high"] - bins[0]["low"]) or 1.0) * WIDTH, 2
        ),
    }
