"""Loading one problem folder into a `Problem`.

A problem is a folder `problems/<pack>/<slug>/`:

    problem.toml        strict, versioned metadata (see `ProblemMeta`)
    statement.md        the statement, Markdown with examples
    starter.py|.sql     what the candidate starts from
    tests/samples.json  sample tests, shown to the candidate
    tests/hidden.json   hidden tests
    generator.py        optional: `generate()` returns more hidden tests, seeded
    checker.py          optional: `check(args, expected, actual)` for checker "custom"
    solutions/<verdict>/...  solutions grouped by the verdict they must get

A broken folder raises `ProblemError`, whose message names the file and the problem.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.cachefile import cache_dir, read_json, write_json
from judge.dialects import DEFAULT_DIALECT
from judge.model import (
    CheckerSpec,
    Entry,
    Limits,
    MlConfig,
    Problem,
    SqlConfig,
    SqlWindow,
    TestCase,
)

FORMAT_VERSION = 1
CHECKERS = ("exact", "float", "unordered", "nested_unordered", "custom")


class ProblemError(Exception):
    """A problem folder is broken: the message says which file and what to fix."""


# problem.toml, validated (judge.problem_toml holds its schema) and held as plain values.


@dataclass(frozen=True)
class FunctionMeta:
    name: str
    leetcode: str | None = None
    arg_types: tuple[str, ...] = ()
    return_type: str = ""
    in_place: str | None = None


@dataclass(frozen=True)
class DesignMeta:
    class_name: str
    methods: tuple[str, ...]


@dataclass(frozen=True)
class LimitsMeta:
    time: float
    memory_mb: int = 256
    output_kb: int = 1024


@dataclass(frozen=True)
class CheckerMeta:
    name: str = "exact"
    tolerance: float = 1e-6
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SqlMeta:
    dialect: str = DEFAULT_DIALECT
    ordered: bool = False
    tolerance: float = 1e-6
    decimals: int | None = None
    window: SqlWindow = "none"
    schema_file: str = "schema.sql"
    reference: str = "solutions/accepted/reference.sql"
    max_rows: int = 1000


@dataclass(frozen=True)
class Meta:
    """A problem.toml: the common tables, and the one of its kind (None for the others)."""

    kind: str
    title: str
    difficulty: str
    limits: LimitsMeta
    checker: CheckerMeta
    tier: str | None = None
    topic: str | None = None
    function: FunctionMeta | None = None
    design: DesignMeta | None = None  # python only
    complexity: str | None = None  # python only: [complexity] time
    sql: SqlMeta | None = None
    ml: MlConfig | None = None


def _meta_from(data: dict[str, Any]) -> Meta:
    """A `Meta` from judge.problem_toml.validate's plain dict (or its cached copy)."""

    def tupled(table: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any] | None:
        if table is None:
            return None
        return {k: tuple(v) if k in keys else v for k, v in table.items()}

    function = tupled(data.get("function"), ("arg_types",))
    design = tupled(data.get("design"), ("methods",))
    ml = tupled(data.get("ml"), ("refuse", "attributes", "functions", "inputs"))
    complexity = data.get("complexity")
    return Meta(
        kind=data["kind"],
        title=data["title"],
        difficulty=data["difficulty"],
        limits=LimitsMeta(**data["limits"]),
        checker=CheckerMeta(**data["checker"]),
        tier=data.get("tier"),
        topic=data.get("topic"),
        function=FunctionMeta(**function) if function is not None else None,
        design=DesignMeta(**design) if design is not None else None,
        complexity=complexity["time"] if complexity else None,
        sql=SqlMeta(**data["sql"]) if data.get("sql") is not None else None,
        ml=MlConfig(**ml) if ml is not None else None,
    )


