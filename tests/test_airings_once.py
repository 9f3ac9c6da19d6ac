"""An airing an article mentions twice is printed once in the rendered issue: the timed mention and a second one
on the same day without a time (`tonight's episode`), the same streaming drop said as `later tonight` and `at 3
a.m. Saturday`; a look-alike on another network, another day or of another show is kept."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from newsletter.assemble import assemble_issue
from newsletter.config import load_config
from newsletter.extract import understand
from newsletter.model import Interview, Period
from newsletter.render import RenderSettings, render_issue

from .conftest import REPO

NY = ZoneInfo("America/New_York")
FRIDAY = date(2026, 12, 4)


def _airings_text(body: str) -> str:
    """The plain-text issue's airings, built from one invented article dated Friday and sent that morning."""
    u = understand(Interview(source="t.md", date=FRIDAY, title="Dockside's last stand", outlet="The Ledger",
                             body=body))
    issue = assemble_issue("2026-W49", Period(date(2026, 11, 30), FRIDAY), [u],
                           sent_at=datetime(2026, 12, 4, 8, tzinfo=NY), name="TV Talk")
    text = render_issue(issue, RenderSettings.from_config(load_config(REPO / "config.toml"))).text
    return " ".join(text.split())


@pytest.mark.parametrize("second, printed", [
    ("Viewers who stay up for tonight's episode on NBC will not be sorry.", 1),  # the same airing again
    ("Viewers who stay up for tonight's episode on Telemundo will not be sorry.", 2),  # another network
    ("The finale airs Sunday on NBC.", 2),  # another day
])
def test_a_second_untimed_mention_of_a_timed_airing_is_printed_once(second, printed):
    body = ("Ines Moreau has played the harbour master for nine years.\n\n"
            "Dockside airs tonight at 9 p.m. on NBC. " + second)
    assert _airings_text(body).count("Dockside on ") == printed


def test_one_streaming_drop_said_twice_is_printed_once():
    body = ("Copper Vale is back.\n\n"
            "All eight episodes of Copper Vale arrive on Netflix later tonight. "
            "Copper Vale drops at 3 a.m. ET Saturday on Netflix.")
    text = _airings_text(body)
    assert text.count(" on Netflix: ") == 1 and "Copper Vale on Netflix: Sat, Dec 5 · 3 a.m. ET" in text
