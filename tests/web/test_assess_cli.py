"""`judge assess` against a real server over HTTP (uvicorn on loopback), and `judge serve
--reviewer-token-file` refusing a token it cannot use: every mistake one line, exit 2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.cli import main
from judge.runners import LocalRunner
from tests.web.helpers import serving
from web.app import create_app
from web.settings import Settings

TOKEN = "cli-test-reviewer-token-0123456789"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(
        db_path=tmp_path_factory.mktemp("cli") / "submissions.db",
        sandbox="local",
        workers=1,
        reviewer_token=TOKEN,
    )
    with serving(create_app(settings, LocalRunner(), "local runner (cli test)")) as url:
        yield url


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "reviewer.token"
    path.write_text(TOKEN + "\n")
    return path


def test_create_show_and_export(
    server: str, token_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create = ["assess", "create", "--server", server, "--token-file", str(token_file)]
    asked = ["--candidate", "Ada", "--problems", "two-sum,rank_scores", "--minutes", "0.5"]
    assert main([*create, *asked, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["invite_url"] == f"{server}/a/{made['candidate_token']}"

    assert (
        main(["assess", "show", made["id"], "--server", server, "--token-file", str(token_file)])
        == 0
    )
    shown = capsys.readouterr().out
    assert shown.startswith("Ada: invited, 0.5 minutes, solved 0/2")

    assert main([*create, *asked]) == 0
    plain = capsys.readouterr().out
    assert "invite link (send it to the candidate): http" in plain

    assert main(["assess", "export", "--server", server, "--token-file", str(token_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,candidate,problems") and len(lines) == 3
    assert "two_sum rank_scores" in lines[1]


def test_mistakes_are_one_line_and_exit_2(
    server: str,
    token_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = ["--candidate", "Ada", "--problems", "two_sum", "--minutes", "5", "--server", server]
    wrong = tmp_path / "wrong.token"
    wrong.write_text("not-the-token")
    monkeypatch.delenv("JUDGE_REVIEWER_TOKEN", raising=False)
    cases = [
        ([], "no reviewer token: pass --token-file PATH or set JUDGE_REVIEWER_TOKEN"),
        (["--token-file", str(wrong)], "the server refused the reviewer token"),
        (["--token-file", str(tmp_path / "none")], "cannot read the token file"),
    ]
    for extra, words in cases:
        assert main(["assess", "create", *asked, *extra]) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, err
    monkeypatch.setenv("JUDGE_REVIEWER_TOKEN", TOKEN)  # the token from the environment
    bad = ["--candidate", "Ada", "--server", server]
    for extra, words in [
        (["--problems", "no_such_problem", "--minutes", "5"], "unknown problem 'no_such_problem'"),
        (["--problems", "two_sum", "--minutes", "-1"], "minutes: Input should be greater than 0"),
    ]:
        assert main(["assess", "create", *bad, *extra]) == 2
        err = capsys.readouterr().err
        assert err.startswith("judge assess: the server answered 422") and words in err, err
    unreachable = ["--server", "http://127.0.0.1:9", "--candidate", "A", "--problems", "two_sum"]
    assert main(["assess", "create", *unreachable, "--minutes", "1"]) == 2
    assert "cannot reach the judge at http://127.0.0.1:9" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["assess", "create", *bad, "--problems", "two_sum", "--minutes", "soon"])
    assert stopped.value.code == 2
    assert main(["assess", "show", "nonexistent", "--server", server]) == 2
    assert "the server answered 404: no assessment 'nonexistent'" in capsys.readouterr().err


def test_a_server_without_assessments_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(db_path=tmp_path / "s.db", sandbox="local", workers=1)
    token = tmp_path / "reviewer.token"
    token.write_text(TOKEN)
    with serving(create_app(settings, LocalRunner(), "local runner (cli test)")) as url:
        code = main(["assess", "export", "--server", url, "--token-file", str(token)])
    assert code == 2
    assert (
        "has no assessments (is it started with --reviewer-token-file?)" in capsys.readouterr().err
    )


def test_serve_refuses_a_token_file_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.token"
    short.write_text("secret\n")
    for path, words in [
        (short, "must be at least 16 characters (it has 6); make one with: python3 -c"),
        (tmp_path / "missing.token", "cannot read the reviewer token file"),
    ]:
        assert main(["serve", "--reviewer-token-file", str(path), "--sandbox", "local"]) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, err
