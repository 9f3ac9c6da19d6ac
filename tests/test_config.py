from pathlib import Path

import pytest

from newsletter.config import Config, iter_documented_keys, load_config, parse_config
from newsletter.errors import ConfigError

from .conftest import REPO, minimal_config, write

BASE = {"newsletter": {"from": "a@example.org"}, "sources": [{"type": "folder", "path": "content"}]}


def problems(data: dict) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data, Path("."))
    return info.value.problems


def test_bundled_config_loads_without_warnings():
    cfg = load_config(REPO / "config.toml")
    assert cfg.warnings == []
    assert cfg.delivery.provider == "outbox"
    assert cfg.sources[0].path == "content"
    assert cfg.resolve("content") == REPO / "content"


def test_wrong_type_names_the_dotted_key():
    data = {**BASE, "delivery": {"smtp": {"port": "25a"}}}
    assert problems(data) == ['delivery.smtp.port: expected an integer, got "25a"']


def test_every_problem_is_reported_at_once():
    data = {
        "newsletter": {"from": "a@example.org", "timezone": "Mars/Olympus"},
        "sources": [{"type": "ftp"}],
        "delivery": {"provider": "carrier-pigeon", "smtp": {"port": "25a", "security": "ssl"}},
        "quotes": {"min_words": "eight"},
    }
    assert problems(data) == [
        'sources[0].type: expected one of folder, feed, got "ftp"',
        'delivery.provider: expected one of outbox, smtp, postmark, sendgrid, mailgun, resend, got "carrier-pigeon"',
        'delivery.smtp.port: expected an integer, got "25a"',
        'delivery.smtp.security: expected one of starttls, tls, none, got "ssl"',
        'quotes.min_words: expected an integer, got "eight"',
        'newsletter.timezone: unknown time zone "Mars/Olympus" (use an IANA name such as "Europe/London")',
    ]


def test_types_and_meanings_are_reported_together_without_echoes():
    """A wrong type is reported once: its default stands in, so no check of meaning repeats it."""
    data = {"newsletter": {"from": 5, "timezone": "Mars/Olympus", "base_url": "ftp://x"},
            "sources": [{"type": "ftp", "path": ""}, {"type": "feed"}],
            "quotes": {"min_words": "eight", "max_words": 3}, "schedule": {"cron": "often"}}
    assert problems(data) == [
        "newsletter.from: expected a string, got 5",
        'sources[0].type: expected one of folder, feed, got "ftp"',
        'quotes.min_words: expected an integer, got "eight"',
        'newsletter.timezone: unknown time zone "Mars/Olympus" (use an IANA name such as "Europe/London")',
        'newsletter.base_url: "ftp://x" is not a plain URL (https://host/path, with no spaces, quotes or angle '
        'brackets)',
        'schedule.cron: "often" is not a crontab expression (Wrong number of fields; got 1, expected 5)',
        'sources[1].url: required when type = "feed"',
        "quotes.max_words: must be at least quotes.min_words (8), got 3",
    ]


def test_one_problem_is_counted_in_the_singular(tmp_path):
    with pytest.raises(ConfigError) as info:
        parse_config({**BASE, "quotes": {"per_issue": 0}}, Path("."))
    assert info.value.message.startswith("1 problem in the config:")


@pytest.mark.parametrize("written, given_name, name, address", [
    ("TV Talk <editors@tvtalk.example.org>", None, "TV Talk", "editors@tvtalk.example.org"),
    ('"Talk, TV" <editors@tvtalk.example.org>', None, "Talk, TV", "editors@tvtalk.example.org"),
    ("TV Talk <editors@tvtalk.example.org>", "TV Talk Weekly", "TV Talk Weekly", "editors@tvtalk.example.org"),
    ("<editors@tvtalk.example.org>", None, "TV Talk Weekly", "editors@tvtalk.example.org"),
    ("editors@tvtalk.example.org", None, "TV Talk Weekly", "editors@tvtalk.example.org"),
], ids=["name-and-address", "quoted-name", "name-key-wins", "brackets-only", "bare-address"])
def test_from_takes_a_name_and_address(written, given_name, name, address):
    section = {"from": written} | ({"name": given_name} if given_name else {})
    cfg = parse_config({**BASE, "newsletter": section}, Path("."))
    assert (cfg.newsletter.name, cfg.newsletter.from_addr) == (name, address)


def test_a_from_that_is_no_address_says_how_to_write_one():
    assert problems({**BASE, "newsletter": {"from": "TV Talk editors@example.org"}}) == [
        'newsletter.from: "TV Talk editors@example.org" is not an email address (write "editors@example.org" or '
        '"TV Talk <editors@example.org>")']