def load_problem(folder: Path) -> Problem:
    """Read and validate one problem folder."""
    folder = folder.resolve()
    slug = folder.name
    meta = read_meta(folder)
    where = f"problem {slug!r}"
    design = meta.design
    if meta.kind == "python" and (meta.function is None) == (design is None):
        raise ProblemError(
            f"{folder / 'problem.toml'}: {where}: a python problem needs exactly one of "
            "a [function] table and a [design] table"
        )
    if meta.kind == "ml" and meta.function is None:
        raise ProblemError(
            f"{folder / 'problem.toml'}: {where}: kind 'ml' needs a [function] table"
        )
    if meta.kind == "python" and (meta.tier is None or meta.topic is None):
        raise ProblemError(
            f"{folder / 'problem.toml'}: {where}: algorithm problems need tier and topic"
        )
    statement = with_limits(_read_text(folder / "statement.md", where), meta.limits)
    starter_ext = ".sql" if meta.kind == "sql" else ".py"
    starter_path = folder / f"starter{starter_ext}"
    starter = _read_text(starter_path, where)
    tests = _read_tests(folder, where, meta.kind)
    entry = None
    if meta.function is not None:
        entry = Entry(
            function=meta.function.name,
            method=meta.function.leetcode,
            arg_types=tuple(meta.function.arg_types),
            return_type=meta.function.return_type,
        )
        if meta.function.in_place is not None:
            entry = _in_place(entry, meta.function.in_place, starter, starter_path, where)
    elif design is not None:
        entry = Entry(function=design.class_name, methods=tuple(design.methods))
        _check_design_tests(entry, tests, folder, where)
    if meta.checker.name == "custom" and not (folder / "checker.py").is_file():
        raise ProblemError(f"{folder / 'checker.py'}: {where}: checker 'custom' needs this file")
    return Problem(
        slug=slug,
        path=folder,
        title=meta.title,
        pack=folder.parent.name,
        kind=meta.kind,
        difficulty=meta.difficulty,
        tier=meta.tier,
        topic=meta.topic,
        statement=statement,
        starter=starter,
        starter_name=f"{slug}{starter_ext}",
        limits=Limits(meta.limits.time, meta.limits.memory_mb, meta.limits.output_kb),
        checker=CheckerSpec(meta.checker.name, meta.checker.tolerance, dict(meta.checker.options)),
        entry=entry,
        tests=tests,
        settings=_settings(meta, folder),
        target_time=meta.complexity,
    )


def _in_place(entry: Entry, name: str, starter: str, path: Path, where: str) -> Entry:
    """The in-place argument's position, from the starter's signature of the function."""
    wanted = {entry.function, entry.method}
    params: list[str] | None = None
    try:
        tree = ast.parse(starter)
    except SyntaxError as exc:
        raise ProblemError(f"{path}: {where}: not valid Python: {exc}") from None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in wanted:
            params = [a.arg for a in node.args.posonlyargs + node.args.args]
            if params and params[0] == "self":
                params = params[1:]
    if params is None:
        raise ProblemError(f"{path}: {where}: in_place needs the function in the starter")
    if name not in params:
        raise ProblemError(
            f"{path}: {where}: in_place = {name!r} is not a parameter of the starter's "
            f"function ({', '.join(params) or 'none'})"
        )
    return replace(entry, in_place=params.index(name), in_place_name=name)


def _check_design_tests(
    entry: Entry, tests: tuple[TestCase, ...], folder: Path, where: str
) -> None:
    """Each test: args [operations, arguments], expected one result per operation."""
    methods = set(entry.methods)
    for test in tests:
        fault = _design_fault(entry.function, methods, test)
        if fault:
            raise ProblemError(f"{folder / 'tests'}: {where}: test {test.name!r}: {fault}")


def _design_fault(cls: str, methods: set[str], test: TestCase) -> str:
    args, expected = test.args, test.expected
    if not (isinstance(args, list) and len(args) == 2 and all(isinstance(a, list) for a in args)):
        return "args must be [operations, arguments], two lists"
    ops, params = args
    if not ops or len(ops) != len(params):
        return "operations and arguments must be non-empty lists of the same length"
    if ops[0] != cls:
        return f"the first operation must be the constructor {cls!r}"
    for i, (op, p) in enumerate(zip(ops, params, strict=True)):
        if i and op not in methods:
            return f"operation {i} calls {op!r}, which is not among [design] methods"
        if not isinstance(p, list):
            return f"the arguments of operation {i} must be a list"
    if not isinstance(expected, list) or len(expected) != len(ops):
        return "expected must be a list with one result per operation"
    if expected[0] is not None:
        return "the constructor's expected result must be null"
    return ""


