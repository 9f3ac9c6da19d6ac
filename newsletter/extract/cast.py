"""Who is who in an interview: labels and mentions resolved to full names."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[^\w\s&+]")
_PARTICLES = {"de", "van", "von", "da", "la", "le", "del", "di", "of", "the", "and", "&"}


def norm(name: str) -> str:
    """Lower case, no punctuation, single spaces: the form names are compared in."""
    return " ".join(_NON_WORD.sub("", name.replace("’", "'")).lower().split())


def display_name(label: str) -> str:
    """How a label is shown as a name: `JORJA FOX` -> `Jorja Fox`; acronyms like `ET` stay."""
    label = " ".join(label.split()).strip(" .")
    words = label.split()
    if label.isupper() and any(len(w) > 3 for w in words):
        return " ".join(w if len(w) <= 2 else w.capitalize() for w in words)
    return label


def initials(name: str) -> str:
    return "".join(w[0] for w in norm(name).split() if w not in _PARTICLES)


def match_strength(label: str, name: str) -> int:
    """How surely `label` stands for `name`: 3 exact, 2 initials/surname/first name, 1 short form, 0 no."""
    lab, full = norm(label), norm(name)
    if not lab or not full:
        return 0
    if lab == full:
        return 3
    words = full.split()
    if len(words) > 1:
        if lab in (words[-1], words[0]) or (len(lab) >= 2 and lab == initials(name)):
            return 2
        if full.startswith(lab + " "):
            return 1
    return 0


class Cast:
    """The people (and outlets) of one interview, in order of first appearance."""

    def __init__(self, known: list[str] | None = None, context: str = ""):
        self.names: list[str] = []
        self.context = context  # title and lead: where full names of short labels are found
        for name in known or []:
            self.add(name)

    def add(self, name: str) -> str:
        if name and all(norm(n) != norm(name) for n in self.names):
            self.names.append(name)
        return name

    def find(self, label: str, avoid: str | None = None) -> str | None:
        """The known name `label` stands for, preferring someone other than `avoid` when ambiguous."""
        scored = [(match_strength(label, n), n) for n in self.names]
        best = max((s for s, _ in scored), default=0)
        if best == 0:
            return None
        top = [n for s, n in scored if s == best]
        if len(top) > 1 and avoid in top:
            top.remove(avoid)
        return top[0]

    def resolve(self, label: str, avoid: str | None = None) -> str:
        """The full name for a label, registering a new person when it is unknown."""
        found = self.find(label, avoid)
        if found:
            return found
        return self.add(self._expand(display_name(label)))

    def _expand(self, name: str) -> str:
        # A first label of just a surname ("FOX:") gets the full name the lead gives.
        return self.expand(name, self.context)

    @staticmethod
    def expand(name: str, text: str) -> str:
        """`Pruitt` -> `Walt Pruitt` when `text` names them in full."""
        if " " in name or not text:
            return name
        written = name.capitalize() if name.isupper() else name
        m = re.search(r"\b((?:[A-Z][a-z’'\-]+\s+){1,2})" + re.escape(written) + r"\b", text)
        if m and m.group(1).split()[0] not in ("The", "A", "Her", "His", "Their", "Our", "My"):
            return f"{m.group(1).strip()} {written}"
        if m and len(m.group(1).split()) == 2:
            return f"{m.group(1).split()[1]} {written}"
        after = re.search(r"\b" + re.escape(written) + r"\s+([A-Z][a-z’'\-]{2,})\b", text)
        if after:  # a first name ("Jorja:") that the lead gives in full ("Jorja Fox")
            return f"{written} {after.group(1)}"
        return name
