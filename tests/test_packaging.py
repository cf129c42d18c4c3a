"""A plain `pip install .` (a wheel) carries the problem packs and finds them from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import REPO


def test_wheel_carries_problems_and_finds_them(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("judge-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    assert "judge/_data/problems/python/two_sum/problem.toml" in names
    assert "judge/kinds/python/worker.py" in names
    assert any(n.startswith("judge/_data/sandbox/") for n in names)
    # The web pages need no network: the editor bundle and /docs' Swagger UI are in the wheel.
    assert "web/static/editor.js" in names and "web/static/swagger/swagger-ui-bundle.js" in names
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "JUDGE_PROBLEMS"}
    env["PYTHONPATH"] = str(site)
    code = "from judge.catalog import catalog; c = catalog(); print(c.folder('two_sum'))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().endswith("judge/_data/problems/python/two_sum")
    assert str(site) in out.stdout
