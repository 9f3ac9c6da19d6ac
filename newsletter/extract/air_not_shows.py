"""Text an airing's show is not (pure): a round-up's heading that names where its viewers are (`### Canada`,
`### Australia & New Zealand`), a commenter's handle (`Rhonda in Dayton said...`), a country leading a title
(`Germany's Die Schleuse`)."""

from __future__ import annotations

import re

from .places import PLACE_NAMES

# Countries and regions the place tables leave out (they span several zones) but a worldwide round-up heads its
# sections with.
_REGIONS = frozenset({"Canada", "United States", "US", "USA", "U.S.", "America", "North America", "Latin America",
                      "South America", "Europe", "Asia", "Africa", "Middle East", "Nordics", "Scandinavia",
                      "Philippines", "Netherlands", "Ireland", "Rest of the World", "Rest of World", "Elsewhere",
                      "Worldwide", "International", "Everywhere Else"})
_JOINERS = re.compile(r"\s*(?:&|\band\b|/|,|\+)\s*")


_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tonight",
                   "Tomorrow", "This Week", "This Weekend", "Next Week", "Coming Soon", "Coming Up"})
_ACROSS = re.compile(r"(?:Across|Over|Beyond)\s+the\s+[A-Z]\w+$")  # `Across the Tasman`: the country over the water


def place_heading(text: str) -> bool:
    """Whether a heading only names where viewers are or when: one or more countries or regions (`Canada`, `UK &
    Ireland`, `Australia and New Zealand`, `Across the Tasman`), a day (`Friday`, `Coming soon`); not a show named
    after a place with more words (`Cinder Hill`, `Hollow Ridge`)."""
    if text.strip().title() in _DAYS or text.strip() in _DAYS or _ACROSS.match(text.strip()):
        return True
    parts = [p.strip().removeprefix("the ").removeprefix("The ") for p in _JOINERS.split(text.strip())]
    return bool(parts) and all(p in PLACE_NAMES or p in _REGIONS for p in parts if p) and any(parts)


# A commenter's handle set off over a comment: `**Rhonda in Dayton said...**`, `<cite>Ruthie</cite> says:`.
_HANDLE_END = re.compile(r"\s(?:said|says|wrote|writes)\W*$")
_HANDLE_AFTER = re.compile(r"^[\"”’'*_>/a-z]*\s+(?:said|says|wrote|writes)\s*(?::|\.\.\.|…|<br|\n|$)")


def commenter(found: str, after: str) -> bool:
    """Whether a set-off name is a commenter's handle: it ends on `said...`, or `says:` ends its line after it (not
    `*Harbor Lights* says it all`)."""
    return ("said" in found or "wr" in found or "says" in found) and _HANDLE_END.search(found) is not None or \
        after[:12].lstrip("*_</ab>ictem").startswith((" s", " w")) and _HANDLE_AFTER.match(after) is not None


_COUNTRY_OWNER = re.compile(r"^(?P<owner>[A-Z][\w ]{1,30}?)['’]s\s+(?P<rest>[A-Z0-9].*)$")


def without_country(found: str) -> str:
    """`Germany's Die Schleuse` is Die Schleuse: a country's possessive before a title names where it is from."""
    m = _COUNTRY_OWNER.match(found) if "s " in found else None
    return m.group("rest") if m and place_heading(m.group("owner")) else found
