"""A SQL problem's own settings: the [sql] table, the schema file and the datasets.

problem.toml's [sql] table (every key optional):

    dialect    default dialect of submissions ("postgres"; names and aliases in
               judge.dialects); `-- dialect:` or --dialect win
    ordered    whether row order counts (false: rows compared as a multiset)
    tolerance  relative and absolute tolerance for non-integer numbers (1e-6)
    decimals   the rounding the statement asks for: numbers then match within one unit
               in that decimal place (e.g. 2: 0.33 matches 0.3333 and 0.34, not 0.35)
    window     "none", "hint" (say so when no window function is used) or "required"
    schema     the schema file, CREATE TABLE statements in DuckDB's SQL ("schema.sql")
    reference  the query expected results come from ("solutions/accepted/reference.sql")
    max_rows   rows read from a result at most (1000); more is a wrong answer

A dataset (a test's "args") maps table names to rows: either a list of rows in the
schema's column order, or {"columns": [...], "rows": [...]} naming some of the columns
(the others are NULL). Tables a dataset leaves out are empty.

The table is read and checked when the problem is loaded (judge.problem, into a
`judge.model.SqlConfig`); the schema file is parsed here, when judging first needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlglot
from sqlglot import exp

from judge.model import Problem, SqlConfig, SqlWindow
from judge.problem import ProblemError


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB spelling, e.g. "INTEGER", "DECIMAL(10, 2)"


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True)
class Schema:
    tables: tuple[TableSchema, ...]

    def table(self, name: str) -> TableSchema | None:
        key = name.lower()
        return next((t for t in self.tables if t.name.lower() == key), None)

    @property
    def names(self) -> frozenset[str]:
        """Table names, lower-cased: DuckDB resolves names case-insensitively."""
        return frozenset(t.name.lower() for t in self.tables)

    def for_sqlglot(self) -> dict[str, dict[str, str]]:
        """Lower-cased {table: {column: type}}, as sqlglot's optimizer takes a schema."""
        return {t.name.lower(): {c.name.lower(): c.type for c in t.columns} for t in self.tables}

    def for_harness(self) -> list[dict[str, Any]]:
        return [
            {"name": t.name, "columns": [[c.name, c.type] for c in t.columns]} for t in self.tables
        ]


@dataclass(frozen=True)
class SqlSettings:
    dialect: str
    ordered: bool
    tolerance: float
    decimals: int | None
    window: SqlWindow
    schema: Schema
    reference: Path
    max_rows: int


def settings_for(problem: Problem) -> SqlSettings:
    """The problem's SQL settings (read at load) and its schema; a broken schema raises
    `ProblemError`."""
    config = problem.settings
    if not isinstance(config, SqlConfig):
        raise ValueError(f"problem {problem.slug!r} is a {problem.kind} problem, not SQL")
    try:
        stamp = config.schema.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return SqlSettings(
        dialect=config.dialect,
        ordered=config.ordered,
        tolerance=config.tolerance,
        decimals=config.decimals,
        window=config.window,
        schema=problem.remember(
            ("sql-schema", str(config.schema), stamp),
            lambda: load_schema(config.schema, problem.slug),
        ),
        reference=config.reference,
        max_rows=config.max_rows,
    )


def load_schema(path: Path, slug: str) -> Schema:
    """Tables and column types from CREATE TABLE statements (DuckDB's SQL)."""
    where = f"{path}: problem {slug!r}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProblemError(f"{where}: the schema file is missing") from None
    try:
        statements = [s for s in sqlglot.parse(text, read="duckdb") if s is not None]
    except sqlglot.errors.SqlglotError as exc:
        raise ProblemError(f"{where}: cannot read the schema: {exc}") from None
    tables = []
    for statement in statements:
        if not (isinstance(statement, exp.Create) and statement.kind == "TABLE"):
            raise ProblemError(f"{where}: only CREATE TABLE statements belong here")
        body = statement.this
        if not isinstance(body, exp.Schema) or not isinstance(body.this, exp.Table):
            raise ProblemError(f"{where}: CREATE TABLE needs a column list")
        columns = []
        for col in body.expressions:
            if not isinstance(col, exp.ColumnDef) or col.args.get("kind") is None:
                raise ProblemError(f"{where}: {col.sql()!r}: give each column a name and a type")
            columns.append(Column(col.name, col.args["kind"].sql("duckdb")))
        tables.append(TableSchema(body.this.name, tuple(columns)))
    if not tables:
        raise ProblemError(f"{where}: the schema defines no tables")
    names = [t.name.lower() for t in tables]
    if len(set(names)) != len(names):
        raise ProblemError(f"{where}: a table is defined twice")
    return Schema(tuple(tables))


def normalise_dataset(schema: Schema, dataset: Any) -> tuple[dict[str, Any], list[str]]:
    """The dataset as {table: {"columns", "rows"}} in the schema's spelling, and its faults."""
    errors: list[str] = []
    out: dict[str, Any] = {}
    if not isinstance(dataset, dict):
        return out, ["a dataset must map table names to rows"]
    for name, value in dataset.items():
        table = schema.table(str(name))
        if table is None:
            errors.append(f"table {name!r} is not in the schema")
            continue
        columns: Any
        rows: Any
        if isinstance(value, list):
            columns, rows = list(table.column_names), value
        elif isinstance(value, dict) and set(value) <= {"columns", "rows"}:
            columns, rows = value.get("columns") or list(table.column_names), value.get("rows")
        else:
            errors.append(f"table {name!r}: give a list of rows or {{'columns', 'rows'}}")
            continue
        known = {c.lower(): c for c in table.column_names}
        if not isinstance(columns, list) or any(str(c).lower() not in known for c in columns):
            errors.append(f"table {name!r}: columns {columns!r} are not all in the schema")
            continue
        if not isinstance(rows, list) or any(
            not isinstance(r, list) or len(r) != len(columns) for r in rows
        ):
            errors.append(f"table {name!r}: every row must be a list of {len(columns)} values")
            continue
        out[table.name] = {"columns": [known[str(c).lower()] for c in columns], "rows": rows}
    return out, errors
