"""What the HTML pages show, computed in Python so the templates stay plain: problem
grouping and filter choices (the filtering itself is judge.catalog.select), the statement's
HTML, a submission's result rows and its time chart."""

from __future__ import annotations

import ast
import copy
import json
import time
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from markdown_it import MarkdownIt

from judge.catalog import TOPIC_ORDER as CATALOG_TOPICS
from judge.catalog import ProblemInfo
from web.dispatch import Live
from web.judgement import TRIMMED
from web.store import StoredSubmission

PACK_ORDER = {"python": 0, "sql": 1, "ml": 2}
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
TIER_ORDER = {"high": 0, "medium": 1, "low": 2, None: 3}
TOPIC_ORDER = {topic: rank for rank, topic in enumerate(CATALOG_TOPICS)}  # judge.catalog's
PASSING = ("AC", "SK")

# Authors' Markdown without raw HTML: a statement cannot carry a script into the page.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def statement_html(text: str, title: str = "") -> str:
    """The statement as HTML, without its first heading when that only repeats the title
    (the page shows the title already)."""
    first, _, rest = text.lstrip().partition("\n")
    if title and first.lstrip("# ").strip().lower() == title.lower() and first.startswith("# "):
        text = rest
    return str(_MARKDOWN.render(text))


def signature(starter: str, name: str) -> str:
    """What the starter asks to define, without bodies: `def two_sum(nums, target) -> ...: ...`,
    or a class with its public methods' signatures. Empty when the starter names nothing."""
    try:
        tree = ast.parse(starter)
    except (SyntaxError, ValueError):
        return ""
    wanted = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name in (name, "Solution")
    ]
    return "\n\n".join(ast.unparse(_bodiless(node)) for node in wanted)


def _bodiless(node: ast.FunctionDef | ast.ClassDef) -> ast.stmt:
    bare = copy.copy(node)
    bare.decorator_list = []
    if isinstance(node, ast.FunctionDef):
        bare.body = [ast.Expr(ast.Constant(...))]
        return bare
    methods: list[ast.stmt] = [
        _bodiless(m)
        for m in node.body
        if isinstance(m, ast.FunctionDef) and (m.name == "__init__" or not m.name.startswith("_"))
    ]
    bare.body = methods or [ast.Expr(ast.Constant(...))]
    return bare


def progress(records: list[StoredSubmission]) -> dict[str, str]:
    """Problem → "solved" (a submission of every test was accepted) or "attempted" (anything
    else sent, runs included), from one browser's submissions."""
    marks: dict[str, str] = {}
    for r in records:
        solved = r.verdict == "AC" and r.mode in ("submit", "all")
        if solved or r.problem not in marks:
            marks[r.problem] = "solved" if solved else "attempted"
    return marks


@dataclass(frozen=True)
class Group:
    pack: str
    tier: str | None
    topics: list[tuple[str, list[ProblemInfo]]]  # topic → problems, easiest first

    @property
    def count(self) -> int:
        return sum(len(problems) for _topic, problems in self.topics)


def group_problems(problems: list[ProblemInfo]) -> list[Group]:
    """Problems by pack, then tier (high first), then topic."""

    def pack_tier(p: ProblemInfo) -> tuple[int, str, int]:
        return (PACK_ORDER.get(p.pack, 9), p.pack, TIER_ORDER.get(p.tier, 3))

    def order(p: ProblemInfo) -> tuple[int, str, int, int, str, int, str]:
        topic = p.topic or ""
        return (
            *pack_tier(p),
            TOPIC_ORDER.get(topic, len(TOPIC_ORDER)),
            topic,
            DIFFICULTY_ORDER.get(p.difficulty, 9),
            p.title,
        )

    ordered = sorted(problems, key=order)
    groups = []
    for (_rank, pack, _tier), members in groupby(ordered, key=pack_tier):
        members_list = list(members)
        topics = [
            (topic, list(items))
            for topic, items in groupby(members_list, key=lambda p: p.topic or "other")
        ]
        groups.append(Group(pack, members_list[0].tier, topics))
    return groups


