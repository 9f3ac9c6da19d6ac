"""Whether a quote goes on in the words of the quote before it in the same paragraph: only their attribution and
narration naming nobody else stand between them (`“I think,” she says, “that…”`, `“…,” Voss says. “…”`)."""

from __future__ import annotations

import re

from .cast import SPEAKER_NAME as _NAME, Cast, last_mention
from .roles import HOSTS_NAMED
from .lists import NEW_ITEM
from .subject import FULL_NAME

# "says the CSI vet", "the Emmy winner adds": a word for whoever was just named, read as a pronoun is.
EPITHET = r"[Tt]he (?:[\w’'-]+ ){0,2}?(?:vet|veteran|alum|alumna|alumnus|newcomer|native|winner|nominee|breakout)\b"
EPITHET_RX = re.compile(EPITHET)
# What the gap says about its speaker: "who plays…", "(Ines Roe)", ", who cast Fox in the lead…" to the stop.
_ROLE_CLAUSE = re.compile(r"\bwho\s+(?:plays?|played|stars?\s+as|starred\s+as)\s+[^.,;!?“”\"]*|\([^()]{1,60}\)"
                          r"|,\s*who\s+[^.;!?“”\"]*")
_TITLE_SET_OFF = re.compile(r"“[^“”]{1,60}”|\"[^\"\n]{1,60}\"|\*[^*\n]{1,60}\*|(?<!\w)_[^_\n]{1,60}_(?!\w)")
# "says over tea in Sham Shui Po", "sitting in a Queen Street diner": a place, not someone else speaking
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|across)\s+(?:(?:a|an|the)\s+)?\Z")


def same_speaker_gap(gap: str, speaker: str, cast: Cast) -> bool:
    """Between two quotes of one paragraph stands only their attribution and narration naming nobody else."""
    if len(gap) > 300:
        return False
    gap = re.sub(rf"\b(?:told|tells|to)\s+(?:[Tt]he\s+)?{_NAME}", "", gap)  # whom it was said to is not a speaker
    if "host" in gap:  # nor the hosts it was said to ("told hosts Benji Ross-Amadi and Carla Winterbourne")
        gap = HOSTS_NAMED.sub("", gap)
    gap = _ROLE_CLAUSE.sub("", gap)  # nor the character the speaker plays, nor the show it is on
    gap = EPITHET_RX.sub("", gap)  # nor the show in "says the Quarry Road vet"
    gap = _TITLE_SET_OFF.sub("", gap)  # nor a title in marks or italics ("where he films “Tallgrass County.”")
    # nor the titles after the speaker's name ("said Bea Fraser, President, Original Programming, Northlight TV.")
    if f"{speaker.split()[-1]}," in gap:  # (every match holds it: no pattern compiled for most speakers)
        gap = re.sub(rf"\b{re.escape(speaker.split()[-1])}(?:,\s+[A-Z][^,.!?“”\"]*)+", "", gap)
    others = [n for n in cast.names if n != speaker]
    if last_mention(gap, Cast(others), None) is not None:
        return False
    return not any(m.group(1) != speaker and m.group(1).split()[-1] != speaker.split()[-1] and
                   not _PLACE_BEFORE.search(gap, 0, m.start()) for m in FULL_NAME.finditer(gap))


def carried_speaker(body: str, kept, q, cast: Cast) -> tuple[str, str | None]:
    """The stretch since the paragraph's last quote kept as someone's words (`kept`, a found quote with its marks'
    offsets and speaker), and that speaker when quote `q` goes on in their words: past a title quoted between them
    too ("“Small fire,” she said from Atlanta, where she films “Tallgrass County.” “…”")."""
    gap = body[kept.mark_end:q.mark_start] if kept else ""
    same = kept is not None and kept.speaker and same_speaker_gap(gap, kept.speaker, cast) and not NEW_ITEM.search(gap)
    return gap, kept.speaker if same else None
