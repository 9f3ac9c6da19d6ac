"""The state database's schema migrations: from an empty database, from the release before
migrations (tests/fixtures/state-v1.sql), on SQLite and on PostgreSQL, and the migrated schema
is exactly what the code's table definitions say."""

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsletter import migrations
from newsletter.built_issues import metadata as built_metadata
from newsletter.deliver import tables as ledger_tables
from newsletter.deliver.ledger import Ledger
from newsletter.errors import StateError
from newsletter.state import dispose_engines
from newsletter.public_state import metadata as public_state_metadata
from newsletter.store import metadata as store_metadata
from newsletter.subscribers import SubscriberStore, change
from newsletter.subscribers.store import metadata as subscriber_metadata

from .conftest import empty_database, postgres_url

V1 = Path(__file__).parent / "fixtures" / "state-v1.sql"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'state.db'}"
        return
    pg = postgres_url()
    yield pg
    empty_database(pg)


def load_v1(url: str) -> None:
    """A database as release 0.1 left it: its tables, a sent delivery, a suppression, a flag."""
    engine = sa.create_engine(url)
    sql = "\n".join(line for line in V1.read_text().splitlines() if not line.startswith("--"))
    if engine.dialect.name == "postgresql":
        sql = sql.replace("DATETIME", "TIMESTAMP WITH TIME ZONE")
    with engine.begin() as conn:
        for statement in filter(str.strip, sql.split(";")):
            conn.exec_driver_sql(statement)
    engine.dispose()


def schema_drift(engine) -> list:
    """Differences between the migrated database and the code's tables (apscheduler's own table aside)."""
    combined = sa.MetaData()
    for md in (ledger_tables.metadata, store_metadata, subscriber_metadata, public_state_metadata, built_metadata):
        for table in md.tables.values():
            table.to_metadata(combined)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, combined)


def test_an_empty_database_is_migrated_to_the_newest_schema(url):
    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
    assert schema_drift(ledger.engine) == []
    store = SubscriberStore(ledger.engine)
    assert store.add(change("a@example.org"))[1] == "added"


def test_a_database_from_before_migrations_keeps_its_data_and_gains_the_store(url):
    load_v1(url)
    ledger = Ledger(url)
    assert schema_drift(ledger.engine) == []
    assert ledger.counts("2026-W47").sent == 1
    assert ledger.suppressed_hashes() == {"0123456789abcdef" * 4}
    with ledger.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT value FROM flags WHERE key = 'folded:2026-W46'")).scalar() == "2026-W47"
        # A release from before migrations refuses a schema_version above 1, so it never writes here.
        assert conn.execute(sa.text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == "2"
        names = {ix["name"] for ix in sa.inspect(conn).get_indexes("deliveries")}
    assert "ix_deliveries_issue_state_email" in names
    assert SubscriberStore(ledger.engine).count()["active"] == 0


def test_the_known_head_is_the_newest_migration_script():
    assert migrations.HEAD == migrations.head()


def test_migrating_twice_changes_nothing_and_a_newer_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    Ledger(url)
    dispose_engines()  # a new process: migrations run again and find nothing to do
    Ledger(url)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    dispose_engines()
    with pytest.raises(StateError, match="newer version of newsletter"):
        Ledger(url)


def test_a_database_at_the_previous_version_keeps_its_sends_and_gains_built_issues(url):
    from alembic import command

    from newsletter.built_issues import BuiltIssues

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg = migrations.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(sa.text("INSERT INTO deliveries (issue, email, name, variant, state, attempts, not_before) "
                             "VALUES ('2026-W47', 'a@example.org', '', 'v', 'sent', 1, 0)"))
        assert not sa.inspect(conn).has_table("built_issues")
    engine.dispose()
    ledger = Ledger(url)
    assert schema_drift(ledger.engine) == []
    assert ledger.counts("2026-W47").sent == 1
    built = BuiltIssues(ledger.engine)
    built.save("2026-W47", "ab" * 32, "2026-11-23T09:00:00+00:00", {"issue.html": "<p>é</p>", "calendar/x.ics": b"\0"})
    assert built.weeks() == {"2026-W47"} and built.file("2026-W47", "issue.html") == "<p>é</p>".encode()
    assert built.file("2026-W47", "calendar/x.ics") == b"\0"