@pytest.mark.parametrize("provider, variable", [("postmark", "POSTMARK_TOKEN"), ("sendgrid", "SENDGRID_API_KEY"),
                                                ("mailgun", "MAILGUN_API_KEY"), ("resend", "RESEND_API_KEY")])
@pytest.mark.parametrize("table", [None, {"api_url": "http://127.0.0.1:9/"}, {"key_env": ""}],
                         ids=["no-table", "table-without-key_env", "empty-key_env"])
def test_each_provider_key_variable_defaults_to_its_usual_name(monkeypatch, provider, variable, table):
    from newsletter.providers.http_api import api_key

    delivery = {"provider": provider} | ({provider: {**table, "domain": "mg.example.org"}} if table else {})
    cfg = parse_config({**BASE, "delivery": delivery}, Path("."))
    assert getattr(cfg.delivery, provider).key_env == variable
    assert getattr(cfg.delivery, provider).api_url.startswith(("https://api.", "http://127.0.0.1:9/"))
    monkeypatch.delenv(variable, raising=False)
    with pytest.raises(ConfigError) as info:
        api_key(cfg, provider)
    assert info.value.message == f"delivery.{provider}.key_env: environment variable {variable} is not set"
    assert info.value.hint.startswith(f"export {variable}=")
    monkeypatch.setenv(variable, "k-123")
    assert api_key(cfg, provider) == "k-123"


def test_semantic_problems_are_collected_too():
    data = {"newsletter": {"from": "not-an-address", "timezone": "Mars/Olympus", "base_url": "http://x.org"},
            "sources": [{"type": "feed"}], "schedule": {"cron": "every friday"}}
    found = problems(data)
    assert 'newsletter.timezone: unknown time zone "Mars/Olympus" (use an IANA name such as "Europe/London")' in found
    assert 'newsletter.from: "not-an-address" is not an email address (write "editors@example.org" or ' \
           '"TV Talk <editors@example.org>")' in found
    assert any(p.startswith("newsletter.base_url: must start with https://") for p in found)
    assert 'sources[0].url: required when type = "feed"' in found
    assert any(p.startswith('schedule.cron: "every friday" is not a crontab expression') for p in found)


def test_missing_required_key():
    assert problems({**BASE, "sources": [{"path": "x"}]}) == ["sources[0].type: required key is missing"]


def test_unknown_keys_warn_with_a_suggestion():
    cfg = parse_config({**BASE, "delivery": {"provdier": "outbox"}, "newsleter": {}}, Path("."))
    assert 'delivery.provdier: unknown key, ignored (did you mean "provider"?)' in cfg.warnings
    assert 'newsleter: unknown key, ignored (did you mean "newsletter"?)' in cfg.warnings


def test_a_float_field_accepts_an_integer():
    cfg = parse_config({**BASE, "delivery": {"rate": 5}}, Path("."))
    assert cfg.delivery.rate == 5.0 and isinstance(cfg.delivery.rate, float)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "config.toml")
    assert info.value.exit_code == 2
    assert "not found" in info.value.message and "--config" in info.value.hint


def test_toml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path / "config.toml", '[newsletter]\nname = "x\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in info.value.message and "line 2" in info.value.message


