"""Reading a SQL submission: its dialect, its syntax, and the DuckDB query it becomes.

sqlglot parses the query in the candidate's dialect and writes it out for DuckDB. Some
meanings depend on types: `7 / 2` is 3 in Postgres, SQLite and T-SQL but 3.5 in DuckDB and
MySQL. So a copy of the tree is qualified and typed against the problem's schema, and the
types found are copied back onto the original tree before it is written out: the original,
because the optimizer's rewrites (lower-cased names, expanded aliases) would change the
result's column names.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError, TokenError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema

from judge.dialects import dialect_name, unknown_dialect
from judge.kinds.sql import policy

if TYPE_CHECKING:
    from judge.kinds.sql.settings import Schema

# Dialects where TRUE is 1: `SUM(a = b)` and `AVG(x IS NOT NULL)` count there; DuckDB
# wants an explicit cast for AVG and arithmetic.
BOOLEANS_ARE_NUMBERS = frozenset({"mysql", "sqlite"})
# Dialects where a bare NUMERIC has no fixed scale; DuckDB's bare DECIMAL is DECIMAL(18, 3),
# which would round `AVG(x)::numeric` to 3 places before the query's own ROUND.
UNBOUNDED_NUMERIC = frozenset({"postgres", "redshift"})
# Dialects that select columns neither grouped nor aggregated (MySQL without
# ONLY_FULL_GROUP_BY, as LeetCode runs it): DuckDB refuses them; ANY_VALUE means the same.
LOOSE_GROUP_BY = frozenset({"mysql"})
# Schema prefixes people write out of habit; the tables live in DuckDB's default schema.
HARMLESS_PREFIXES = frozenset({"main", "public", "dbo"})


@dataclass(frozen=True)
class Translation:
    sql: str  # what DuckDB runs
    dialect: str
    uses_window: bool
    notes: tuple[str, ...] = ()  # what was changed to run it as its dialect would, for a person


@dataclass(frozen=True)
class Refusal:
    message: str  # shown as a Compile Error


def translate(code: str, dialect: str, schema: Schema) -> Translation | Refusal:
    """The DuckDB query for a submission, or why it cannot be run."""
    name = dialect_name(dialect)
    if name is None:
        return Refusal(unknown_dialect(dialect))
    try:
        with _quiet():
            statements = [s for s in sqlglot.parse(code, read=name) if s is not None]
    except ParseError as exc:
        return Refusal(syntax_message(code, exc, name))
    except TokenError as exc:
        return Refusal(f"Syntax error ({name}): an unclosed quote or comment? {exc}")
    except SqlglotError as exc:
        return Refusal(f"Syntax error ({name}): {exc}")
    if not statements:
        return Refusal("the file holds no query: write one SELECT (or WITH ...) query")
    if len(statements) > 1:
        return Refusal(
            f"the file holds {len(statements)} statements: submit exactly one query "
            "(a trailing semicolon is fine)"
        )
    tree = statements[0]
    _drop_harmless_prefixes(tree, schema)
    refusal = policy.check(tree, schema.names)
    if refusal:
        return Refusal(refusal)
    notes: tuple[str, ...] = ()
    if name in LOOSE_GROUP_BY:
        loose = _any_value_for_ungrouped(tree)
        if loose:
            notes = (
                f"MySQL (without ONLY_FULL_GROUP_BY, as LeetCode runs it) read "
                f"{', '.join(loose)} as ANY_VALUE(...): selected but neither grouped nor "
                "aggregated, so any row's value of the group may be shown",
            )
    _copy_types(tree, name, schema)
    if name in BOOLEANS_ARE_NUMBERS:
        _booleans_as_integers(tree)
    if name in UNBOUNDED_NUMERIC:
        _numeric_as_double(tree)
    try:
        with _quiet():
            sql = tree.sql(dialect="duckdb")
    except SqlglotError as exc:
        return Refusal(f"this query cannot be translated from {name} to DuckDB: {exc}")
    # The check again, on what will actually run, with DuckDB's own names for things.
    try:
        with _quiet():
            again = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except SqlglotError:
        again = None  # sqlglot cannot read its own output; DuckDB's settings still hold
    if again is not None:
        if len(again) != 1:
            return Refusal("the query translates to several statements")
        refusal = policy.check(again[0], schema.names)
        if refusal:
            return Refusal(refusal)
    return Translation(sql, name, policy.uses_window(tree), notes)


def syntax_message(code: str, error: ParseError, dialect: str) -> str:
    """Line, column and the offending text, from sqlglot's structured error fields."""
    first = error.errors[0] if error.errors else {}
    description = _clean(str(first.get("description") or "invalid syntax"))
    line, col = first.get("line"), first.get("col")
    highlight = str(first.get("highlight") or "")
    if not isinstance(line, int) or not isinstance(col, int):
        return f"Syntax error ({dialect}): {description}"
    text = f"Syntax error ({dialect}) at line {line}, column {col}: {description}"
    lines = code.splitlines()
    if 1 <= line <= len(lines):
        source = lines[line - 1].rstrip()
        width = max(1, len(highlight.splitlines()[-1]) if highlight else 1)
        start = max(0, col - width)
        indent = len(source) - len(source.lstrip())
        text += f"\n    {source.strip()}\n    {' ' * max(0, start - indent)}{'^' * width}"
    if highlight.strip():
        text += f"\nnear {highlight.strip()!r}"
    return text


