"""The web app's settings: one frozen value built by the caller (the CLI or a test).

Nothing is read at import time; `judge serve` builds a `Settings` from its arguments and
passes it to `create_app`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from judge.judging import Reveal

Sandbox = Literal["auto", "local", "docker"]

DEFAULT_DB = Path(".judge") / "submissions.db"


@dataclass(frozen=True)
class Settings:
    db_path: Path | str = DEFAULT_DB  # a SQLite file, or a postgresql:// URL
    # Redis URL: submissions go to `judge worker` processes instead of this process's pool.
    queue_url: str | None = None
    lease: float = 30.0  # with a queue: seconds a silent worker keeps its submissions
    sandbox: Sandbox = "auto"
    workers: int = 2  # judging threads; each drives one sandboxed process at a time
    # Docker containers kept started per (kind, memory limit) for a quick verdict (0: none);
    # as many as workers, so a burst of submissions each finds one (web/sandbox.py).
    pool: int = 2
    queue_size: int = 100  # submissions waiting or running before new ones are refused
    hiring: bool = False  # hiring mode: nothing of a hidden test is shown, whatever `reveal` says
    # What of a hidden test a result shows, as `judge run --reveal` (judge.kind.Reveal): by
    # default only its number, verdict, time and memory; "input" or "all" only when the
    # operator asks (`judge serve --reveal`).
    reveal_hidden: Reveal = "none"
    max_code_bytes: int = 64 * 1024
    max_request_bytes: int = 256 * 1024
    problem_roots: tuple[Path, ...] | None = None  # None: judge.catalog's default roots
    shutdown_grace: float = 30.0  # seconds to let running judgements finish on shutdown
    history_size: int = 50  # submissions listed on the history pages
    # Host headers accepted (None: any). On loopback, `judge serve` accepts only loopback
    # names, so a page elsewhere cannot reach the judge by DNS rebinding.
    allowed_hosts: tuple[str, ...] | None = None
    # The reviewer token (`judge serve --reviewer-token-file`): with it, the reviewer API and
    # pages and the candidates' assessments exist; without it, none of them do.
    reviewer_token: str | None = field(default=None, repr=False)

    @property
    def reveal(self) -> Reveal:
        """What a hidden test's result may show: what the operator asked, nothing when hiring."""
        return "none" if self.hiring else self.reveal_hidden
