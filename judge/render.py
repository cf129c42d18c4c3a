"""Terminal rendering of reports, problem lists and verification results (rich)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from judge.catalog import ProblemInfo, study_order
from judge.model import Problem, Report, TestResult, Verdict
from judge.pretty import call_input, literal, shown
from judge.report import printable_report
from judge.scaling import Complexity, summary
from judge.standing import Run
from judge.standing import standing as compare
from judge.verify import ProblemCheck

STYLE = {
    Verdict.AC: "bold green",
    Verdict.WA: "bold red",
    Verdict.TLE: "bold yellow",
    Verdict.MLE: "bold yellow",
    Verdict.OLE: "bold yellow",
    Verdict.RTE: "bold magenta",
    Verdict.CE: "bold magenta",
    Verdict.IE: "bold white on red",
    Verdict.SK: "dim",
}


def short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 20] + f" … ({len(text)} chars)"


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1e6:.0f} µs" if seconds < 0.001 else f"{seconds * 1000:.1f} ms"


def _mem(kb: int | None) -> str:
    return "-" if kb is None else f"{kb / 1024:.1f} MiB"


def _used(t: TestResult) -> str:
    """What a test added to memory at its highest (KiB below 1 MiB); the process's peak,
    said so, where that was not measured."""
    kb = t.memory_growth_kb
    if kb is None:
        return "-" if t.memory_kb is None else f"peak {_mem(t.memory_kb)}"
    return f"{kb} KiB" if kb < 1024 else _mem(kb)


def report(console: Console, rep: Report, where: str = "", problem: Problem | None = None) -> None:
    """The per-test table and the summary; `where` names what ran the code when the report's
    runner would not say it (SQL runs in DuckDB on the host whatever the sandbox); with
    `problem`, the failing test's input and answers read as its kind's (Python, ML) values."""
    rep = printable_report(rep)  # a terminal cannot write a lone surrogate a submission printed
    if rep.tests:
        table = Table(title=f"{rep.problem}", show_lines=False)
        for col in ("#", "test", "verdict", "time", "memory used", "message"):
            table.add_column(col)
        for i, t in enumerate(rep.tests, 1):
            table.add_row(
                str(i),
                t.name + (" (hidden)" if t.hidden else ""),
                f"[{STYLE[t.verdict]}]{t.verdict.value}[/]",
                _ms(t.time),
                _used(t),
                short(t.message.splitlines()[-1] if t.message else "", 60),
            )
        console.print(table)
        peak = max((t.memory_kb or 0 for t in rep.tests), default=0)
        if peak:
            console.print(
                f"[dim]memory used: what each test added at its highest; the process's peak "
                f"(what the memory limit applies to) was {_mem(peak)}[/]"
            )
    style = STYLE[rep.verdict]
    # A submission that never reached a test (compile error) has no count or time to show.
    counts = f"passed {rep.passed}/{rep.total}  total time {_ms(rep.time)}  " if rep.tests else ""
    console.print(
        f"[{style}]{rep.verdict.label}[/] ({rep.verdict.value})  {counts}"
        f"[dim]{where or rep.runner}"
        + (f", limit {rep.time_limit:g} s CPU per test" if rep.time_limit else "")
        + "[/]"
    )
    if rep.message:
        console.print(rep.message, markup=False, highlight=False)
    failing = next((t for t in rep.tests if t.verdict not in (Verdict.AC, Verdict.SK)), None)
    if failing is not None:
        _failure(console, failing, problem)
    skipped = sum(1 for t in rep.tests if t.verdict is Verdict.SK)
    if skipped and failing is not None:
        console.print(
            f"[dim]{skipped} more tests not run: judging stops at the first failing hidden "
            "test (--all runs every test)[/]"
        )


def custom(console: Console, problem: Problem, rep: Report, reference: str) -> None:
    """A custom-input run: each case's input, your answer and the reference solution's."""
    rep = printable_report(rep)
    if rep.message and not rep.tests:
        console.print(f"[{STYLE[rep.verdict]}]{rep.verdict.label}[/] ({rep.verdict.value})")
        console.print(rep.message, markup=False, highlight=False)
        return
    for t in rep.tests:
        mark = {Verdict.AC: "same as the reference", Verdict.WA: "differs from the reference"}
        words = mark.get(t.verdict, "not compared" if t.verdict is Verdict.SK else t.verdict.label)
        console.print(
            f"[bold]{t.name}[/]  [{STYLE[t.verdict]}]{t.verdict.value}[/] {words}  "
            f"[dim]{_ms(t.time)}[/]"
        )
        shown = call_input(problem, t.input) or short(t.input)
        console.print(f"  input:     {shown}", markup=False, highlight=False)
        if t.verdict in (Verdict.AC, Verdict.WA, Verdict.SK):
            console.print(f"  output:    {literal(t.actual)}", markup=False, highlight=False)
        if t.expected is not None or t.verdict in (Verdict.AC, Verdict.WA):
            console.print(f"  reference: {literal(t.expected)}", markup=False, highlight=False)
        if t.message and t.verdict is not Verdict.AC:
            console.print("  " + t.message.replace("\n", "\n  "), markup=False, highlight=False)
        if t.stdout:
            console.print(
                "  stdout:\n    " + short(t.stdout, 1000).replace("\n", "\n    "),
                markup=False,
                highlight=False,
            )
    console.print(
        f"[dim]custom input: {len(rep.tests)} cases, compared with the reference solution "
        f"({reference}) in the {rep.runner} sandbox[/]"
    )


def standing(console: Console, mine: Run, references: list[Run]) -> None:
    """One line: where an accepted run stands among the problem's reference solutions."""
    found = compare(mine, references)
    if found is None:
        return
    times = sorted(r.time for r in references)
    spread = _ms(times[0]) if len(times) == 1 else f"{_ms(times[0])} to {_ms(times[-1])}"
    noun = "reference solution" if found.count == 1 else "reference solutions"
    console.print(
        f"Runtime {_ms(mine.time)} in all, peak memory {_mem(mine.memory_kb)}: "
        f"{found.sentence(f'accepted {noun}')} [dim](theirs: {spread})[/]"
    )


