"""A build writes its folder and the state database together, or neither: SQLite and PostgreSQL."""

from dataclasses import replace

import pytest
import sqlalchemy as sa

from newsletter.build import build, make_issue
from newsletter.built_issues import MAX_NAME, BuiltIssues
from newsletter.config import load_config
from newsletter.errors import OutputError, StateError

from .conftest import WEEK, empty_database, postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def cfg(request, project):
    if request.param == "postgresql":
        url = postgres_url()
        config = project / "config.toml"
        text = config.read_text()
        state = text.index("[state]")
        config.write_text(text[:state] + text[state:].replace('url = ""', f'url = "{url}"', 1))
        yield load_config(config)
        empty_database(url)
        return
    yield load_config(project / "config.toml")


def folder(cfg) -> dict[str, bytes]:
    out = cfg.resolve(cfg.build.out) / WEEK
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_show_with_a_very_long_name_builds_into_both(cfg):
    issue, warnings = make_issue(cfg, WEEK, followed=())
    long_name = "The Extraordinarily Long-Running Chronicles of " * 6
    airing = replace(issue.air_dates[0], show=long_name)
    result = build(cfg, WEEK, issue=replace(issue, air_dates=(airing, *issue.air_dates[1:])), warnings=warnings)
    names = [n for n in folder(cfg) if n.startswith("calendar/")]
    assert len(long_name) > MAX_NAME and names and all(len(n) <= MAX_NAME for n in names)
    stored = BuiltIssues.from_config(cfg)
    assert all(stored.file(WEEK, n) == folder(cfg)[n] for n in names)
    assert stored.artefact(WEEK).hash == result.hash


def test_a_name_the_database_cannot_keep_is_refused_before_anything_is_written():
    with pytest.raises(OutputError, match=f"a file name of 209 characters; the state database keeps names of at most "
                                          f"{MAX_NAME}"):
        BuiltIssues.check(WEEK, {"issue.html": "", "calendar/" + "x" * 200: b""})


def test_a_failed_database_write_leaves_the_last_build_whole(cfg, project):
    build(cfg, WEEK)
    before = folder(cfg)
    engine = BuiltIssues.from_config(cfg).engine
    with engine.begin() as conn:  # the database refuses the next build's files, as a full disk would
        if engine.dialect.name == "sqlite":
            conn.execute(sa.text("CREATE TRIGGER refuse BEFORE INSERT ON built_files "
                                 "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
        else:
            conn.execute(sa.text("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ BEGIN RAISE EXCEPTION 'refused'; END $$"))
            conn.execute(sa.text("CREATE TRIGGER refuse BEFORE INSERT ON built_files "
                                 "FOR EACH ROW EXECUTE FUNCTION refuse()"))
    note = project / "content" / "notes" / f"{WEEK}.md"
    note.write_text("A different note this time.\n")
    with pytest.raises(StateError, match=f"{WEEK}: the state database did not keep the build .*refused") as failed:
        build(cfg, WEEK)
    assert failed.value.hint.endswith("nothing was written, the last build stands")
    assert folder(cfg) == before  # not a file of the failed build, and no temp file left behind
    assert BuiltIssues.from_config(cfg).artefact(WEEK).hash in before["artefact.json"].decode()
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP FUNCTION refuse() CASCADE"))
