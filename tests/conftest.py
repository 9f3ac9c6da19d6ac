"""Fixtures that build throwaway newsletter projects in a temp dir."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WEEK = "2026-W48"


@pytest.fixture(autouse=True)
def _close_databases():
    """Every test ends with its database connections closed."""
    yield
    from newsletter.state import dispose_engines
    dispose_engines()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the bundled sample project: config.toml, content/, subscribers/."""
    shutil.copy(REPO / "config.toml", tmp_path / "config.toml")
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "subscribers", tmp_path / "subscribers")
    return tmp_path


def postgres_url() -> str:
    """The test PostgreSQL database, emptied; skips locally without one, fails in CI."""
    import os

    url = os.environ.get("NEWSLETTER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("NEWSLETTER_TEST_POSTGRES_URL is not set; .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL: set NEWSLETTER_TEST_POSTGRES_URL")
    empty_database(url)
    return url


def empty_database(url: str) -> None:
    """Drop every table of a test database (the migrations' version table too), so it starts empty."""
    import sqlalchemy as sa

    from newsletter.state import dispose_engines

    dispose_engines()
    engine = sa.create_engine(url)
    tables = sa.MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def minimal_config(root: Path, extra: str = "", sources: str = 'path = "content"') -> Path:
    """A small valid config in `root`; `extra` is appended TOML."""
    return write(root / "config.toml", f"""
        [newsletter]
        name = "Test Weekly"
        from = "news@example.org"
        timezone = "America/New_York"
        base_url = "https://news.example.org"

        [[sources]]
        type = "folder"
        {sources}
        """ + textwrap.dedent(extra))


class FakeClock:
    """A clock tests control: `sleep` advances it at once and remembers how long each wait was."""

    def __init__(self, start: float = 1000.0):
        self.t = start
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += max(0.0, seconds)


@pytest.fixture
def link_site():
    """A pytest-httpserver on 127.0.0.1 with a page, a redirect to it, a missing page and a broken one."""
    from pytest_httpserver import HTTPServer
    from werkzeug import Response

    server = HTTPServer("127.0.0.1", 0)
    server.expect_request("/ok").respond_with_data("fine")
    server.expect_request("/moved").respond_with_response(Response(status=301, headers={"Location": "/ok"}))
    server.expect_request("/missing").respond_with_data("no", status=404)
    server.expect_request("/broken").respond_with_data("oops", status=500)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def silent_port():
    """The port of a server that takes connections and never answers."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield sock.getsockname()[1]
    sock.close()
