"""`newsletter doctor` against the real parts: the sample project, a local SMTP server, a Postmark-shaped API."""

import json

import pytest

from click.testing import CliRunner
from werkzeug import Response

from newsletter.cli import cli
from newsletter.providers import providers

from .conftest import WEEK, write
from .deliver.fake_providers import KEY
from .smtp_server import Recorder, SmtpServer


def doctor(project, monkeypatch, **env):
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["doctor", "--config", str(project / "config.toml")])
    return result.exit_code, result.output.splitlines()


def use(project, old, new):
    config = project / "config.toml"
    config.write_text(config.read_text().replace(old, new))


def test_the_sample_project_is_ready_and_doctor_writes_nothing(project, monkeypatch):
    before = sorted(p.name for p in project.iterdir())
    code, lines = doctor(project, monkeypatch, NEWSLETTER_SECRET=None)
    assert code == 0, lines
    assert [line.split(":")[0] for line in lines if not line.startswith(" ")] == [
        "ok   config", "ok   signing key", "ok   state database", "ok   templates", "ok   provider outbox"]
    assert f"ok   state database: {project / 'state' / 'newsletter.db'} does not exist yet" in lines[3]
    assert sorted(p.name for p in project.iterdir()) == before


def test_templates_are_rendered_once_an_issue_is_built_and_a_broken_one_is_named(project, monkeypatch):
    assert CliRunner().invoke(cli, ["build", "--config", str(project / "config.toml"), "--week", WEEK]).exit_code == 0
    code, lines = doctor(project, monkeypatch)
    assert code == 0 and f"ok   templates: 8 templates parse and render {WEEK} as kept in the state database" in lines
    assert any(line.startswith("ok   state database: sqlite:///") and line.endswith(" answers") for line in lines)
    write(project / "templates" / "_story.mjml.j2", "<mj-section>\n{% if %}\n</mj-section>\n")
    code, lines = doctor(project, monkeypatch)
    assert code == 1
    assert f"FAIL templates: {project / 'templates' / '_story.mjml.j2'}, line 2: Expected an expression, got " \
           "'end of statement block'" in lines


def test_the_templates_render_the_issue_kept_in_the_database_not_the_folder(project, monkeypatch):
    import shutil

    assert CliRunner().invoke(cli, ["build", "--config", str(project / "config.toml"), "--week", WEEK]).exit_code == 0
    shutil.rmtree(project / "build")  # another machine's build, or a folder cleaned up: the database is the issue
    write(project / "build" / "2026-W47" / "artefact.json", "{not json")  # an older, broken trial in the folder
    code, lines = doctor(project, monkeypatch)
    assert code == 0 and f"ok   templates: 8 templates parse and render {WEEK} as kept in the state database" in lines
    # The copy in the database is what send delivers: a template that cannot render it fails doctor.
    write(project / "templates" / "_story.mjml.j2", "{{ story.nope.deeper }}")
    code, lines = doctor(project, monkeypatch)
    assert code == 1 and any(line.startswith("FAIL templates: ") and "_story.mjml.j2" in line for line in lines)


def test_a_broken_config_is_reported_whole(project, monkeypatch):
    use(project, 'timezone = "America/New_York"', 'timezone = "Mars/Olympus"')
    code, lines = doctor(project, monkeypatch)
    assert code == 1 and lines[0].startswith("FAIL config: ") and "Mars/Olympus" in "\n".join(lines)
    assert len([line for line in lines if line.startswith(("ok", "FAIL"))]) == 1


def test_postmark_credentials_are_tried_with_a_harmless_call(project, monkeypatch, httpserver):
    def server(request):
        if request.headers.get("X-Postmark-Server-Token") != KEY:
            return Response(json.dumps({"ErrorCode": 10, "Message": "Bad or missing Server API token."}), status=401,
                            content_type="application/json")
        return Response(json.dumps({"ID": 1, "Name": "TV Talk", "ApiTokens": [KEY]}), content_type="application/json")

    httpserver.expect_request("/server", method="GET").respond_with_handler(server)
    use(project, 'provider = "outbox"', 'provider = "postmark"')
    use(project, 'api_url = "https://api.postmarkapp.com"', f'api_url = "{httpserver.url_for("/")}"')
    url = httpserver.url_for("/server")
    code, lines = doctor(project, monkeypatch, NEWSLETTER_SECRET="s", POSTMARK_TOKEN=KEY)
    assert code == 0 and f"ok   provider postmark: {url} accepts the key in POSTMARK_TOKEN" in lines
    code, lines = doctor(project, monkeypatch, POSTMARK_TOKEN="wrong")
    assert code == 1 and f"FAIL provider postmark: {url} refused the key in POSTMARK_TOKEN (HTTP 401)" in lines
    assert "     fix: put a valid postmark API key in POSTMARK_TOKEN" in lines
    code, lines = doctor(project, monkeypatch, POSTMARK_TOKEN=None, NEWSLETTER_SECRET=None)
    assert "FAIL provider postmark: delivery.postmark.key_env: environment variable POSTMARK_TOKEN is not set" in lines
    assert "FAIL signing key: NEWSLETTER_SECRET is not set: the postmark provider will not send" in lines
    assert all(r.method == "GET" for r, _ in httpserver.log)  # nothing was sent


