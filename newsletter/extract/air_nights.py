"""The channel of an airing that names none, told by the weekly night it falls on (pure, for airdates.py).

`Whenua Tapu screens Sundays at 8.30pm on TVNZ 1. In Australia it screens on SBS on Thursdays. … Episode two will
screen on Sunday, July 19 at 8.30pm.`: the channel named last is SBS, but the episode's Sunday is TVNZ 1's night.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import WEEKDAYS, AirDate
from .channels import find_channels


def on_its_night(air: AirDate, clean: str, found: list[AirDate]) -> AirDate:
    """`air` on the channel whose weekly slot, read earlier in the article, is on the night of its day (and at its
    time, when both give one), where it took the channel named last (`clean` names none) and that channel's slots
    are on other nights; `air` as it is otherwise (most airings: their channel is named, or has that night)."""
    if air.kind != "one-off" or air.day is None or air.network is None:
        return air
    night = WEEKDAYS[air.day.weekday()]
    slots = [a for a in found if a.kind == "recurring" and a.network]
    carried = [a for a in slots if a.network == air.network]
    if not carried or any(night in _nights(a) for a in carried):
        return air
    same = [a for a in slots if night in _nights(a) and (air.local_time is None or a.local_time in (None,
                                                                                                   air.local_time))]
    if not same or find_channels(clean):
        return air
    slot = same[-1]
    return replace(air, network=slot.network, when=replace(air.when, tz=slot.tz if air.local_time else air.tz))


def _nights(slot: AirDate) -> tuple[str, ...]:
    """The weekdays a weekly slot or strip is on."""
    return (slot.weekday,) if slot.weekday else tuple(slot.when.days)