def _settings(meta: Meta, folder: Path) -> SqlConfig | MlConfig | None:
    """The kind's own table as a frozen value."""
    if meta.kind == "sql" and meta.sql is not None:
        sql = meta.sql
        return SqlConfig(
            dialect=sql.dialect,
            ordered=sql.ordered,
            tolerance=sql.tolerance,
            decimals=sql.decimals,
            window=sql.window,
            schema=folder / sql.schema_file,
            reference=folder / sql.reference,
            max_rows=sql.max_rows,
        )
    return meta.ml


def read_meta(folder: Path) -> Meta:
    """The folder's problem.toml, validated; `ProblemError` names the file and the fault.
    What was validated is cached by the file's hash (and the schema's), so pydantic is only
    imported for a new or changed file."""
    path = folder / "problem.toml"
    try:
        data = path.read_bytes()
    except OSError:
        raise ProblemError(f"{path}: problem {folder.name!r} has no problem.toml") from None
    cache = cache_dir() / "meta" / f"{hashlib.sha256(data + _schema_hash()).hexdigest()[:24]}.json"
    known = read_json(cache)
    if isinstance(known, dict):
        with contextlib.suppress(KeyError, TypeError):
            return _meta_from(known)
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"{path}: problem {folder.name!r}: not valid TOML: {exc}") from None
    from judge.problem_toml import validate

    try:
        valid = validate(raw)
    except ValueError as exc:
        raise ProblemError(f"{path}: problem {folder.name!r}: {exc}") from None
    write_json(cache, valid)
    return _meta_from(valid)


@functools.cache
def _schema_hash() -> bytes:
    """The schema's own source: a changed rule re-validates every file."""
    return hashlib.sha256((Path(__file__).parent / "problem_toml.py").read_bytes()).digest()


# Placeholders a statement may use so that the limits it states are problem.toml's own.
TIME_LIMIT, MEMORY_LIMIT = "{{time_limit}}", "{{memory_limit}}"


def with_limits(statement: str, limits: Any) -> str:
    """The statement with `{{time_limit}}` ("0.8 seconds") and `{{memory_limit}}` ("512 MB")
    filled in from problem.toml."""
    seconds = f"{limits.time:g} second" + ("" if limits.time == 1 else "s")
    return statement.replace(TIME_LIMIT, seconds).replace(MEMORY_LIMIT, f"{limits.memory_mb} MB")


