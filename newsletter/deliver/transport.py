"""The transport a send uses. The interface itself (`Receipt`, `Transport`) is the providers' (`newsletter/providers/`)."""

from __future__ import annotations

from ..providers.transport import STATUSES, Receipt, Status, Transport, by_variant

__all__ = ["STATUSES", "Receipt", "Status", "Transport", "by_variant", "make_transport"]


def make_transport(cfg, issue: str) -> Transport:
    """The transport `[delivery] provider` names, set up for one issue."""
    from ..providers import providers

    return providers()[cfg.delivery.provider].transport(cfg, issue)
