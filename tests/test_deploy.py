"""compose.yaml and its Dockerfile, checked without Docker: the services the deployment needs, each
command a real CLI command with real options, every secret the config names passed from the
environment (never written in the file), and the database the README tells config.toml to name."""

import re
import shlex
from dataclasses import fields, is_dataclass
from pathlib import Path

import click
import pytest
import yaml

from newsletter.cli import cli
from newsletter.config import load_config

REPO = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((REPO / "compose.yaml").read_text())
APP = ("web", "scheduler", "worker-1", "worker-2")
MOUNT = "/srv/newsletter"


def secret_variables(obj) -> set[str]:
    """Every environment variable a `*_env` key of the config names, by default."""
    found = set()
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name.endswith("_env") and isinstance(value, str):
            found.add(value)
        elif is_dataclass(value):
            found |= secret_variables(value)
    return found


def check_cli_command(argv: list[str]) -> click.Command:
    """The command `argv` runs, each option checked against the group's or the command's own."""
    assert argv[0] == "newsletter"
    ctx = click.Context(cli)
    rest = _options(argv[1:], cli, ctx)
    command = cli.get_command(ctx, rest[0])
    assert command is not None, f"no command {rest[0]}"
    assert _options(rest[1:], command, ctx) == []
    return command


def _options(args: list[str], command: click.Command, ctx) -> list[str]:
    """Read the leading --options of `args` as `command` takes them (value types checked); the rest."""
    options = {o: p for p in command.params for o in p.opts}
    while args and args[0].startswith("--"):
        assert args[0] in options, f"{command.name} has no option {args[0]}"
        param = options[args[0]]
        if param.is_flag:
            args = args[1:]
        else:
            param.type.convert(args[1], param, ctx)
            args = args[2:]
    return args


def test_the_services_a_deployment_needs():
    services = COMPOSE["services"]
    assert set(services) == {"postgres", *APP}
    assert services["postgres"]["image"].startswith("postgres:")
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"]
    for name in APP:
        assert services[name]["depends_on"] == {"postgres": {"condition": "service_healthy"}}, name
        assert services[name]["build"] == "." and f"./:{MOUNT}" in services[name]["volumes"], name


@pytest.mark.parametrize("name, command", [("web", "serve"), ("scheduler", "run"), ("worker-1", "worker"),
                                           ("worker-2", "worker")])
def test_each_service_runs_a_real_command_with_the_mounted_config(name, command):
    argv = COMPOSE["services"][name]["command"]
    assert check_cli_command(argv).name == command
    assert argv[argv.index("--config") + 1] == COMPOSE["services"][name]["environment"]["NEWSLETTER_CONFIG"]
    assert COMPOSE["services"][name]["environment"]["NEWSLETTER_CONFIG"] == f"{MOUNT}/config.toml"


def test_workers_follow_the_sends_and_give_back_their_claims_on_stop():
    for name in ("worker-1", "worker-2"):
        service = COMPOSE["services"][name]
        assert "--follow" in service["command"] and service["stop_signal"] == "SIGTERM"


def test_the_web_node_listens_beyond_the_container_and_is_published_on_loopback():
    web = COMPOSE["services"]["web"]
    argv = web["command"]
    port = argv[argv.index("--port") + 1]
    assert argv[argv.index("--host") + 1] == "0.0.0.0" and web["ports"] == [f"127.0.0.1:{port}:{port}"]
    assert f"http://127.0.0.1:{port}/healthz" in " ".join(web["healthcheck"]["test"])


def test_every_secret_the_config_names_comes_from_the_environment():
    env = COMPOSE["services"]["web"]["environment"]
    wanted = secret_variables(load_config(REPO / "config.toml"))
    assert wanted <= set(env)
    assert set(env) - wanted == {"NEWSLETTER_CONFIG", "PGPASSWORD"}
    for key, value in env.items():
        if key != "NEWSLETTER_CONFIG":
            assert re.fullmatch(r"\$\{[A-Z_]+:[-?][^}]*\}", value), f"{key} is written in the file: {value}"
    assert env["NEWSLETTER_SECRET"].startswith("${NEWSLETTER_SECRET:?")  # refuses to start without it
    assert env["PGPASSWORD"].startswith("${POSTGRES_PASSWORD:?")


def test_the_readme_names_the_database_compose_makes():
    pg = COMPOSE["services"]["postgres"]["environment"]
    url = f"postgresql+psycopg://{pg['POSTGRES_USER']}@postgres:5432/{pg['POSTGRES_DB']}"
    readme = (REPO / "README.md").read_text()
    assert f'url = "{url}"' in readme and f'url = "{url}"' in (REPO / "compose.yaml").read_text()
    assert "docker compose up" in readme


def test_the_image_installs_the_postgresql_driver():
    dockerfile = (REPO / "Dockerfile").read_text()
    pyproject = (REPO / "pyproject.toml").read_text()
    assert re.search(r'^postgres = \["psycopg\[binary\]', pyproject, re.M)
    run = next(line for line in dockerfile.splitlines() if line.startswith("RUN pip install"))
    assert '".[postgres]"' in shlex.split(run, posix=False)
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.M)