def test_message_names_the_file(tmp_path):
    path = minimal_config(tmp_path, '[delivery.smtp]\nport = "25a"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.message.startswith(f"{path}: 1 problem in the config:")


def test_secrets_come_from_the_environment(monkeypatch, tmp_path):
    cfg = load_config(minimal_config(tmp_path, '[delivery.smtp]\npassword_env = "MY_SMTP_PW"\n'))
    monkeypatch.delenv("MY_SMTP_PW", raising=False)
    assert cfg.secret(cfg.delivery.smtp.password_env) is None
    monkeypatch.setenv("MY_SMTP_PW", "s3cret")
    assert cfg.secret(cfg.delivery.smtp.password_env) == "s3cret"


def test_config_toml_documents_every_key():
    """Every schema field appears in the bundled config.toml (sqlite-utils' docs test, for config)."""
    text = (REPO / "config.toml").read_text()
    lines = text.splitlines()
    for key, doc in iter_documented_keys(Config):
        leaf = key.rsplit(".", 1)[-1].split("]")[-1]
        assert any(line.startswith(f"{leaf} =") for line in lines), f"{key} missing from config.toml"
        assert doc, f"{key} has no doc"
    for key, doc in iter_documented_keys(Config):
        if key.startswith(("delivery.sendgrid", "delivery.mailgun", "delivery.resend")):
            continue  # same fields as delivery.postmark, documented there
        assert f"# {doc}" in text, f"{key}: its doc line is not a comment in config.toml"


def test_readme_names_every_config_key():
    readme = (REPO / "README.md").read_text()
    missing = [key for key, _ in iter_documented_keys(Config) if f"`{key.rsplit('.', 1)[-1].split(']')[-1]}`" not in readme]
    assert missing == []


@pytest.mark.parametrize("section, key, value", [
    ("newsletter", "base_url", "https://news.example.org\r\nBcc: victim@example.org"),
    ("newsletter", "base_url", "https://news.example.org/a b"),
    ("newsletter", "base_url", 'https://news.example.org/">'),
    ("newsletter", "base_url", "https://"),
    ("newsletter", "name", "TV Talk\nBcc: victim@example.org"),
    ("newsletter", "postal_address", "1 Main St\x00"),
    ("theme", "accent", "red; } body { display:none"),
    ("theme", "font", "Georgia; } a { color: red"),
    ("theme", "logo_url", "javascript:alert(1)"),
    ("theme", "dark_card", "#000; } * { display:none"),
    ("server", "port", 70000),
    ("delivery", "rate", float("nan")),
    ("delivery", "hourly_cap", -5),
    ("schedule", "misfire_grace_time", -1),
], ids=["base_url-crlf", "base_url-space", "base_url-quote", "base_url-no-host", "name-lf", "postal-nul",
        "accent-css", "font-css", "logo-js", "dark-card-css", "server-port", "rate-nan", "hourly-negative", "misfire-negative"])
def test_values_that_would_inject_or_crash_are_refused_with_their_dotted_key(section, key, value):
    data = {**BASE, section: {**BASE.get(section, {}), key: value}}
    found = problems(data)
    assert len(found) == 1 and found[0].startswith(f"{section}.{key}: "), found


@pytest.mark.parametrize("key, value, expected", [
    ("breaker_streak", 1, "delivery.breaker_streak: expected 2 or more (one refusal is about one address, "
                          "not the server), got 1"),
    ("outage_limit", 0, "delivery.outage_limit: expected a positive number of seconds, got 0.0"),
    ("outage_limit", float("inf"), "delivery.outage_limit: expected a finite number, got inf"),
    ("unknown_wait", 5, "delivery.unknown_wait: expected 60 seconds or more (a retry sooner may cross the first "
                        "copy still on its way), got 5"),
    ("breaker_streak", "ten", 'delivery.breaker_streak: expected an integer, got "ten"'),
])
def test_delivery_guards_are_validated(key, value, expected):
    assert problems({**BASE, "delivery": {key: value}}) == [expected]


def test_delivery_guards_default_to_the_documented_values(tmp_path):
    d = load_config(minimal_config(tmp_path)).delivery
    assert (d.breaker_streak, d.outage_limit, d.unknown_wait) == (10, 3600.0, 900.0)


def test_smtp_timeout_must_be_positive():
    found = problems({**BASE, "delivery": {"smtp": {"timeout": 0}}})
    assert found == ["delivery.smtp.timeout: expected a positive number of seconds, got 0.0"]


def test_folder_size_limit_must_be_positive(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(minimal_config(tmp_path, sources='path = "content"\nmax_file_mb = 0'))
    assert "sources[0].max_file_mb: expected a size above 0, got 0" in str(info.value)


def test_tables_of_the_wrong_shape_do_not_hide_the_other_problems():
    data = {"newsletter": 5, "delivery": {"mailgun": 3},
            "sources": [{"type": "folder", "path": "c", "keywords": "x"}, {"type": ["feed"]}, 7],
            "quotes": {"min_words": "eight"}}
    assert problems(data) == [
        "newsletter: expected a table, got 5",
        'sources[0].keywords: expected a list, got "x"',
        "sources[1].type: expected one of folder, feed, got a list",
        "sources[2]: expected a table, got 7",
        "delivery.mailgun: expected a table, got 3",
        'quotes.min_words: expected an integer, got "eight"',
    ]


@pytest.mark.parametrize("value, expected", [
    ({"check_hosts": ["http://10.0.0.5/"]}, ['preview.check_hosts[0]: "http://10.0.0.5/" is not a host or host:port '
                                             '(write "wiki.internal" or "10.0.0.5:8080", without a scheme or path)']),
    ({"link_timeout": 0}, ["preview.link_timeout: expected more than 0 and at most 60 seconds, got 0"]),
])
def test_the_link_checkers_hosts_and_timeout_are_checked(value, expected, tmp_path):
    assert problems({**BASE, "preview": value}) == expected
    good = parse_config({**BASE, "preview": {"check_hosts": ["wiki.internal", "10.0.0.5:8080"]}}, tmp_path)
    assert good.preview.check_hosts == ["wiki.internal", "10.0.0.5:8080"]
