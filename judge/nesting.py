"""How deeply plain data nests, and the bound the host holds every decoded answer to.

The Python worker refuses a returned value nested more than 200 levels deep, but it runs in
the submission's process, which can lift that cap; `json.loads` on the host still decodes
about 990 levels. Everything that walks a value on the host recurses (checkers, a table's
cells, `repr`, `json.dumps`, pydantic's serialiser, which stops at about 250 levels, Jinja),
so a deeper answer is refused on the host (a wrong answer, in judge.judging and the checkers)
before it is checked, and a report never carries one (`judge.report.printable` cuts it). The
walk here is iterative: it never raises.
"""

from __future__ import annotations

from typing import Any

# Above the worker's own cap (200 levels, one more for a class design's list of results),
# with room below pydantic's limit for the report's own levels around a value.
MAX_DEPTH = 220

TOO_DEEP = "the returned value is nested too deeply"

CONTAINERS = (list, tuple, dict)
_EXACT: frozenset[type] = frozenset(CONTAINERS)


def deeper_than(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether lists, tuples and dicts nest more than `limit` levels in `value` (a scalar is
    0 levels, `[]` one, `[[1]]` two). Level by level, in time linear in the value's size."""
    if not isinstance(value, CONTAINERS):
        return False
    frontier, levels = [value], 1
    while levels <= limit:
        nested: list[Any] = []
        for item in frontier:
            children = item.values() if isinstance(item, dict) else item
            if _EXACT.isdisjoint(map(type, children)):  # a leaf: passed over at C speed
                continue
            nested.extend(c for c in children if isinstance(c, CONTAINERS))
        if not nested:
            return False
        frontier, levels = nested, levels + 1
    return True