def test_smtp_is_tried_up_to_the_login(project, monkeypatch):
    with SmtpServer(Recorder(), users={"ed": "pw"}) as srv:
        use(project, 'provider = "outbox"', 'provider = "smtp"')
        use(project, 'host = "localhost"', 'host = "127.0.0.1"')
        use(project, "port = 587", f"port = {srv.port}")
        use(project, 'security = "starttls"', 'security = "none"')
        use(project, 'username = ""', 'username = "ed"')
        code, lines = doctor(project, monkeypatch, NEWSLETTER_SECRET="s", SMTP_PASSWORD="pw")
        assert code == 0 and f"ok   provider smtp: 127.0.0.1:{srv.port} accepts the connection and the login" in lines
        code, lines = doctor(project, monkeypatch, SMTP_PASSWORD="nope")
        assert code == 1 and f"FAIL provider smtp: 127.0.0.1:{srv.port} refused the login of ed: 535" in lines
        port = srv.port
    code, lines = doctor(project, monkeypatch, SMTP_PASSWORD="pw")
    assert code == 1 and any(line.startswith(f"FAIL provider smtp: cannot talk to 127.0.0.1:{port}: ")
                             for line in lines)


# Each provider's harmless call, answered as the real service answers it: a good key, a bad one.
READS = {
    "sendgrid": ("/v3/scopes", lambda r: r.headers.get("Authorization") == f"Bearer {KEY}",
                 {"scopes": ["mail.send"]}, {"errors": [{"field": None, "message": "authorization required"}]}),
    "mailgun": ("/v3/domains/mg.tvtalk.example.org", lambda r: r.authorization and r.authorization.password == KEY,
                {"domain": {"name": "mg.tvtalk.example.org", "state": "active"}}, {"message": "Invalid private key"}),
    "resend": ("/domains", lambda r: r.headers.get("Authorization") == f"Bearer {KEY}", {"data": []},
               {"statusCode": 401, "message": "API key is invalid", "name": "validation_error"}),
}
VARIABLES = {"sendgrid": "SENDGRID_API_KEY", "mailgun": "MAILGUN_API_KEY", "resend": "RESEND_API_KEY"}


@pytest.mark.parametrize("provider", sorted(READS))
def test_every_http_provider_is_read_with_its_key(project, monkeypatch, httpserver, provider):
    path, good, ok_body, refused = READS[provider]

    def server(request):
        if good(request):
            return Response(json.dumps(ok_body), content_type="application/json")
        return Response(json.dumps(refused), status=401, content_type="application/json")

    httpserver.expect_request(path, method="GET").respond_with_handler(server)
    use(project, 'provider = "outbox"', f'provider = "{provider}"')
    use(project, f'api_url = "{providers()[provider].settings().api_url}"', f'api_url = "{httpserver.url_for("/")}"')
    variable, url = VARIABLES[provider], httpserver.url_for(path)
    code, lines = doctor(project, monkeypatch, NEWSLETTER_SECRET="s", **{variable: KEY})
    assert code == 0 and f"ok   provider {provider}: {url} accepts the key in {variable}" in lines
    code, lines = doctor(project, monkeypatch, **{variable: "wrong"})
    assert code == 1 and f"FAIL provider {provider}: {url} refused the key in {variable} (HTTP 401)" in lines


def test_a_sending_only_resend_key_is_known_not_refused(project, monkeypatch, httpserver):
    httpserver.expect_request("/domains", method="GET").respond_with_json(
        {"statusCode": 401, "message": "This API key is restricted to only send emails", "name": "restricted_api_key"},
        status=401)
    use(project, 'provider = "outbox"', 'provider = "resend"')
    use(project, 'api_url = "https://api.resend.com"', f'api_url = "{httpserver.url_for("/")}"')
    code, lines = doctor(project, monkeypatch, NEWSLETTER_SECRET="s", RESEND_API_KEY="re_send_only")
    assert code == 0 and any(line.endswith("knows the key in RESEND_API_KEY (a sending-only key)") for line in lines)
