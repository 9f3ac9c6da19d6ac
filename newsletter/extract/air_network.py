"""Which network an airing is printed with (pure): the channel its sentence names, or the one whose possessive
stands before the show; never an embedded player's host; in the network's short name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import AirDate
from .air_reading import LOCAL_LISTINGS
from .air_sequence import plain_text
from .channels import KNOWN_NAMES, find_channels
from .unlisted import could_be_a_channel, named_beside_a_when

# A network's own name for itself with a generic tail: `the CBS Television Network` is CBS.
_NETWORK_TAIL = re.compile(r"\s+(?:Television|TV)\s+Network$")
_TAG = re.compile(r"<[^<>]*>")
# `Northbank Network`; not `Every Network's Fall Schedule`
_NAMED_NETWORK = re.compile(r"\b(?!(?:Every|Each|All|Any|Your|Our|The|This|That|Which|What)\s)[A-Z][\w&.-]*"
                            r"(?:\s+[A-Z][\w&.-]*){0,2}\s+Network\b")
# A section's heading of a few capitalised words (`## Aurelian Broadcasting`, `## Sablecrest`), and the words by which
# the text under it speaks of a network (`The network's biggest swing`, `Sablecrest's presentation`).
_SECTION_HEADING = re.compile(r"^#{1,6}[ \t]+([A-Z][\w&.+'’-]*(?:[ \t]+[A-Z][\w&.+'’-]*){0,3})[ \t]*$", re.M)
_BROADCASTER_TAIL = re.compile(r"\s(?:Network|Broadcasting|Television|TV|Channel)$")
_A_NETWORK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+)?(?:network|channel|broadcaster)\b")
_KNOWN = frozenset(KNOWN_NAMES)
# A tier of a brand's channels or service, written after its name (`Sky Sports Mix`, `ICI Tou.tv Extra`).
_TIER = r"(\s(?:Mix|Extra|Premium|Main\s+Event|Arena|Action|Premier\s+League|Football|Cricket|Golf|Racing|Kids|Junior))\b"
_OWNER_WORDS = 3  # `NHK General TV's`: a channel's name before its possessive is at most this many words


def with_networks(air_dates: Sequence[AirDate], body: str, title: str | None = None,
                  outlet: str | None = None) -> list[AirDate]:
    """The airings with the network each is printed with: the channel whose possessive stands before the show in
    its sentence (`Lifetime's "Harbor Lights"`, `tvN's new drama *Harbor Lights*`) over one carried from earlier;
    never a host of an embedded player (`<iframe src="https://www.youtube.com/…">`), but the channel named before
    it outside markup; a name no table lists standing beside the sentence's when (`at 8/7c on Lodestar`) over
    one carried from before; the network's short name (`CBS Television Network` is CBS); where the sentence and the text
    before it name none, the one the article's other airings of the show are on when they agree, else the network
    the roundup's section is about, else a network the headline names by that word (`Northbank Network sets fall
    premiere dates`: a network's own release), else the broadcaster its release says is announcing its schedule, else
    the one whose own newsroom the outlet is (`Quillstream Newsroom`)."""
    out, stations = [], {}
    for air in air_dates:
        network = _owner(air) or air.network
        network = _over_station(air.sentence, network, stations) or stations.get(network) or network
        if not network or network not in air.sentence or air.kind != "streaming" and _streamer(network):
            # a name nobody lists, beside the when, over one carried, and over a streamer a broadcast's sentence names
            # for its uploads (`airs at 8pm on Sauti TV, and episodes go up on its YouTube channel`)
            network = _unlisted_beside(air.sentence) or network
        if network and network not in plain_text(air.sentence) and air.sentence_start is not None and \
                _only_in_markup(network, body):
            network = _named_outside_markup(body, air.sentence_start)
        network = network and _with_tier(air.sentence, network)
        out.append(replace(air, network=_NETWORK_TAIL.sub("", network) if network else None))
    own = _NAMED_NETWORK.search(title or "")
    own_name = _NETWORK_TAIL.sub("", own.group(0)) if own else _announcer(body) or _own_desk(outlet, title)
    shows = {a.show for a in out}
    return [a if a.network or not a.show else replace(a, network=_section(body, a, shows) if _as_said(a) else
                                                      _agreed(a, out) or _section(body, a, shows) or own_name)
            for a in out]


def _over_station(sentence: str, network: str | None, stations: dict[str, str]) -> str | None:
    """The network named before its local station, where the airing's channel is that station: `on Corsair (WCRX
    Channel 9 in Chicago)`, `on Kittredge, KFVK Channel 30`, `on Corbel, locally on WLKM-TV, Channel 12`, `on
    Kittredge (Channel 7 here)`; each station the sentence names after it is noted in `stations` as that network's,
    for the airings after it that carry the station on."""
    if not network or not _STATION.match(network) or "(" not in sentence and ", " not in sentence:
        return None
    text = plain_text(sentence)
    at = text.find(network)
    m = _BEFORE_STATION.search(text, 0, at) if at > 0 else None
    if not m or m.group("net") == network or not could_be_a_channel(m.group("net")):
        return None
    stations.update((c.name, m.group("net")) for c in find_channels(text[m.end():]))
    return m.group("net")


# A local station's name: call letters (`WCRX`, `KFVK`, `WLKM-TV`) or a channel's number (`Channel 7`).
_STATION = re.compile(r"(?:[KWC][A-Z]{2,3}(?:-(?:TV|DT|HD|CD))?|Channel\s+\d{1,2})\b")
# `on Corsair (`, `on Corbel, locally on `, `on Kittredge, that's `: a network, then where its station stands.
_BEFORE_STATION = re.compile(r"\bon\s+(?P<net>[A-Z][\w+&'’-]*(?:\s[A-Z][\w+&'’-]*){0,2})\s*(?:\(|,\s+)"
                             r"(?:locally\s+(?:on\s+)?|that['’]s\s+)?$")


def _announcer(body: str) -> str | None:
    """The broadcaster a release says is announcing its schedule (`The Keystone Channel today announced its holiday
    schedule`, `Rewind TV, the classic-television network …, announced its January lineup`): a name ending in a
    broadcaster's word, a channel the tables list, or one its apposition calls a network; not a studio or a person
    (`Bluewater Productions announced its`, `she announced her`)."""
    at = body.find(" announce")
    while at != -1:
        m = _ANNOUNCER.search(body, max(0, at - _ANNOUNCER_REACH), at + 1)
        if m and _ITS.match(body, body.find(" ", at + 1)):
            name = re.sub(r"^The\s+", "", m.group("name"))
            if _BROADCASTER_TAIL.search(name) or find_channels(name) or _A_NETWORK_WORD.search(m.group("aside") or ""):
                return _NETWORK_TAIL.sub("", name)
        at = body.find(" announce", at + 1)
    return None


_ANNOUNCER_REACH = 160  # the name and an apposition after it (`Rewind TV, the classic network on the air in 140 …,`)
# The broadcaster before `announced`, with its apposition: read back from the verb (the search ends there).
_ANNOUNCER = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w&.+'’-]*(?:\s+[A-Z][\w&.+'’-]*){0,3})(?:,(?P<aside>[^,.\n]{1,120}),)?"
                        r"\s+(?:today\s+|has\s+|officially\s+)?\s?$")