def choices(problems: list[ProblemInfo]) -> dict[str, list[str]]:
    """The values each filter can take, for the list page's selects."""
    return {
        "pack": sorted({p.pack for p in problems}, key=lambda k: (PACK_ORDER.get(k, 9), k)),
        "tier": sorted({p.tier for p in problems if p.tier}, key=lambda t: TIER_ORDER.get(t, 3)),
        "topic": sorted({p.topic for p in problems if p.topic}),
        "difficulty": sorted(
            {p.difficulty for p in problems}, key=lambda d: DIFFICULTY_ORDER.get(d, 9)
        ),
    }


@dataclass(frozen=True)
class ResultView:
    """A submission's result as the result fragment shows it."""

    status: str
    mode: str
    verdict: str | None
    verdict_label: str | None
    message: str
    runner: str
    passed: int
    total: int | None
    time: float | None
    tests: list[dict[str, Any]]
    pending: int  # rows still to come
    failing: dict[str, Any] | None
    chart: dict[str, Any] | None
    tabular: bool  # values are SQL tables, shown as tables


def result_view(
    record: StoredSubmission, live: Live | None, time_limit: float, tabular: bool = False
) -> ResultView:
    report = record.report
    if report is not None:
        tests = list(report["tests"])
        total: int | None = report["total"]
    elif live is not None:
        tests, total = list(live.tests), live.total
    else:
        tests, total = [], None
    failing = next((t for t in tests if t["verdict"] not in PASSING), None)
    return ResultView(
        status=record.status,
        mode=record.mode,
        verdict=report["verdict"] if report else None,
        verdict_label=report["verdict_label"] if report else None,
        message=report["message"] if report else "",
        runner=report["runner"] if report else "",
        passed=sum(1 for t in tests if t["verdict"] == "AC"),
        total=total,
        time=report["time"] if report else None,
        tests=tests,
        pending=max(0, (total or 0) - len(tests)),
        failing=failing,
        chart=time_chart(tests, time_limit),
        tabular=tabular,
    )


def time_chart(tests: list[dict[str, Any]], limit: float) -> dict[str, Any] | None:
    """Bars of time per test, scaled to the slowest (the limit line drawn if it fits)."""
    times = [t["time"] for t in tests if t.get("time") is not None]
    if not times:
        return None
    width, height, gap = 600, 120, 2
    top = max(max(times) * 1.15, 1e-6)
    step = width / max(len(tests), 1)
    bars = []
    for i, t in enumerate(tests):
        seconds = t.get("time") or 0.0
        h = max(1.0, height * min(seconds, top) / top)
        bars.append(
            {
                "x": round(i * step + gap / 2, 2),
                "y": round(height - h, 2),
                "w": round(max(step - gap, 1), 2),
                "h": round(h, 2),
                "verdict": t["verdict"],
                "title": f"{t['name']}: {ms(t.get('time'))} ({t['verdict']})",
            }
        )
    limit_y = round(height - height * limit / top, 2) if limit <= top else None
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "top": ms(top),
        "limit_y": limit_y,
        "limit": ms(limit),
    }


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def mib(kb: int | None) -> str:
    return "–" if kb is None else f"{kb / 1024:.1f} MiB"


def shown(value: Any, limit: int = 2000) -> str:
    """A value as JSON text; a preview that replaced a large value is shown as it is."""
    trimmed = isinstance(value, str) and value.endswith(TRIMMED)
    text = value if trimmed else json.dumps(value)
    return text if len(text) <= limit else text[:limit] + f" … ({len(text):,} characters)"


def when(stamp: float | None) -> str:
    if stamp is None:
        return "–"
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(stamp))


MAX_TABLE_ROWS = 50


@dataclass(frozen=True)
class TableView:
    name: str
    columns: list[str]
    rows: list[list[Any]]
    more: int  # rows left out


def tables(value: Any) -> list[TableView] | None:
    """SQL datasets and results as tables: {"columns", "rows"}, or {table: rows or
    {"columns", "rows"}}; None for anything else (shown as JSON)."""
    one = _table("", value)
    if one is not None:
        return [one]
    if not isinstance(value, dict) or not value:
        return None
    views = [_table(str(name), rows) for name, rows in value.items()]
    if any(v is None for v in views):
        return None
    return [v for v in views if v is not None]


def _table(name: str, value: Any) -> TableView | None:
    columns: list[str] = []
    if isinstance(value, dict) and set(value) == {"columns", "rows"}:
        columns, value = [str(c) for c in value["columns"] or []], value["rows"]
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        return None
    rows = value[:MAX_TABLE_ROWS]
    return TableView(name, columns, rows, len(value) - len(rows))
