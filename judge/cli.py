"""The `judge` command: a thin layer that parses arguments, calls the library, renders.

Exit codes: 0 accepted (or success), 1 any other verdict (or a failed verification),
2 a usage error, an unknown problem or a broken problem folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.dialects import DIALECTS, dialect_name, unknown_dialect
from judge.runners import Janitor, LocalRunner, Runner, RunnerUnavailable, choose_runner

# What reads problems and judges is imported by the commands that use it: `judge run
# --sandbox docker` asks for its container first (from a hint), and these load meanwhile.
if TYPE_CHECKING:  # rich and the renderers are imported when something is printed
    from rich.console import Console

    from judge.model import Problem, Submission, TestResult
    from judge.runners.docker import DockerRunner
    from judge.spawn import Started


class UsageError(Exception):
    pass


BUILTIN = {"run", "list", "show", "start", "new", "verify", "sandbox", "calibrate"}


def main(argv: list[str] | None = None, early: Started | None = None) -> int:
    """The CLI; `early` is a local sandbox judge.launch started before the CLI's imports,
    for a `judge run` in the local sandbox."""
    args_in = sys.argv[1:] if argv is None else argv
    # Plugin commands (`judge serve`) are looked up only when a built-in one is not asked for:
    # scanning installed packages' entry points costs tens of milliseconds on every run.
    parser = build_parser(plugins=not (args_in and args_in[0] in BUILTIN))
    args = parser.parse_args(args_in)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # Whatever this command starts in Docker is removed when it ends, fails or gets SIGTERM.
    with Janitor() as janitor:
        args.janitor = janitor
        args.local_early = early
        args.early = _hinted_start(args, janitor) if args.func is cmd_run else None
        return _dispatch(args)


def _hinted_start(args: argparse.Namespace, janitor: Janitor) -> DockerRunner | None:
    """A Docker runner already starting the container the last run of this file used."""
    if args.sandbox == "local" or args.case or os.environ.get("JUDGE_NO_EARLY"):
        return None
    from judge.runners.docker import DockerRunner
    from judge.runners.docker_early import hint_name

    return DockerRunner.from_hint(hint_name(args.file, args.problem), janitor)


def _dispatch(args: argparse.Namespace) -> int:
    from judge.catalog import UnknownProblem
    from judge.problem import ProblemError

    try:
        return int(args.func(args))
    except (UsageError, UnknownProblem, ProblemError, RunnerUnavailable) as exc:
        text = str(exc)
        if len(text) > 1 and text[0] == text[-1] == "'":  # a LookupError's repr of its message
            text = text[1:-1]
        print(f"judge: error: {text}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("judge: interrupted", file=sys.stderr)
        return 130


def build_parser(plugins: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="judge",
        description="Judge interview-style solutions "
        "(Python, SQL, ML from scratch) against hidden tests.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser(
        "run",
        help="judge a solution file",
        description="Judge a solution file against the problem's sample and hidden tests.",
    )
    p.add_argument("file", type=Path, help="solution file (.py or .sql)")
    p.add_argument(
        "--problem", help="problem slug (default: '# problem: SLUG' comment, else the file name)"
    )
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="auto",
        help="where the code runs (default auto: Docker when available)",
    )
    p.add_argument(
        "--dialect",
        type=_dialect,
        help="SQL dialect of the query (default: '-- dialect:' comment, else the problem's): "
        + ", ".join(DIALECTS),
    )
    p.add_argument("--samples", action="store_true", help="run the sample tests only")
    p.add_argument(
        "--all",
        action="store_true",
        help="run every test (default: stop at the first failing hidden test, as LeetCode does)",
    )
    p.add_argument(
        "--reveal", action="store_true", help="show hidden tests' inputs and expected answers"
    )
    p.add_argument(
        "--case",
        action="append",
        metavar="JSON",
        help="run on your own input instead, a JSON list of the arguments "
        "(e.g. '[[5, 5], 10]'), beside the problem's reference solution; repeatable; "
        "Python problems only",
    )
    p.add_argument(
        "--complexity",
        action="store_true",
        help="after an accepted run, measure how the solution's time and memory grow with the "
        "input's size, beside the reference solution's (Python problems with a scaled hook)",
    )
    p.add_argument("--json", action="store_true", help="print the versioned JSON report")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("list", help="list problems", description="List the problems, filtered.")
    p.add_argument("--pack", help="only this pack (python, sql, ml)")
    p.add_argument("--tier", choices=["high", "medium", "low"], help="only this tier")
    p.add_argument("--topic", help="only this topic")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "show", help="show a problem's statement", description="Print a problem's statement."
    )
    p.add_argument("slug")
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="auto",
        help="whose time limit to show (default: as `judge run` does)",
    )
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "calibrate",
        help="measure this host's speed in a sandbox",
        description="Run the calibration workload in the sandbox and remember this host's "
        "speed factor: time limits are the reference machine's times this factor.",
    )
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="auto",
        help="which sandbox (default: as `judge run` does, Docker when it is there)",
    )
    p.add_argument("--runs", type=int, default=5, help="runs of the workload (the fastest counts)")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser(
        "start",
        help="write a problem's starter file here",
        description="Write the problem's starter file into the current directory.",
    )
    p.add_argument("slug")
    p.add_argument(
        "--language",
        choices=["python", "sql", "pandas", "torch"],
        help="for an SQL problem, pandas writes a .py file with a function taking the tables "
        "as DataFrames; for an ML task, torch writes a starter that uses torch tensors "
        "(judged in Docker; no autograd) (default: the problem's own language)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser(
        "new",
        help="write a new problem folder to fill in",
        description="Write a complete problem folder of a kind (a toy problem that loads), "
        "its places to fill in marked `TODO:`; `judge verify FOLDER` lists what is left.",
    )
    p.add_argument("slug", help="the new problem's slug (its folder name), e.g. two_sum")
    p.add_argument("--kind", choices=["python", "sql", "ml"], required=True)
    p.add_argument("--pack", help="the pack folder (default: the kind)")
    p.add_argument(
        "--root",
        type=Path,
        help="where the packs are (default: the first of $JUDGE_PROBLEMS, else ./problems)",
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser(
        "verify",
        help="verify problem folders",
        description="Check problem folders: "
        "metadata, statement, deterministic tests, every solution's verdict, time limits.",
    )
    p.add_argument(
        "paths", nargs="*", type=Path, help="problem folders or pack roots (default: all)"
    )
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="auto",
        help="where solutions run (default: as `judge run` does, Docker when it is there)",
    )
    p.add_argument(
        "--tle-repeats", type=int, default=2, help="runs each too-slow solution must time out"
    )
    p.add_argument(
        "--complexity",
        action="store_true",
        help="also measure each solution's growth against the problem's stated "
        "[complexity] time (a few seconds per solution)",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "sandbox",
        help="manage the Docker sandbox image and parked containers",
        description="Build or inspect the Docker sandbox image; `park` leaves containers "
        "waiting for the next `judge run --sandbox docker` on this machine (each used once; "
        "a run that takes one parks a replacement), `unpark` removes them.",
    )
    p.add_argument("action", choices=["build", "status", "park", "unpark"])
    p.add_argument(
        "--offline", action="store_true", help="build the base with debootstrap (no registry)"
    )
    p.add_argument("--count", type=int, default=1, help="park: containers to park (default 1)")
    p.add_argument(
        "--minutes", type=float, default=60.0, help="park: how long they wait (default 60)"
    )
    p.add_argument(
        "--problem", help="park: for this problem's kind and memory limit (default: Python, 256 MB)"
    )
    p.add_argument("--kind", help=argparse.SUPPRESS)
    p.add_argument("--memory", type=int, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_sandbox)

    if not plugins:
        return parser
    from importlib.metadata import entry_points

    for command in entry_points(group="judge.commands"):
        try:
            register = command.load()  # e.g. `judge serve`, registered by the web package
        except ImportError:
            continue  # that part is not installed
        register(sub)
    return parser


def _dialect(name: str) -> str:
    found = dialect_name(name)
    if found is None:
        raise argparse.ArgumentTypeError(unknown_dialect(name))
    return found


def cmd_run(args: argparse.Namespace) -> int:
    from judge.model import Verdict
    from judge.sources import LANGUAGE_BY_SUFFIX, read_submission

    path: Path = args.file
    if path.suffix and path.suffix.lower() not in LANGUAGE_BY_SUFFIX:
        raise UsageError(
            f"judge runs .py files (Python, pandas, NumPy) and .sql files (SQL), not {path.name}"
        )
    try:
        submission = read_submission(path, args.dialect)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {path}: not UTF-8 text") from None
    problem = _named_problem(path, submission, args.problem)
    cases = _custom_cases(problem, submission, args.case) if args.case else None
    if args.complexity:
        from judge.scaling import unavailable

        why = unavailable(problem) or ("--complexity and --case do not go together" * bool(cases))
        if why:
            raise UsageError(why)
    runner, note = choose_runner(args.sandbox, args.janitor, args.early)
    if isinstance(runner, LocalRunner) and getattr(args, "local_early", None) is not None:
        runner.adopt(args.local_early)  # started before the imports (judge.launch)
    if runner.name == "docker":
        from judge.runners.docker import DockerRunner

        if isinstance(runner, DockerRunner):  # this process ends after the run
            runner.detach_removal = True
    where = _where(problem, submission)
    if not where:  # SQL runs on the host, in DuckDB, at the reference limit
        note += _calibrated(runner, quiet=args.json, problem=problem, language=submission.language)
        _start_early(runner, problem, submission, args)
    # Judging's imports come after the container is asked for: they load while it starts.
    from judge.judging import Options, judge, select_tests
    from judge.report import to_json

    options = Options(
        mode="run" if args.samples else "submit",
        reveal="all" if args.reveal else "none",
        stop_on_failure=not args.all,
    )
    if cases is not None:
        return _run_custom(args, problem, submission, runner, note, cases)
    if args.json:
        rep = judge(problem, submission, runner, options)
        data = to_json(rep)
        if args.complexity:
            data["complexity"] = _complexity(problem, submission, runner, rep, None)
        print(json.dumps(data, indent=2))
        return 0 if rep.verdict is Verdict.AC else 1
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from judge import render

    err = Console(stderr=True)
    if where:
        note = f"judging in {where} (SQL runs on this host, whatever the sandbox)"
    err.print(f"[dim]{problem.slug}: {note}[/]")
    total = len(select_tests(problem, options.mode))
    with Progress(
        TextColumn("judging"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=total)

        def advance(result: TestResult) -> None:
            progress.update(task, advance=1, description=f"{result.name}: {result.verdict.value}")

        rep = judge(problem, submission, runner, options, on_result=advance)
    render.report(Console(), rep, where=where, problem=problem)
    if rep.verdict is Verdict.AC and options.mode == "submit":
        from judge.standing import reference_runs, run_of

        mine = run_of(rep)
        if mine is not None:  # the reference solutions' runs are cached after the first time
            render.standing(Console(), mine, reference_runs(problem, runner, submission.language))
    if args.complexity:
        _complexity(problem, submission, runner, rep, err)
    return 0 if rep.verdict is Verdict.AC else 1


def _start_early(
    runner: Runner, problem: Problem, submission: Submission, args: argparse.Namespace
) -> None:
    """Have a Docker runner start the container on a thread while the job is built (unless
    the hint started the right one already), and remember the key for the next run."""
    if runner.name != "docker" or args.case or os.environ.get("JUDGE_NO_EARLY"):
        return
    from judge.kinds import kind_for
    from judge.runners.docker import DockerRunner
    from judge.runners.docker_early import hint_name, remember

    kind = kind_for(problem.kind, submission.language)
    if isinstance(runner, DockerRunner) and kind is not None and not kind.runs_on_host:
        runner.start_early(kind.name, problem.limits.memory_mb)
        key = (kind.name, problem.limits.memory_mb)
        remember(hint_name(args.file, args.problem), key, runner.image)


def _complexity(
    problem: Problem, submission: Submission, runner: Runner, rep: Any, err: Console | None
) -> dict[str, Any] | None:
    """Measure and show (err given) or return (JSON) the submission's complexity; only an
    accepted submission is measured."""
    from judge.model import Verdict
    from judge.scaling import analyze, to_json

    if rep.verdict is not Verdict.AC:
        if err is not None:
            err.print("[dim]complexity: not measured (only an accepted submission is)[/]")
        return None
    if err is not None:
        err.print(
            "[dim]measuring complexity: your solution and the reference on growing inputs, "
            "a few seconds each[/]"
        )
    found = analyze(problem, submission, runner)
    if err is not None:
        from rich.console import Console

        from judge import render

        render.complexity(Console(), found)
    return to_json(found)


def _named_problem(path: Path, submission: Submission, given: str | None) -> Problem:
    """The problem the submission names, in a language that problem takes; a usage error
    says how to name one, or which language the problem takes."""
    from judge.catalog import UnknownProblem, catalog
    from judge.kinds import kind_for, languages_of, takes
    from judge.sources import LANGUAGE_BY_SUFFIX, how_to_name, named_problem

    slug, origin = named_problem(path, submission.code, given)
    problems = catalog()
    try:
        problem = problems.load(slug)
    except UnknownProblem:
        if origin != "the file name":
            raise
        raise UsageError(
            f"no problem is called {slug!r} (the file's name){problems.suggest(slug.lower())}: "
            + how_to_name(submission.language)
        ) from None
    if kind_for(problem.kind, submission.language) is None:
        own = languages_of(problem.kind)[0]
        suffix = next(s for s, lang in LANGUAGE_BY_SUFFIX.items() if lang == own)
        other = " or a .py file (pandas)" if "pandas" in languages_of(problem.kind) else ""
        raise UsageError(
            f"problem {problem.slug!r} takes {takes(problem.kind)} (a {suffix} file{other}), "
            f"not {path.name} ({submission.language})"
        )
    return problem


def _where(problem: Problem, submission: Submission) -> str:
    """Where a kind judged on the host runs, for the header and footer ("" for the sandbox)."""
    from judge.kinds import kind_for

    kind = kind_for(problem.kind, submission.language)
    return "DuckDB in a local child process" if kind is not None and kind.runs_on_host else ""


def _custom_cases(problem: Problem, submission: Submission, texts: list[str]) -> list[Any]:
    from judge.custom import CustomInputError, cases_of

    try:
        cases = cases_of(problem, texts)
    except CustomInputError as exc:
        raise UsageError(str(exc)) from None
    if submission.language != "python":
        raise UsageError(f"problem {problem.slug} takes Python, not {submission.language}")
    return cases


def _run_custom(
    args: argparse.Namespace,
    problem: Problem,
    submission: Submission,
    runner: Runner,
    note: str,
    cases: list[Any],
) -> int:
    from rich.console import Console

    from judge import render
    from judge.custom import run_custom
    from judge.model import Verdict

    if not args.json:
        Console(stderr=True).print(f"[dim]{problem.slug}: custom input; {note}[/]")
    rep, reference = run_custom(problem, submission, cases, runner)
    if args.json:
        from judge.report import to_json

        print(json.dumps(to_json(rep), indent=2))
    else:
        render.custom(Console(), problem, rep, reference.path.name)
    return 0 if rep.verdict is Verdict.AC else 1


def cmd_list(args: argparse.Namespace) -> int:
    from rich.console import Console

    from judge import render
    from judge.catalog import catalog, select

    problems, errors = catalog().index()
    chosen = select(problems, pack=args.pack, tier=args.tier, topic=args.topic)
    if args.json:
        print(json.dumps([dataclasses.asdict(p) for p in chosen], indent=2))
    else:
        render.problem_table(Console(), chosen)
    for exc in errors:
        print(f"judge: warning: {exc}", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from rich.console import Console

    from judge import render
    from judge.calibration import use
    from judge.catalog import catalog
    from judge.judging import factor_of

    problem = catalog().load(args.slug)
    factor = 1.0
    if problem.kind != "sql":  # SQL runs on the host at the reference limit
        runner, _note = choose_runner(args.sandbox, args.janitor)
        use(runner, measure_if_missing=False)
        factor = factor_of(problem, runner)
    render.statement(Console(), problem, factor)
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from judge.calibration import calibrate

    runner, note = choose_runner(args.sandbox, args.janitor)
    print(f"judge calibrate: {note}; {max(args.runs, 1)} runs", file=sys.stderr)
    print(calibrate(runner, runs=max(args.runs, 1)).describe())
    return 0


def _calibrated(
    runner: Runner, quiet: bool = False, problem: Problem | None = None, language: str = ""
) -> str:
    """Give the runner this host's factors for its sandbox, measuring them the first time;
    the note says the factor `problem` gets, or each kind's."""
    from judge.calibration import cached, calibrate
    from judge.judging import factor_of
    from judge.kinds import kind_of
    from judge.runners.base import speed_factor

    found = cached(runner)
    if found is None:
        if not quiet:
            print(
                f"judge: measuring this host's speed in the {runner.name} sandbox, once "
                "(`judge calibrate` measures again)",
                file=sys.stderr,
            )
        found = calibrate(runner)
    runner.factor, runner.ratios = found.factor, found.ratios
    if problem is not None:
        factor = factor_of(problem, runner, language or None)
        return f"; time limits x {factor:.2f} (this host's speed factor)"
    python = speed_factor(runner.factor, runner.ratios, kind_of("python").speed_parts)
    numpy = speed_factor(runner.factor, runner.ratios, kind_of("ml").speed_parts)
    return f"; time limits x {python:.2f} for Python, x {numpy:.2f} with NumPy (this host)"


