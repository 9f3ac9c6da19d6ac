"""Providers and kinds of source are one module each: the config schema, the docs and the code pick them up."""

import importlib.util
import sys
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from newsletter.config import Config, iter_documented_keys, parse_config
from newsletter.providers import providers, unregister
from newsletter.deliver.transport import make_transport
from newsletter.errors import ConfigError
from newsletter.model import Period
from newsletter.sources import make_source, source_kinds, unregister_source
from newsletter.webhooks import WebhookKeys, WebhookRequest, read_webhook

from .conftest import REPO, write

BASE = {"newsletter": {"from": "a@example.org"}, "sources": [{"type": "folder", "path": "content"}]}
README = (REPO / "README.md").read_text()
CONFIG_TOML = (REPO / "config.toml").read_text()


def _table(text: str, header: str) -> list[str]:
    """The lines of one `[header]` table of a TOML text, up to the next table."""
    lines = text.splitlines()
    start = lines.index(f"[{header}]") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")), len(lines))
    return lines[start:end]


def test_the_registries_hold_the_builtin_ones_in_their_documented_order():
    assert list(providers()) == ["outbox", "smtp", "postmark", "sendgrid", "mailgun", "resend"]
    assert list(source_kinds()) == ["folder", "feed"]


@pytest.mark.parametrize("name", list(providers()))
def test_every_provider_is_in_the_schema_config_toml_and_readme(name):
    provider = providers()[name]
    keys = dict(iter_documented_keys(Config))
    table = _table(CONFIG_TOML, f"delivery.{name}")
    for f in fields(provider.settings):
        assert keys.get(f"delivery.{name}.{f.name}"), f"delivery.{name}.{f.name} is not in the config schema"
        assert any(line.startswith(f"{f.name} =") for line in table), f"[delivery.{name}] {f.name} not in config.toml"
        assert f"`{f.name}`" in README, f"[delivery.{name}] {f.name} is not in README"
    assert f"| `{name}` |" in README, f"provider {name} has no row in README's provider table"
    assert f"`{name}`" in README.split("| `[delivery]` |")[1].split("\n")[0], f"{name} not among README's providers"


@pytest.mark.parametrize("name", list(source_kinds()))
def test_every_source_kind_is_in_the_schema_config_toml_and_readme(name):
    kind = source_kinds()[name]
    keys = dict(iter_documented_keys(Config))
    table = _table(CONFIG_TOML, "[sources]")
    for f in fields(kind.settings):
        assert keys.get(f"sources.{f.name}"), f"sources.{f.name} is not in the config schema"
        assert any(line.startswith(f"{f.name} =") for line in table), f"[[sources]] {f.name} not in config.toml"
    assert f'type = "{name}"' in CONFIG_TOML, f"config.toml does not say how to use type = {name!r}"
    sources_row = README.split("| `[[sources]]` |")[1].split("\n")[0]
    assert f"`{name}`" in sources_row, f"source kind {name} is not in README's [[sources]] row"
    for f in fields(kind.settings):
        assert f"`{f.name}`" in sources_row, f"[[sources]] {f.name} is not in README's [[sources]] row"


PIGEON = '''
from dataclasses import dataclass

from newsletter.providers import Provider, register
from newsletter.providers.transport import Receipt
from newsletter.settings import setting


@dataclass
class PigeonSettings:
    coop: int = setting("How many pigeons are kept.", 2)


class PigeonTransport:
    name = "pigeon"
    batch_size = 1

    def __init__(self, coop):
        self.coop = coop

    def send(self, batch, idempotency_key):
        return [Receipt(m.email, "sent") for m in batch]

    def close(self):
        pass


def read_webhook(request):
    return [(request.body.decode(), "bounced")]


register(Provider("pigeon", "Carrier pigeon", PigeonSettings, lambda cfg, issue: PigeonTransport(cfg.delivery.pigeon.coop),
                  read_webhook))
'''

