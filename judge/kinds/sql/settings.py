"""A SQL problem's own settings: the [sql] table, the schema file and the datasets.

problem.toml's [sql] table (every key optional):

    dialect    default dialect of submissions ("postgres"); `-- dialect:` or --dialect win
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
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import sqlglot
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlglot import exp

from judge.kinds.sql.translate import dialect_name
from judge.model import Problem
from judge.problem import ProblemError


class SqlMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    dialect: str = "postgres"
    ordered: bool = False
    tolerance: float = Field(default=1e-6, ge=0)
    decimals: int | None = Field(default=None, ge=0, le=12)
    window: Literal["none", "hint", "required"] = "none"
    schema_file: str = Field(default="schema.sql", alias="schema")
    reference: str = "solutions/accepted/reference.sql"
    max_rows: int = Field(default=1000, ge=1, le=100_000)


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
    window: str
    schema: Schema
    reference: Path
    max_rows: int


def settings_for(problem: Problem) -> SqlSettings:
    """The problem's SQL settings and schema; a broken one raises `ProblemError`."""
    meta = _meta(problem.path, problem.slug, problem.extra)
    schema_path = problem.path / meta.schema_file
    try:
        stamp = schema_path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    schema = _schema_cached(schema_path, problem.slug, stamp)
    where = f"{problem.path / 'problem.toml'}: problem {problem.slug!r}"
    default = dialect_name(meta.dialect)
    if default is None:
        raise ProblemError(f"{where}: [sql] dialect {meta.dialect!r} is not one we read")
    return SqlSettings(
        dialect=default,
        ordered=meta.ordered,
        tolerance=meta.tolerance,
        decimals=meta.decimals,
        window=meta.window,
        schema=schema,
        reference=problem.path / meta.reference,
        max_rows=meta.max_rows,
    )


@functools.lru_cache(maxsize=128)
def _schema_cached(path: Path, slug: str, stamp: int) -> Schema:
    return load_schema(path, slug)


def _meta(folder: Path, slug: str, raw: dict[str, Any]) -> SqlMeta:
    try:
        return SqlMeta.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"sql.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ProblemError(f"{folder / 'problem.toml'}: problem {slug!r}: {problems}") from None


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
