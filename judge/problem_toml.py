"""problem.toml's schema: strict, versioned, validated with pydantic (an edge of the judge).

Only `judge.problem` imports this, and only when a problem.toml is new or changed: what it
validated is cached as plain JSON by the file's hash (and this module's own), so judging a
known problem never pays for pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails

from judge.dialects import DEFAULT_DIALECT, dialect_name, unknown_dialect
from judge.model import MlProba, MlTask, SqlWindow

ArgType = Literal["", "list_node", "tree_node", "list_node[]"]  # [] : a list of lists


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"


class FunctionMeta(_Strict):
    name: str = Field(pattern=IDENTIFIER)
    leetcode: str | None = Field(default=None, pattern=IDENTIFIER)
    arg_types: list[ArgType] = []
    return_type: ArgType = ""
    in_place: str | None = Field(default=None, pattern=IDENTIFIER)


class DesignMeta(_Strict):
    """The `[design]` table: a class-design problem in LeetCode's format."""

    class_name: str = Field(alias="class", pattern=IDENTIFIER)
    methods: list[str] = Field(min_length=1)

    @field_validator("methods")
    @classmethod
    def _method_names(cls, value: list[str]) -> list[str]:
        for name in value:
            if not name.isidentifier() or name.startswith("_"):
                raise ValueError(f"{name!r} is not a public method name")
        if len(set(value)) != len(value):
            raise ValueError("a method is named twice")
        return value


class LimitsMeta(_Strict):
    time: float = Field(gt=0, le=60, description="seconds per test")
    memory_mb: int = Field(default=256, ge=16, le=8192)
    output_kb: int = Field(default=1024, ge=1, le=65536)


class CheckerMeta(_Strict):
    name: Literal["exact", "float", "unordered", "nested_unordered", "custom"] = "exact"
    tolerance: float = Field(default=1e-6, ge=0)
    options: dict[str, Any] = {}


class SqlMeta(_Strict):
    """The `[sql]` table (judge.kinds.sql.settings says what each key means)."""

    dialect: str = DEFAULT_DIALECT
    ordered: bool = False
    tolerance: float = Field(default=1e-6, ge=0)
    decimals: int | None = Field(default=None, ge=0, le=12)
    window: SqlWindow = "none"
    schema_file: str = Field(default="schema.sql", alias="schema")
    reference: str = "solutions/accepted/reference.sql"
    max_rows: int = Field(default=1000, ge=1, le=100_000)

    @field_validator("dialect")
    @classmethod
    def _known_dialect(cls, value: str) -> str:
        name = dialect_name(value)
        if name is None:
            raise ValueError(unknown_dialect(value))
        return name  # an alias ("postgresql") becomes the dialect's name ("postgres")


class MlMeta(_Strict):
    """The `[ml]` table (judge.kinds.ml.settings says what each key means)."""

    task: MlTask
    gradient_descent: bool = False
    refuse: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    proba: MlProba = "none"
    functions: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ("y_true", "y_pred")
    hint: str = ""


class ComplexityMeta(_Strict):
    """The `[complexity]` table: the growth a good solution has (judge.complexity's classes),
    which `judge verify --complexity` holds the accepted and too-slow solutions to."""

    time: Literal["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^2 log n)", "O(n^3)"]


class _CommonMeta(_Strict):
    format_version: Literal[1]
    title: str = Field(min_length=1)
    difficulty: Literal["easy", "medium", "hard"]
    tier: Literal["high", "medium", "low"] | None = None
    topic: str | None = None
    function: FunctionMeta | None = None
    limits: LimitsMeta
    checker: CheckerMeta = CheckerMeta()


class PythonProblemMeta(_CommonMeta):
    kind: Literal["python"]
    design: DesignMeta | None = None
    complexity: ComplexityMeta | None = None


class SqlProblemMeta(_CommonMeta):
    kind: Literal["sql"]
    sql: SqlMeta = SqlMeta()


class MlProblemMeta(_CommonMeta):
    kind: Literal["ml"]
    ml: MlMeta


# problem.toml: which tables a problem may (or must) have depends on its kind.
ProblemMeta = Annotated[
    PythonProblemMeta | SqlProblemMeta | MlProblemMeta,
    Field(discriminator="kind"),
]
_PROBLEM_META: TypeAdapter[ProblemMeta] = TypeAdapter(ProblemMeta)


def validate(raw: dict[str, Any]) -> dict[str, Any]:
    """The file's tables, validated and with defaults filled in (plain JSON values), or
    `ValueError` whose message lists each fault as `dotted.key: what`."""
    try:
        meta = _PROBLEM_META.validate_python(raw)
    except ValidationError as exc:
        kind = raw.get("kind")
        raise ValueError("; ".join(_fault(err, kind) for err in exc.errors())) from None
    return meta.model_dump(mode="json")


def _fault(err: ErrorDetails, kind: object) -> str:
    """One validation error as `where: what`, where is a dotted key of the file."""
    if err["type"] == "union_tag_not_found":
        return "kind: Field required"
    if err["type"] == "union_tag_invalid":
        return f"kind: must be 'python', 'sql' or 'ml', not {kind!r}"
    loc = err["loc"]
    if loc and loc[0] == kind:  # pydantic puts the union's tag first: sql.sql.dialect
        loc = loc[1:]
    return f"{'.'.join(str(p) for p in loc) or '(top)'}: {err['msg']}"