JSONFEED = '''
from dataclasses import dataclass
from datetime import date

from newsletter.model import Interview
from newsletter.settings import setting
from newsletter.sources import GatherResult, SourceKind, SourceSettings, register_source


@dataclass
class JsonFeedSettings(SourceSettings):
    feed_url: str = setting("For JSON Feeds: the feed's URL.", "")

    def problems(self, key):
        return [] if self.feed_url else [f"{key}.feed_url: required when type = \\"jsonfeed\\""]


class JsonFeedSource:
    def __init__(self, url, name):
        self.url, self.name = url, name

    def gather(self, period):
        return GatherResult([Interview(source=self.url, title="From " + self.url, body="Kim Lee talks.", date=period.start)])


register_source(SourceKind("jsonfeed", JsonFeedSettings, lambda s, cfg, web, store: JsonFeedSource(s.feed_url, s.name)))
'''


def _plug_in(tmp_path: Path, name: str, text: str, forget):
    """Import a module written in a temp dir, as a plug-in's module would be; `forget` undoes its registration."""
    spec = importlib.util.spec_from_file_location(name, write(tmp_path / f"{name}.py", text))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    yield
    forget()
    sys.modules.pop(name)


@pytest.fixture
def pigeon(tmp_path):
    yield from _plug_in(tmp_path, "pigeon_provider", PIGEON, lambda: unregister("pigeon"))


@pytest.fixture
def jsonfeed(tmp_path):
    yield from _plug_in(tmp_path, "jsonfeed_source", JSONFEED, lambda: unregister_source("jsonfeed"))


def test_a_new_provider_module_is_validated_by_the_config_and_sends(pigeon):
    with pytest.raises(ConfigError) as info:
        parse_config({**BASE, "delivery": {"provider": "pigeon", "pigeon": {"coop": "many"}}}, Path("."))
    assert info.value.problems == ['delivery.pigeon.coop: expected an integer, got "many"']

    cfg = parse_config({**BASE, "delivery": {"provider": "pigeon", "pigeon": {"coop": 7}}}, Path("."))
    assert cfg.delivery.pigeon.coop == 7
    assert make_transport(cfg, "2026-W48").coop == 7
    assert ("delivery.pigeon.coop", "How many pigeons are kept.") in list(iter_documented_keys(Config))
    request = WebhookRequest(b"ada@example.org", {}, {}, None, WebhookKeys(), lambda token, until: True, 0.0)
    assert read_webhook("pigeon", request) == [("ada@example.org", "bounced")]


def test_without_the_module_the_provider_is_unknown_to_the_config():
    with pytest.raises(ConfigError) as info:
        parse_config({**BASE, "delivery": {"provider": "pigeon"}}, Path("."))
    assert info.value.problems == [
        'delivery.provider: expected one of outbox, smtp, postmark, sendgrid, mailgun, resend, got "pigeon"']


def test_a_new_source_module_is_validated_by_the_config_and_gathers(jsonfeed):
    with pytest.raises(ConfigError) as info:
        parse_config({**BASE, "sources": [{"type": "jsonfeed", "feed_url": 5}, {"type": "jsonfeed"}]}, Path("."))
    assert info.value.problems == ["sources[0].feed_url: expected a string, got 5",
                                   'sources[1].feed_url: required when type = "jsonfeed"']

    cfg = parse_config({**BASE, "sources": [{"type": "jsonfeed", "feed_url": "https://example.org/feed.json"}]},
                       Path("."))
    week = Period(date(2026, 11, 23), date(2026, 11, 29))
    result = make_source(cfg.sources[0], cfg).gather(week)
    assert [iv.title for iv in result.interviews] == ["From https://example.org/feed.json"]


def test_an_unknown_source_type_is_a_config_problem_not_a_feed():
    with pytest.raises(ConfigError) as info:
        parse_config({**BASE, "sources": [{"type": "jsonfeed", "url": "https://example.org/feed.json"}]}, Path("."))
    assert info.value.problems == ['sources[0].type: expected one of folder, feed, got "jsonfeed"']


def test_no_module_is_named_like_a_standard_library_module():
    """A module named like the standard library's (select, calendar) misleads a reader and breaks scripts run
    from inside the package folder, where it shadows the real one."""
    package = REPO / "newsletter"
    clashes = sorted(
        str(path.relative_to(REPO))
        for path in package.rglob("*.py")
        if path.stem in sys.stdlib_module_names or (path.name == "__init__.py" and path.parent.name in sys.stdlib_module_names)
    )
    assert clashes == []
