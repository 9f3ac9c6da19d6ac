"""Every error a user can cause is a NewsletterError with a hint, and the CLI shows it without a traceback."""

import stat

from click.testing import CliRunner

from newsletter import errors
from newsletter.cli import cli
from newsletter.errors import NewsletterError

from .conftest import WEEK, write


def test_every_error_class_is_in_the_tree_drawn_in_the_docstring_and_has_a_hint():
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, NewsletterError)
               and c is not NewsletterError]
    assert {"WeekError", "BadToken", "CheckFailed"} <= {c.__name__ for c in classes}
    for cls in classes:
        assert f"── {cls.__name__} " in errors.__doc__, f"{cls.__name__} is not drawn in errors.py's docstring"
        assert cls.__doc__ and cls.default_hint, f"{cls.__name__} lacks a docstring or a default hint"


def test_a_bad_week_is_an_error_with_its_hint(project, monkeypatch):
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["build", "--week", "2026-W60"])
    assert result.exit_code == 1
    assert result.output.strip() == ('Error: "2026-W60" is not a week of that year '
                                     "(write the week as YYYY-Www, for example 2026-W48)")


def test_a_spamassassin_whose_report_cannot_be_read_fails_the_check_not_the_program(project, tmp_path, monkeypatch):
    fake = write(tmp_path / "bin" / "spamassassin", "#!/bin/sh\ncat > /dev/null\necho 'no report here'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(fake.parent))  # and no Chromium: the layout checks skip
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["check", "--week", WEEK])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "FAIL spam score: could not run: could not read SpamAssassin's report" in result.output


def test_an_output_folder_that_cannot_be_made_is_an_error_naming_it(project, monkeypatch):
    blocker = write(project / "not-a-folder", "a file where the build folder would go")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["build", "--week", WEEK, "--out", str(blocker / "out")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    error = result.output.splitlines()[-1]
    assert error.startswith(f"Error: {blocker / 'out' / WEEK}/")
    assert error.endswith(": cannot write it (Not a directory) (check that the folder can be made and written to, "
                          "and that the disk has room)")
