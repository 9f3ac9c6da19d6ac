"""The outbox transport: one .eml file per message in a folder, for trying things out and for previews."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import write_atomic
from ..settings import setting
from . import Provider, register
from .transport import Receipt

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing


@dataclass
class OutboxSettings:
    path: str = setting("Folder where the outbox writes one .eml per subscriber.", "outbox")


class OutboxTransport:
    name = "outbox"
    batch_size = 100

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def send(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        receipts = []
        for msg in batch:
            # The file is named for the recipient, so sending again overwrites rather than duplicates.
            path = self.folder / f"{_safe(msg.email)}.eml"
            write_atomic(path, msg.raw)
            receipts.append(Receipt(msg.email, "sent", provider_id=str(path)))
        return receipts

    def close(self) -> None:
        pass


def _safe(email: str) -> str:
    return re.sub(r"[^A-Za-z0-9@._+-]", "_", email.lower())


def from_config(cfg, issue: str) -> OutboxTransport:
    return OutboxTransport(cfg.resolve(cfg.delivery.outbox.path) / issue)


def probe(cfg, transport: OutboxTransport) -> tuple[bool, str, str]:
    """Whether the folder can be written (or the nearest one above it: the folder is made on the first send)."""
    folder = cfg.resolve(cfg.delivery.outbox.path)
    there = next(p for p in (folder, *folder.parents) if p.exists())
    if not there.is_dir() or not os.access(there, os.W_OK):
        return False, f"cannot write to {there}", "fix [delivery.outbox] path or the folder's permissions"
    return True, f"writes .eml files to {folder} (mails nobody)", ""


register(Provider("outbox", "Outbox (.eml files)", OutboxSettings, from_config, probe=probe))