def _clean(description: str) -> str:
    # sqlglot names its own classes in some messages: "<class 'sqlglot...Paren'>" -> Paren
    return re.sub(r"<class '(?:[\w]+\.)*(\w+)'>", r"\1", description)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """sqlglot logs warnings (fallbacks to Command, unsupported syntax); we judge instead."""
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _drop_harmless_prefixes(tree: exp.Expr, schema: Schema) -> None:
    for table in tree.find_all(exp.Table):
        if (
            table.name.lower() in schema.names
            and table.args.get("db") is not None
            and table.db.lower() in HARMLESS_PREFIXES
            and not table.catalog
        ):
            table.set("db", None)


def _copy_types(tree: exp.Expr, dialect: str, schema: Schema) -> None:
    """Type a qualified copy of the tree and copy the types found back onto the tree."""
    nodes: dict[int, exp.Expr] = {}
    for i, node in enumerate(tree.walk()):
        node.meta["judge_id"] = i
        nodes[i] = node
    copy = tree.copy()
    for ident in copy.find_all(exp.Identifier):
        # DuckDB resolves every name case-insensitively, quoted or not; so do we here.
        ident.set("this", ident.this.lower())
        ident.set("quoted", False)
    tables: dict[str, object] = dict(schema.for_sqlglot())
    mapping = MappingSchema(tables, dialect="duckdb", normalize=False)
    try:
        with _quiet():
            typed = qualify(
                copy,
                dialect=dialect,
                schema=mapping,
                quote_identifiers=False,
                validate_qualify_columns=False,
            )
            typed = annotate_types(typed, schema=mapping, dialect=dialect)
    except Exception:  # the optimizer gives up on some queries; types are a bonus
        return
    for node in typed.walk():
        index = node.meta.get("judge_id")
        found = node.type
        if index in nodes and found is not None and not found.is_type(exp.DType.UNKNOWN):
            nodes[index].type = found.copy()


def _booleans_as_integers(tree: exp.Expr) -> None:
    """Cast conditions used as numbers (MySQL's `AVG(x > 0)`, `SUM(a = b) + 1`) to INT."""
    numeric_parents = (exp.Sum, exp.Avg, exp.Add, exp.Sub, exp.Mul, exp.Div)
    for node in list(tree.walk()):
        if not isinstance(node, numeric_parents):
            continue
        for key in ("this", "expression"):
            child = node.args.get(key)
            if isinstance(child, exp.Expr) and _is_condition(child):
                child.replace(exp.cast(exp.paren(child.copy(), copy=False), exp.DType.INT))


def _is_condition(node: exp.Expr) -> bool:
    inner = node.unnest() if isinstance(node, exp.Paren) else node
    if isinstance(inner, (exp.Predicate, exp.Not, exp.And, exp.Or, exp.Boolean)):
        return True
    return inner.type is not None and inner.is_type(exp.DType.BOOLEAN)


def _numeric_as_double(tree: exp.Expr) -> None:
    for node in list(tree.find_all(exp.DataType)):
        if node.this == exp.DType.DECIMAL and not node.expressions:
            node.replace(exp.DataType.build("DOUBLE"))


def _any_value_for_ungrouped(tree: exp.Expr) -> list[str]:
    """Wrap each selected expression of a grouped SELECT that is neither grouped nor
    aggregated in ANY_VALUE(...), keeping its output name; what was wrapped, as written."""
    wrapped: list[str] = []
    for select in list(tree.find_all(exp.Select)):
        group = select.args.get("group")
        projections = list(select.expressions)
        if group is None and not any(_aggregates(p) for p in projections):
            continue  # no grouping at all (a window function's OVER is not one)
        grouped = _grouped(group.expressions if group is not None else [], projections)
        names = {c.name.lower() for g in grouped.values() for c in g.find_all(exp.Column)}
        for projection in projections:
            inner = projection.unalias()
            if (
                _key(inner) in grouped
                or (isinstance(projection, exp.Alias) and projection.alias.lower() in grouped)
                or inner.find(exp.AggFunc, exp.Window, exp.Select, exp.Star)
                or isinstance(inner, exp.Star)
            ):
                continue
            columns = list(inner.find_all(exp.Column))
            if not columns or all(c.name.lower() in names for c in columns):
                continue
            wrapped.append(inner.sql(dialect="mysql"))
            if isinstance(projection, exp.Alias):
                inner.replace(exp.AnyValue(this=inner.copy()))
            else:
                name = projection.output_name
                any_value = exp.AnyValue(this=projection.copy())
                projection.replace(exp.alias_(any_value, name) if name else any_value)
    return wrapped


def _aggregates(node: exp.Expr) -> bool:
    """Whether an expression aggregates its group (not a window function, not a subquery)."""
    return any(
        agg.find_ancestor(exp.Window, exp.Select) in (None, node.find_ancestor(exp.Select))
        and not isinstance(agg.parent, exp.Window)
        for agg in node.find_all(exp.AggFunc)
    )


def _grouped(keys: list[exp.Expr], projections: list[exp.Expr]) -> dict[str, exp.Expr]:
    """The GROUP BY expressions by their text; `GROUP BY 1` and an alias name the projection."""
    aliases = {p.alias.lower(): p.unalias() for p in projections if isinstance(p, exp.Alias)}
    found: dict[str, exp.Expr] = {}
    for key in keys:
        if isinstance(key, exp.Literal) and key.is_int and 0 < int(key.this) <= len(projections):
            target = projections[int(key.this) - 1]
            found[_key(target.unalias())] = target.unalias()
            if isinstance(target, exp.Alias):
                found[target.alias.lower()] = target.unalias()
            continue
        if isinstance(key, exp.Column) and not key.table and key.name.lower() in aliases:
            found[key.name.lower()] = aliases[key.name.lower()]
            found[_key(aliases[key.name.lower()])] = aliases[key.name.lower()]
        found[_key(key)] = key
    return found


def _key(node: exp.Expr) -> str:
    return node.sql(dialect="duckdb").lower()
