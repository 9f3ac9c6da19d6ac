"""Subscribers: the store in the state database (the list itself) and CSV in and out of it.

    fields   one subscriber's fields checked and normalised: address, time zone, status, shows
    store    SubscriberStore: add/merge, set_status with a source, get, by_hash_prefix,
             batches of active subscribers, count, history (the consent record)
    csvfile  import (merging Mailchimp, listmonk, Buttondown and our own exports), export

Other parts of the program call the store; nothing reads or rewrites a whole file.
"""

from __future__ import annotations

from .csvfile import ImportReport, export_csv, import_csv, take_first_run_notes
from .store import Change, Event, SubscriberStore, change


def forget(store: SubscriberStore, ledger, email: str) -> bool:
    """GDPR erasure: off the store and the ledger, leaving only a hashed suppression entry."""
    address = change(email).email
    ledger.suppress(address, "forgotten")
    ledger.forget(address)
    return store.remove(address)


__all__ = ["SubscriberStore", "Change", "Event", "change", "import_csv", "export_csv", "ImportReport", "forget",
           "take_first_run_notes"]