_ITS = re.compile(r"\s+(?:its|their)\s")  # `announced its schedule`, not `announced a partnership with`
_A_NETWORK_WORD = re.compile(r"\b(?:network|channel|broadcaster|station)\b", re.I)


def _own_desk(outlet: str | None, title: str | None) -> str | None:
    """The network whose own newsroom or press office publishes the piece (`Quillstream Newsroom`, `Larkspur Press
    Office`), when the headline names it too; not a news agency (`Associated Press`, a paper's `Free Press`)."""
    m = _DESK.match(outlet or "")
    return m.group(1) if m and m.group(1) in (title or "") else None


_DESK = re.compile(r"(.+?)\s+(?:Newsroom|Communications|Publicity|Press\s+(?:Site|Office|Room)|Media\s+(?:Centre|Center))$")


def _as_said(air: AirDate) -> bool:
    """`"Tin Mesa" is on Sunday nights`: a weekly night said with no time and no channel, printed as said (which of
    the show's channels, at home or abroad, it means is not written); `In most markets they air weekdays at 4 p.m.`:
    reruns each market's station shows, on no network of the show's."""
    return air.kind == "recurring" and (air.local_time is None or LOCAL_LISTINGS.search(air.sentence) is not None)


def _section(body: str, air: AirDate, shows: set[str | None]) -> str | None:
    """The network a roundup's section is about, where the airing stands in it: its heading's name (`## Sablecrest`),
    when the name ends in a broadcaster's word or the section speaks of it as a network (`The network's biggest
    swing`, `Sablecrest's presentation`); never a show's (a listicle's heading is its item's show)."""
    if air.sentence_start is None:
        return None
    heading = None
    for heading in _SECTION_HEADING.finditer(body, 0, air.sentence_start):
        pass
    name = heading.group(1) if heading else None
    if not name or name in shows or body.find("\n#", heading.end(), air.sentence_start) != -1:
        return None
    section = body[heading.end():air.sentence_end or air.sentence_start]
    return name if _BROADCASTER_TAIL.search(name) or _A_NETWORK.search(section) or \
        re.search(re.escape(name.split()[0]) + r"['’]s\s", section) else None