def _failure(console: Console, t: TestResult, problem: Problem | None = None) -> None:
    console.print(f"\nFirst failing test: [bold]{t.name}[/]" + (" (hidden)" if t.hidden else ""))

    def text(label: str, value: Any) -> str:
        found = shown(problem, label, value, 300) if problem is not None else None
        return short(value) if found is None else found

    if t.input is not None:
        console.print(f"  input:    {text('input', t.input)}", markup=False, highlight=False)
    if _result_table(t.expected) is not None:
        _tables_side_by_side(console, t)
    else:
        if t.expected is not None:
            needs = text("expected", t.expected)
            console.print(f"  expected: {needs}", markup=False, highlight=False)
        if t.verdict is Verdict.WA and (t.actual is not None or not t.hidden):
            console.print(f"  actual:   {text('actual', t.actual)}", markup=False, highlight=False)
    if t.hidden and t.input is None:
        console.print("  (hidden test: run with --reveal to see its input)")
    if t.message:
        console.print("  " + t.message.replace("\n", "\n  "), markup=False, highlight=False)
    if t.stdout:
        console.print(
            "  your output:\n    " + short(t.stdout, 1000).replace("\n", "\n    "),
            markup=False,
            highlight=False,
        )


def _result_table(value: Any, title: str = "") -> Table | None:
    """A SQL result ({"columns", "rows", "more_rows"?}) as a table, else None."""
    if not isinstance(value, dict) or not isinstance(value.get("columns"), list):
        return None
    rows = value.get("rows")
    if not isinstance(rows, list):
        return None
    more = value.get("more_rows")
    caption = f"... {more} more rows" if isinstance(more, int) and more else None
    table = Table(title=title, caption=caption, title_justify="left")
    for column in value["columns"]:
        table.add_column(str(column))
    for row in rows:
        cells = row if isinstance(row, list) else [row]
        table.add_row(*("NULL" if v is None else short(v, 40) for v in cells))
    return table


def _tables_side_by_side(console: Console, t: TestResult) -> None:
    from rich.columns import Columns

    shown = [_result_table(t.expected, "expected")]
    if t.verdict is Verdict.WA:
        shown.append(_result_table(t.actual, "your result"))
    console.print(Columns([x for x in shown if x is not None], padding=(0, 4)))


DIFFICULTY_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}