def cmd_start(args: argparse.Namespace) -> int:
    from judge.catalog import catalog
    from judge.kinds import kind_for, starter_for, takes

    problem = catalog().load(args.slug)
    language = args.language or ("sql" if problem.kind == "sql" else "python")
    if kind_for(problem.kind, language) is None:
        raise UsageError(f"problem {problem.slug!r} takes {takes(problem.kind)}, not {language}")
    name, text = starter_for(problem, language)
    target = Path.cwd() / name
    if target.exists() and not args.force:
        raise UsageError(f"{target.name} already exists (use --force to overwrite)")
    comment = "--" if target.suffix == ".sql" else "#"
    target.write_text(f"{comment} problem: {problem.slug}\n{text}", encoding="utf-8")
    print(f"wrote {target.name}; judge it with: judge run {target.name}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from judge.catalog import problem_roots
    from judge.scaffold import ScaffoldError, new_problem, todos

    env = [p for p in os.environ.get("JUDGE_PROBLEMS", "").split(os.pathsep) if p]
    root = args.root or (Path(env[0]) if env else Path("problems"))
    try:
        folder = new_problem(root, args.slug, args.kind, args.pack)
    except ScaffoldError as exc:
        raise UsageError(str(exc)) from None
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    print(f"wrote {folder}/: {', '.join(files)}")
    print(
        f"{len(todos(folder))} places to fill in are marked `TODO:`; "
        f"judge verify {folder} lists what is left"
    )
    if not env and root.resolve() != problem_roots()[0].resolve():
        print(f"(set JUDGE_PROBLEMS={root.resolve()} for `judge run` and `judge list` to find it)")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from rich.console import Console

    from judge import render
    from judge.catalog import find_folders, problem_roots
    from judge.verify import verify_folder

    roots = [p.resolve() for p in args.paths] or problem_roots()
    folders = find_folders(roots)
    if not folders:
        raise UsageError(f"no problem folders under {', '.join(map(str, roots))}")
    runner, note = choose_runner(args.sandbox, args.janitor)
    note += _calibrated(runner)
    err = Console(stderr=True)
    err.print(f"[dim]verifying {len(folders)} problems with the {note}[/]")
    checks = []
    for slug in sorted(folders):
        check = verify_folder(
            folders[slug],
            runner,
            lambda msg: err.print(f"[dim]  {msg}[/]"),
            tle_repeats=args.tle_repeats,
            complexity=args.complexity,
        )
        checks.append(check)
    render.verification(Console(), checks)
    return 0 if all(c.ok for c in checks) else 1


def cmd_sandbox(args: argparse.Namespace) -> int:
    from judge.sandbox_image import build_image, image_status

    if args.action in ("park", "unpark"):
        return _park(args)
    if args.action == "status":
        from judge.calibration import known

        print(image_status())
        for line in known():
            print(line)
        return 0
    print(build_image(offline=args.offline, log=lambda line: print(line, file=sys.stderr)))
    return 0


def _park(args: argparse.Namespace) -> int:
    from judge.runners.docker import DockerRunner
    from judge.runners.docker_parked import park, unpark

    runner = DockerRunner.connect()
    key = None
    if args.kind or args.memory:
        key = (args.kind or "python", args.memory or 256)
    if args.problem:
        from judge.catalog import catalog
        from judge.kinds import kind_for, languages_of

        problem = catalog().load(args.problem)
        kind = kind_for(problem.kind, languages_of(problem.kind)[0])
        if kind is None or kind.runs_on_host:
            raise UsageError(f"{problem.slug} is judged on this host, not in a container")
        key = (kind.name, problem.limits.memory_mb)
    if args.action == "unpark":  # all of them, or those for one key
        print(f"removed {unpark(runner.engine, key)} parked containers")
        return 0
    if not 1 <= args.count <= 16 or not 0 < args.minutes <= 24 * 60:
        raise UsageError("--count is 1 to 16 and --minutes more than 0, at most 1440")
    key = key or ("python", 256)
    names = park(runner, key, args.count, args.minutes)
    print(f"parked {len(names)} containers for {key[0]} ({key[1]} MB) for {args.minutes:g} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
