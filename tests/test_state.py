"""The state module owns the database engine and the schema version: no other module makes an engine,
and the gather side's store and the public pages' state reach the database without loading `deliver`."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from newsletter import migrations, state
from newsletter.errors import StateError

PACKAGE = Path(state.__file__).resolve().parent


def _calls_create_engine(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.Attribute) and node.attr == "create_engine" for node in ast.walk(tree))


def test_only_the_state_module_creates_engines():
    makers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if _calls_create_engine(p))
    assert makers == ["state.py"]


def test_stores_below_delivery_open_the_database_without_loading_it(project):
    code = ("import sys\n"
            "from newsletter.config import load_config\n"
            "from newsletter.public_state import PublicState\n"
            "from newsletter.store import Store\n"
            "cfg = load_config('config.toml')\n"
            "Store.from_config(cfg).set_flag('opened', 'yes')\n"
            "PublicState.from_config(cfg)\n"
            "print(Store.from_config(cfg).flag('opened'))\n"
            "print(sorted(m for m in sys.modules if m.startswith('newsletter.deliver')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=project)
    assert out.stdout.splitlines() == ["yes", "[]"]


def test_one_engine_per_database_and_the_schema_version_is_the_migrations_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    engine = state.open_state(url)
    assert state.open_state(url) is engine and state.engine_for(url) is engine
    with engine.connect() as conn:
        assert migrations.current(conn) == state.SCHEMA_VERSION == migrations.head()


@pytest.mark.parametrize("url, shown", [
    # refused by the server (or no server): the driver's error follows the URL
    ("postgresql+psycopg://newsletter:not-the-pw-7c1f@127.0.0.1:5432/newsletter_no_such_db",
     "postgresql+psycopg://newsletter:***@127.0.0.1:5432/newsletter_no_such_db"),
    # a URL SQLAlchemy cannot read: a clear error, not a ValueError's traceback
    ("postgresql+psycopg://newsletter:not-the-pw-7c1f@127.0.0.1:notaport/db",
     "postgresql+psycopg://newsletter:***@127.0.0.1:notaport/db"),
])
def test_a_state_database_that_cannot_be_opened_is_named_without_its_password(url, shown):
    with pytest.raises(StateError) as err:
        state.open_state(url)
    assert str(err.value).startswith(f"cannot open the state database {shown}: ")
    assert "not-the-pw-7c1f" not in str(err.value)
    assert err.value.hint == "check [state] url or path in your config, and that the database server answers"


def test_a_state_url_whose_driver_is_not_installed_says_what_to_install():
    url = "mysql+pymysql://newsletter:not-the-pw-7c1f@127.0.0.1/db"  # pymysql is not among the project's packages
    with pytest.raises(StateError) as err:
        state.open_state(url)
    assert str(err.value).startswith("cannot open the state database mysql+pymysql://newsletter:***@127.0.0.1/db: "
                                     "its driver is not installed (pymysql)")
    assert "not-the-pw-7c1f" not in str(err.value) and err.value.hint.startswith("pip install pymysql")
