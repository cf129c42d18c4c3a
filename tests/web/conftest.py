"""Fixtures for the web app: an app on a temporary database, and a client for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from judge.runners import LocalRunner
from web.app import create_app
from web.settings import Settings

MakeApp = Callable[..., FastAPI]


@pytest.fixture
def make_app(tmp_path: Path) -> MakeApp:
    def make(runner: Any = None, **overrides: Any) -> FastAPI:
        fields: dict[str, Any] = {
            "db_path": tmp_path / "submissions.db",
            "sandbox": "local",
            "workers": 1,
            "shutdown_grace": 60.0,
        }
        fields.update(overrides)
        return create_app(Settings(**fields), runner or LocalRunner(), "local runner (tests)")

    return make


@pytest.fixture
def client(make_app: MakeApp) -> Iterator[TestClient]:
    with TestClient(make_app()) as c:
        yield c
