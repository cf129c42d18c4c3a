"""`judge serve`: registered through the entry point, and refusing to expose the local runner."""

from __future__ import annotations

import pytest

from judge.cli import build_parser, main
from web.server import ExposureError, check_exposure, is_loopback


def test_serve_is_a_judge_command() -> None:
    args = build_parser().parse_args(["serve", "--port", "9", "--hiring", "--workers", "3"])
    assert args.port == 9 and args.hiring and args.workers == 3
    assert args.host == "127.0.0.1" and args.sandbox == "auto"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2", "[::1]"])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)
    check_exposure(host, "local", unsafe=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.org"])
def test_exposed_addresses_need_docker_or_an_explicit_override(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ExposureError, match="--unsafe-allow-local-runner"):
        check_exposure(host, "local", unsafe=False)
    check_exposure(host, "docker", unsafe=False)
    check_exposure(host, "local", unsafe=True)


def test_serve_refuses_before_listening(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "0.0.0.0", "--sandbox", "local"]) == 2
    assert "refusing to serve on 0.0.0.0" in capsys.readouterr().err
