"""The examples a Python problem's statement shows, read back so `judge verify` can hold them
against tests/samples.json. An example is a line `name = value, name = value  ->  answer`
(an optional `(comment)` after the answer) in a fenced block; a line that does not read as
Python or JSON values is skipped, not guessed at."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_JSON_NAMES = {
    "null": None,
    "true": True,
    "false": False,
    "None": None,
    "True": True,
    "False": False,
}


@dataclass(frozen=True)
class Example:
    line: str
    args: dict[str, Any]  # by parameter name, in the order written
    expected: Any


class _Unreadable(ValueError):
    pass


def _value(node: ast.expr) -> Any:
    if isinstance(node, ast.Name) and node.id in _JSON_NAMES:
        return _JSON_NAMES[node.id]
    if isinstance(node, ast.List | ast.Tuple):
        return [_value(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {
            _value(k): _value(v)
            for k, v in zip(node.keys, node.values, strict=True)
            if k is not None
        }
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        raise _Unreadable from None


def _parse(text: str) -> ast.expr:
    try:
        return ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        raise _Unreadable from None


def _answer(text: str) -> Any:
    text = text.strip()
    try:
        return _value(_parse(text))
    except _Unreadable:
        pass
    # `[1, 3]     (8 + 4 = 12)`: the answer, then a remark in parentheses
    match = re.match(r"^(.*?)\s+\(.*\)\s*$", text)
    if match is None:
        raise _Unreadable
    return _value(_parse(match.group(1)))


def examples(statement: str) -> list[Example]:
    found = []
    for block in _FENCE.findall(statement):
        for line in block.splitlines():
            if "->" not in line or "=" not in line.split("->", 1)[0]:
                continue
            left, right = line.split("->", 1)
            try:
                call = _parse(f"f({left.strip()})")
                if not isinstance(call, ast.Call) or call.args:
                    continue
                args = {k.arg: _value(k.value) for k in call.keywords if k.arg}
                found.append(Example(line.strip(), args, _answer(right)))
            except _Unreadable:
                continue
    return found


_RESULT = re.compile(r"^Result\s*\n\s*\n((?:\|.*\|[ \t]*(?:\n|$))+)", re.MULTILINE)


def result_tables(statement: str) -> list[tuple[list[str], list[list[str]]]]:
    """The `Result` tables of a SQL statement's examples: column names and rows as written."""
    found = []
    for block in _RESULT.findall(statement):
        lines = [line.strip().strip("|") for line in block.strip().splitlines()]
        cells = [[cell.strip() for cell in line.split("|")] for line in lines]
        if len(cells) >= 2 and all(set(c) <= set("-: ") for c in cells[1]):
            found.append((cells[0], cells[2:]))
    return found


def table_text(columns: list[Any], rows: list[list[Any]]) -> tuple[list[str], list[list[str]]]:
    """A result table as a statement writes it: names lower-cased, NULL for null."""
    return (
        [str(c).lower() for c in columns],
        [["NULL" if v is None else str(v) for v in row] for row in rows],
    )
