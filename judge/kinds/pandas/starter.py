"""The pandas starter of an SQL problem: one function taking each table as a DataFrame."""

from __future__ import annotations

import re

from judge.kinds.sql.settings import settings_for
from judge.model import Problem

# The dtypes the worker gives each schema type (judge/kinds/pandas/worker.py, dtype_of).
DTYPES = (
    (("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT"), "Int64"),
    (("DOUBLE", "FLOAT", "REAL", "DECIMAL", "NUMERIC"), "float64"),
    (("DATE", "TIMESTAMP"), "datetime64[ns]"),
    (("BOOLEAN", "BOOL"), "boolean"),
)


def parameter(table: str) -> str:
    """A table's parameter name, in snake_case: PriceLog -> price_log."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", table).lower()


def dtype(sql_type: str) -> str:
    base = sql_type.upper().split("(")[0].strip()
    for names, name in DTYPES:
        if base in names or (name.startswith("datetime") and base.startswith(names)):
            return name
    return "object"


def starter(problem: Problem) -> str:
    """The starter file's text (without the `# problem:` line)."""
    schema = settings_for(problem).schema
    params = ", ".join(f"{parameter(t.name)}: pd.DataFrame" for t in schema.tables)
    described = []
    for t in schema.tables:
        columns = ", ".join(f"{c.name} {dtype(c.type)}" for c in t.columns)
        described.append(f"    {parameter(t.name)}: {t.name} ({columns})")
    first = parameter(schema.tables[0].name)
    return (
        "import pandas as pd\n\n\n"
        f"def {problem.slug}({params}) -> pd.DataFrame:\n"
        '    """Each table is a DataFrame with the schema\'s columns; return the result table\n'
        "    (its columns named as the statement says; the index is ignored).\n\n"
        + "\n".join(described)
        + '\n    """\n'
        f"    return {first}\n"
    )
