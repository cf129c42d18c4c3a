"""What a SQL submission may be: exactly one read-only query over the problem's tables.

The whole tree is walked, not just its top: a data-modifying CTE or a `SELECT ... INTO`
hides a write inside a SELECT. Files are refused twice over: by name (table functions
such as read_csv, a quoted path in FROM) here, and by DuckDB's own settings in the
harness (no external access, no extensions).
"""

from __future__ import annotations

from sqlglot import exp

# Statements and clauses that write, change settings, reach outside, or are not queries.
FORBIDDEN: dict[type[exp.Expr], str] = {
    cls: label
    for name, label in (
        ("Insert", "INSERT"),
        ("Update", "UPDATE"),
        ("Delete", "DELETE"),
        ("Merge", "MERGE"),
        ("Create", "CREATE"),
        ("Drop", "DROP"),
        ("Alter", "ALTER"),
        ("TruncateTable", "TRUNCATE"),
        ("Copy", "COPY"),
        ("Export", "EXPORT"),
        ("LoadData", "LOAD DATA"),
        ("Attach", "ATTACH"),
        ("Detach", "DETACH"),
        ("Install", "INSTALL"),
        ("Set", "SET"),
        ("Pragma", "PRAGMA"),
        ("Use", "USE"),
        ("Transaction", "a transaction"),
        ("Commit", "COMMIT"),
        ("Rollback", "ROLLBACK"),
        ("Into", "SELECT ... INTO"),
        ("Describe", "DESCRIBE"),
        ("Summarize", "SUMMARIZE"),
        ("Analyze", "ANALYZE"),
        ("Cache", "CACHE"),
        ("Uncache", "UNCACHE"),
        ("Refresh", "REFRESH"),
        ("Grant", "GRANT"),
        ("Revoke", "REVOKE"),
        ("Kill", "KILL"),
        ("Declare", "DECLARE"),
        ("Execute", "EXECUTE"),
        ("Show", "SHOW"),
        ("Comment", "COMMENT"),
        ("Lock", "a locking clause"),
        ("Placeholder", "a query parameter"),
        ("Parameter", "a query parameter"),
        ("Command", "this statement"),
    )
    if isinstance(cls := getattr(exp, name, None), type)
}

# Table functions a query may call in FROM; every other one is refused.
TABLE_FUNCTIONS = frozenset({"generate_series", "range", "unnest", "exploding_generate_series"})

# Functions that read files, run SQL from a string, or look at the machine, wherever used.
DENIED_FUNCTIONS = frozenset(
    {
        "glob",
        "query",
        "query_table",
        "sniff_csv",
        "csv_scan",
        "parquet_scan",
        "parquet_metadata",
        "parquet_schema",
        "parquet_file_metadata",
        "parquet_kv_metadata",
        "iceberg_scan",
        "delta_scan",
        "sqlite_scan",
        "sqlite_attach",
        "postgres_scan",
        "postgres_attach",
        "mysql_scan",
        "st_read",
        "json_execute_serialized_sql",
        "getenv",
        "load_file",
        "pg_read_file",
        "pg_read_binary_file",
        "pg_ls_dir",
        "pg_stat_file",
        "lo_import",
        "lo_export",
        "pg_sleep",
        "sleep",
        "system",
        "shell",
    }
)
DENIED_PREFIXES = ("read_", "pragma_")
FILE_MARKS = ("/", "\\", ".", ":", "~")

SUBMIT_ONE = "submit one read-only query (SELECT, WITH ..., UNION ...)"


def check(tree: exp.Expr, tables: frozenset[str]) -> str | None:
    """Why this query may not run, or None. `tables`: the schema's names, lower-cased."""
    if not isinstance(tree, (exp.Query, exp.Values)):
        return f"{_statement_name(tree)} is not a query: {SUBMIT_ONE}"
    known = tables | _cte_names(tree)
    for node in tree.walk():
        label = _forbidden(node)
        if label:
            return f"{label} is not allowed: {SUBMIT_ONE}"
        if isinstance(node, exp.Func):
            refusal = _function(node)
            if refusal:
                return refusal
        if isinstance(node, exp.Table):
            refusal = _table(node, known, tables)
            if refusal:
                return refusal
    return None


def uses_window(tree: exp.Expr) -> bool:
    return any(isinstance(node, exp.Window) for node in tree.walk())


def function_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return node.sql_name().lower()


def _forbidden(node: exp.Expr) -> str | None:
    for cls, label in FORBIDDEN.items():
        if isinstance(node, cls):
            return label
    return None


def _statement_name(tree: exp.Expr) -> str:
    if isinstance(tree, exp.Command):
        word = str(tree.this or "").split()
        return repr(word[0].upper()) if word else "this statement"
    label = _forbidden(tree)
    if label:
        return label
    words = tree.sql().split()
    return repr(" ".join(words[:3])[:40]) if words else "this statement"


def _function(node: exp.Func) -> str | None:
    name = function_name(node)
    if name in DENIED_FUNCTIONS or name.startswith(DENIED_PREFIXES):
        return f"the function {name}() is not allowed: queries read only the problem's tables"
    return None


def _table(node: exp.Table, known: frozenset[str], tables: frozenset[str]) -> str | None:
    target = node.this
    if isinstance(target, exp.Func):
        name = function_name(target)
        if name not in TABLE_FUNCTIONS:
            return (
                f"the table function {name}() is not allowed: "
                "queries read only the problem's tables"
            )
        return None
    if not isinstance(target, exp.Identifier):
        return f"{node.sql()!r} is not a table of this problem"
    name = str(target.this)
    if any(mark in name for mark in FILE_MARKS):
        return f"reading files is not allowed ({name!r}): queries read only the problem's tables"
    if node.args.get("db") is not None or node.args.get("catalog") is not None:
        return f"refer to tables by their name alone, not {node.sql()!r}"
    if name.lower() not in known:
        listed = ", ".join(sorted(tables)) or "none"
        return f"unknown table {name!r}: this problem's tables are {listed}"
    return None


def _cte_names(tree: exp.Expr) -> frozenset[str]:
    return frozenset(cte.alias.lower() for cte in tree.find_all(exp.CTE) if cte.alias)
