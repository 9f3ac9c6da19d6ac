"""`newsletter subscribers ...`: the subscriber list in the state database, and CSV in and out of it."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import config_option, friendly, read_config
from .model import SHOWS_MODE_KEY, SHOWS_MODES, SUBSCRIBER_STATUSES
from .words import counted

@click.group()
def subscribers():
    """Manage the subscribers (kept in the state database; CSV in and out).

    \b
    Example:
      newsletter subscribers add fan@example.org --name "A Fan" --timezone Europe/London
    """


_SHOWN = 20  # rejected rows printed one by one; the rest are counted


def _store(config_path):
    from .subscribers import SubscriberStore

    return SubscriberStore.from_config(read_config(config_path))


def _store_and_ledger(config_path):
    """The subscribers and the send ledger, which keeps the suppressions and the sends a person is withdrawn from."""
    from .deliver.ledger import Ledger
    from .subscribers import SubscriberStore

    cfg = read_config(config_path)
    return SubscriberStore.from_config(cfg), Ledger.from_config(cfg)


@subscribers.command("list")
@click.option("--status", type=click.Choice(("all",) + SUBSCRIBER_STATUSES),
              default="all", show_default=True, help="Only subscribers with this status.")
@config_option
@friendly
def subscribers_list(status, config_path):
    """Print every subscriber: address, status, time zone, shows.

    \b
    Example:
      newsletter subscribers list --status active
    """
    store = _store(config_path)
    for batch in store.batches(None if status == "all" else status):
        click.echo("".join(f"{s.email}\t{s.status}\t{s.timezone or '-'}\t{';'.join(s.shows) or '-'}\n"
                           for s in batch), nl=False)


@subscribers.command("count")
@config_option
@friendly
def subscribers_count(config_path):
    """Print how many subscribers there are in each status.

    \b
    Example:
      newsletter subscribers count
    """
    store = _store(config_path)
    click.echo(", ".join(f"{k} {n}" for k, n in store.count().items()))


@subscribers.command("add")
@click.argument("address")
@click.option("--name", default="", help="Name for the To: header.")
@click.option("--timezone", default="", help="IANA time zone, e.g. Europe/London.")
@click.option("--shows", default="", help="Shows they follow, separated by ';'.")
@click.option("--shows-mode", type=click.Choice(SHOWS_MODES), default=None,
              help="With followed shows: those \"first\", then everything else, or \"only\" those.")
@config_option
@friendly
def subscribers_add(address, name, timezone, shows, shows_mode, config_path):
    """Add a subscriber, or fill in one already there (a blank option changes nothing).

    Someone who unsubscribed, bounced or complained stays so: only they can come back,
    through the subscribe page, which asks them to confirm.

    \b
    Example:
      newsletter subscribers add fan@example.org --shows "Harbor Lights;Night Desk" --shows-mode only
    """
    from .errors import RosterError
    from .subscribers.fields import LEFT, split_shows
    from .subscribers import change

    store, ledger = _store_and_ledger(config_path)
    c = change(address, name, timezone, split_shows(shows), attributes={SHOWS_MODE_KEY: shows_mode or ""},
               detail="newsletter subscribers add")
    known = store.get(c.email)
    if (known is None and ledger.is_suppressed(c.email)) or (known and known.status in LEFT):
        raise RosterError(f"{known.email if known else c.email} unsubscribed, bounced or complained before",
                          hint="they must subscribe again themselves through the subscribe page, "
                               "which asks them to confirm")
    sub, outcome = store.add(c)
    click.echo(f"{'Added' if outcome == 'added' else 'Updated' if outcome == 'updated' else 'Unchanged:'} "
               f"{sub.email}")


@subscribers.command("remove")
@click.argument("address")
@config_option
@friendly
def subscribers_remove(address, config_path):
    """Remove a subscriber and their consent record (use `forget` to erase them everywhere).

    \b
    Example:
      newsletter subscribers remove fan@example.org
    """
    from .errors import RosterError

    store, ledger = _store_and_ledger(config_path)
    if not store.remove(address):
        raise RosterError(f"{address} is not a subscriber", hint="check the spelling with `newsletter subscribers list`")
    withdrawn = ledger.withdraw(address, "removed from the subscribers")  # a running send skips them
    click.echo(f"Removed {address}" + (f" (and from {counted(withdrawn, 'unsent issue')})" if withdrawn else ""))


@subscribers.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Report what would change; change nothing.")
@config_option
@friendly
def subscribers_import(file, dry_run, config_path):
    """Merge a CSV (ours, or a Mailchimp, listmonk or Buttondown export) into the subscribers.

    A blank cell never overwrites; someone who left stays so; unknown columns are kept as
    attributes; rows that cannot be used are reported with their line and left out.

    \b
    Example:
      newsletter subscribers import new-signups.csv --dry-run
    """
    from .subscribers import import_csv

    store, ledger = _store_and_ledger(config_path)
    report = import_csv(store, Path(file), dry_run, suppressed=ledger.suppressed_hashes())
    for line in report.rejected[:_SHOWN]:
        click.echo(f"Rejected {file} {line}", err=True)
    if len(report.rejected) > _SHOWN:
        click.echo(f"Rejected … and {len(report.rejected) - _SHOWN} more", err=True)
    click.echo(("Would import: " if dry_run else "Imported: ") + report.summary())


@subscribers.command("export")
@click.option("--out", type=click.Path(dir_okay=False), default=None, help="Write to this file (default: print).")
@config_option
@friendly
def subscribers_export(out, config_path):
    """Write every subscriber as CSV that is safe to open in a spreadsheet and imports again unchanged.

    \b
    Example:
      newsletter subscribers export --out subscribers/export.csv
    """
    from .files import atomic_writer
    from .subscribers import export_csv

    store = _store(config_path)
    if out is None:
        export_csv(store, click.get_text_stream("stdout"))
        return
    with atomic_writer(Path(out)) as fh:
        n = export_csv(store, fh)
    click.echo(f"Exported {counted(n, 'subscriber')} to {out}", err=True)


@subscribers.command("forget")
@click.argument("address")
@config_option
@friendly
def subscribers_forget(address, config_path):
    """Erase a person from the subscribers and the send ledger, keeping only a hashed suppression entry.

    \b
    Example:
      newsletter subscribers forget fan@example.org
    """
    from .subscribers import forget

    forget(*_store_and_ledger(config_path), address)
    click.echo(f"Forgot {address}; they stay unsubscribed")