def _read_text(path: Path, where: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProblemError(f"{path}: {where}: file is missing") from None
    except UnicodeDecodeError:
        raise ProblemError(f"{path}: {where}: not UTF-8 text") from None
    if not text.strip():
        raise ProblemError(f"{path}: {where}: file is empty")
    return text


def _read_tests(folder: Path, where: str, kind: str) -> tuple[TestCase, ...]:
    samples = _read_case_file(
        folder / "tests" / "samples.json", where, hidden=False, prefix="sample"
    )
    hidden = _read_case_file(folder / "tests" / "hidden.json", where, hidden=True, prefix="hidden")
    if (folder / "generator.py").is_file():
        hidden += _generated_cases(folder, where, start=len(hidden))
    if not samples:
        raise ProblemError(
            f"{folder / 'tests' / 'samples.json'}: {where}: needs at least one sample test"
        )
    if not hidden:
        raise ProblemError(
            f"{folder / 'tests' / 'hidden.json'}: {where}: needs at least one hidden test"
        )
    names = [t.name for t in samples + hidden]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ProblemError(f"{folder / 'tests'}: {where}: duplicate test names {sorted(dupes)}")
    if kind == "python":
        return _with_encoded_args(folder, tuple(samples + hidden))
    return tuple(samples + hidden)


def _with_encoded_args(folder: Path, tests: tuple[TestCase, ...]) -> tuple[TestCase, ...]:
    """The tests with their arguments' JSON attached, read from the cache when the tests are
    the same as when it was written (keyed by a hash of every test file), else encoded and
    cached: the sandbox gets each input as these bytes, never encoded again."""
    digest = hashlib.sha256()
    for name in ("tests/samples.json", "tests/hidden.json", "generator.py"):
        with contextlib.suppress(OSError):
            digest.update(name.encode() + (folder / name).read_bytes())
    path = cache_dir() / "inputs" / f"{folder.name}-{digest.hexdigest()[:24]}.bin"
    encoded = _read_blobs(path, len(tests))
    if encoded is None:
        encoded = [json.dumps(t.args, ensure_ascii=True).encode("ascii") for t in tests]
        _write_blobs(path, encoded)
    return tuple(replace(t, args_json=raw) for t, raw in zip(tests, encoded, strict=True))


def _read_blobs(path: Path, count: int) -> list[bytes] | None:
    """`count` length-prefixed byte strings, or None for a missing or malformed file."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    blobs, at = [], 0
    while at + 8 <= len(data):
        size = int.from_bytes(data[at : at + 8], "big")
        blobs.append(data[at + 8 : at + 8 + size])
        at += 8 + size
    return blobs if at == len(data) and len(blobs) == count else None


def _write_blobs(path: Path, blobs: list[bytes]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(b"".join(len(b).to_bytes(8, "big") + b for b in blobs))
        tmp.replace(path)
    except OSError:
        pass  # an unwritable cache costs only the encoding next time


def _read_case_file(path: Path, where: str, *, hidden: bool, prefix: str) -> list[TestCase]:
    if not path.is_file():
        if hidden and (path.parent.parent / "generator.py").is_file():
            return []
        raise ProblemError(f"{path}: {where}: file is missing")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"{path}: {where}: not valid JSON: {exc}") from None
    return _cases_from(raw, str(path), where, hidden=hidden, prefix=prefix, start=0)


def _cases_from(
    raw: Any, source: str, where: str, *, hidden: bool, prefix: str, start: int
) -> list[TestCase]:
    if not isinstance(raw, list):
        raise ProblemError(f"{source}: {where}: expected a list of tests")
    cases = []
    for i, item in enumerate(raw, start=start + 1):
        if not isinstance(item, dict) or "args" not in item or "expected" not in item:
            raise ProblemError(f"{source}: {where}: test #{i} needs 'args' and 'expected'")
        unknown = set(item) - {"name", "args", "expected"}
        if unknown:
            raise ProblemError(f"{source}: {where}: test #{i} has unknown keys {sorted(unknown)}")
        name = item.get("name") or f"{prefix}-{i}"
        cases.append(TestCase(str(name), item["args"], item["expected"], hidden))
    return cases


def _generated_cases(folder: Path, where: str, start: int) -> list[TestCase]:
    """Run the folder's seeded generator, caching its output by the generator's hash."""
    gen_path = folder / "generator.py"
    digest = hashlib.sha256(gen_path.read_bytes()).hexdigest()[:16]
    cache = cache_dir() / "generated" / f"{folder.parent.name}-{folder.name}-{digest}.json"
    raw: Any = read_json(cache) if cache.is_file() else None
    if raw is None:
        raw = run_generator(folder, where)
        write_json(cache, raw)
    return _cases_from(raw, str(gen_path), where, hidden=True, prefix="hidden", start=start)


def run_generator(folder: Path, where: str) -> Any:
    """Call `generate()` from the folder's generator.py (author code, trusted, host side)."""
    module = load_author_module(folder / "generator.py", where)
    generate = getattr(module, "generate", None)
    if not callable(generate):
        raise ProblemError(f"{folder / 'generator.py'}: {where}: must define generate()")
    try:
        return json.loads(json.dumps(generate()))
    except Exception as exc:
        raise ProblemError(
            f"{folder / 'generator.py'}: {where}: generate() failed: {exc!r}"
        ) from None


def load_author_module(path: Path, where: str) -> ModuleType:
    name = f"judge_author_{hashlib.sha1(str(path).encode()).hexdigest()[:12]}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ProblemError(f"{path}: {where}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ProblemError(f"{path}: {where}: fails to import: {exc!r}") from None
    return module
