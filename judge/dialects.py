"""The SQL dialects a query may be written in: their names, their aliases and the default.

The one list every part reads: problem loading (a problem's `[sql] dialect`), the CLI's
`--dialect`, the web API's `dialect` field and the translation to DuckDB. Nothing here
imports from the judge, so any stage can use it.
"""

from __future__ import annotations

from typing import Literal, get_args

Dialect = Literal[
    "postgres",
    "mysql",
    "sqlite",
    "bigquery",
    "snowflake",
    "tsql",
    "duckdb",
    "oracle",
    "redshift",
    "trino",
    "spark",
]
DIALECTS: tuple[Dialect, ...] = get_args(Dialect)
DEFAULT_DIALECT: Dialect = "postgres"
# Other spellings people use for the same dialects, lower-case and without spaces.
ALIASES: dict[str, Dialect] = {
    "postgresql": "postgres",
    "pg": "postgres",
    "psql": "postgres",
    "mariadb": "mysql",
    "mssql": "tsql",
    "sqlserver": "tsql",
    "sql-server": "tsql",
    "t-sql": "tsql",
    "bq": "bigquery",
    "sparksql": "spark",
}


def dialect_name(name: str) -> Dialect | None:
    """The dialect a name or alias means (any case, spaces ignored), or None if none."""
    key = name.strip().lower().replace(" ", "")
    key = ALIASES.get(key, key)
    return next((d for d in DIALECTS if d == key), None)


def unknown_dialect(name: str) -> str:
    """What to say about a name that is no dialect."""
    return f"unknown SQL dialect {name!r}: use one of {', '.join(DIALECTS)}"