def problem_table(console: Console, problems: list[ProblemInfo]) -> None:
    """The problems grouped under `pack · tier · topic` headings, one line each: the slug
    (what `judge run --problem` takes) whole and first, the difficulty, and the title where
    it says more than the slug and fits the width (a title is cut, never a slug)."""
    from itertools import groupby

    from rich.text import Text

    console.print(Text(f"{len(problems)} problems", style="bold"))
    width = console.width
    problems = sorted(problems, key=study_order)
    for (pack, tier, topic), group in groupby(problems, key=lambda p: (p.pack, p.tier, p.topic)):
        rows = list(group)
        heading = " · ".join(
            [pack] + ([f"{tier} tier"] if tier else []) + ([topic] if topic else [])
        )
        console.print(Text(f"\n{heading}", style="bold cyan"))
        pad = max(len(p.slug) for p in rows)
        for p in rows:
            line = Text(f"  {p.slug:<{pad}}  ")
            line.append(p.difficulty, style=DIFFICULTY_STYLE.get(p.difficulty, ""))
            room = width - len(line) - (8 - len(p.difficulty))
            if not _says_the_slug(p.title, p.slug) and room >= 8:
                line.append(" " * (6 - len(p.difficulty)))
                title = p.title if len(p.title) <= room else p.title[: room - 1] + "…"
                line.append(f"  {title}", style="dim")
            console.print(line, no_wrap=True, overflow="ignore", crop=False)


def _says_the_slug(title: str, slug: str) -> bool:
    import re

    return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") == slug


def statement(console: Console, problem: Problem, factor: float = 1.0) -> None:
    limit = f"{problem.limits.time:g} s CPU per test"
    if factor != 1.0:
        effective = round(problem.limits.time * factor, 3)
        reference = f"{problem.limits.time:g} s on the reference machine"
        limit = f"{effective:g} s CPU per test here ({reference})"
    console.print(
        f"[dim]{problem.pack} · {problem.kind} · {problem.difficulty} · "
        f"{limit} · {problem.limits.memory_mb} MiB[/]"
    )
    from rich.markdown import Markdown  # only `judge show` needs it; it costs 40 ms to import

    console.print(Markdown(problem.statement))


def verification(console: Console, checks: list[ProblemCheck]) -> None:
    table = Table(title="judge verify")
    for col in ("problem", "result", "details"):
        table.add_column(col)
    for c in checks:
        lines = list(c.errors)
        for s in c.solutions:
            mark = "ok" if s.ok else "FAIL"
            got = ",".join(v.value for v in s.got)
            line = f"{mark} {s.path.parent.name}/{s.path.name}: {got}"
            lines.append(line + (f" ({s.detail})" if s.detail else ""))
        lines += c.notes
        table.add_row(c.slug, "[green]ok[/]" if c.ok else "[red]FAIL[/]", "\n".join(lines))
    console.print(table)
    bad = [c.slug for c in checks if not c.ok]
    console.print(
        f"{len(checks) - len(bad)}/{len(checks)} problems verified"
        + (f"; failing: {', '.join(bad)}" if bad else "")
    )


def complexity(console: Console, found: Complexity) -> None:
    """The ladder of sizes with both solutions' times, then the fitted classes."""
    mine, ref = found.mine, found.reference
    table = Table(title="empirical complexity (fastest CPU time per size)", title_justify="left")
    table.add_column("n", justify="right")
    table.add_column("yours", justify="right")
    table.add_column("memory", justify="right")
    if ref is not None:
        table.add_column(f"reference ({found.reference_name})", justify="right")
    theirs = dict(zip(ref.ladder.sizes, ref.ladder.times, strict=True)) if ref else {}
    mem = dict(zip(mine.ladder.sizes, mine.ladder.memory_kb, strict=True))
    times = dict(zip(mine.ladder.sizes, mine.ladder.times, strict=True))
    for n in sorted(set(times) | set(theirs)):
        row = [str(n), _ms(times.get(n)), _mem(mem.get(n)) if n in mem else "-"]
        table.add_row(*row, *([_ms(theirs.get(n))] if ref is not None else []))
    console.print(table)
    console.print(f"[bold]time[/]    {summary(found)}", highlight=False)
    memory = mine.memory.describe() if mine.memory else "too little to fit"
    theirs_memory = ref.memory.describe() if ref and ref.memory else "too little to fit"
    console.print(f"[bold]memory[/]  yours: {memory}; reference: {theirs_memory}", highlight=False)
    console.print(f"[dim]yours stopped at {mine.ladder.stopped}[/]", highlight=False)