def _with_tier(sentence: str, network: str) -> str:
    """The network as the sentence names it with a tier of its brand after it (`Sky Sports Mix`, `ICI Tou.tv
    Extra`): the tier is the channel."""
    m = re.search(re.escape(network) + _TIER, sentence)
    return network + m.group(1) if m else network


def _owner(air: AirDate) -> str | None:
    """The channel whose possessive stands right before the airing's show in its sentence, up to three words
    before it (`RTÉ One's Sunday-night crime drama Lough Veyne`)."""
    if not air.show:
        return None
    at = re.search(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:[*_\"“‘']+|<(?:i|em)>)?" + re.escape(air.show),
                   air.sentence)
    if not at or find_channels(at.group(0)[2:]):
        return None  # `TV Azteca's Azteca Uno premieres *Las Olas*`: the owner's own channel stands between
    words = air.sentence[:at.start()].split()
    for size in range(min(_OWNER_WORDS, len(words)), 0, -1):
        name = " ".join(words[-size:])
        if name in _KNOWN:  # but `Ines Fox's "Dockside" character`: the end of a person's name
            before = words[-size - 1] if size < len(words) else ""
            return None if before[:1].isupper() and before[-1].isalpha() else name
    return None


def _streamer(network: str) -> bool:
    found = find_channels(network)
    return bool(found) and found[0].streaming


def _unlisted_beside(sentence: str) -> str | None:
    """The name no table lists that stands beside the sentence's when (`at 8/7c on Lodestar`), if any."""
    name = named_beside_a_when(plain_text(sentence))
    return name if name and not find_channels(name) else None


def _only_in_markup(network: str, body: str) -> bool:
    return network in body and network not in _TAG.sub(lambda m: " " * len(m.group()), body)


def _named_outside_markup(body: str, before: int) -> str | None:
    """The last channel named before `before`, markup blanked out (so a player's host is no channel)."""
    found = find_channels(_TAG.sub(lambda m: " " * len(m.group()), body[:before]))
    return found[-1].name if found else None


def _agreed(air: AirDate, airings: Sequence[AirDate]) -> str | None:
    """The network the show's other airings of the same kind agree on (a release's service is the one its other
    releases are on, whatever channel repeats it), else those of any kind."""
    for same_kind in (True, False):
        others = [a for a in airings if a.show == air.show and a.network and
                  (not same_kind or (a.kind == "streaming") == (air.kind == "streaming"))]
        named = {a.network for a in others}
        if len(named) == 1:
            return named.pop()
    return None
