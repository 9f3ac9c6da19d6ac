"""The delivery package's shape: one way to compose a message, so the paths that mail cannot drift apart."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "newsletter"
COMPOSERS = {"deliver/mime.py", "deliver/loop.py", "deliver/one.py"}  # defines it; the send loop; send_one


def test_only_the_send_loop_and_send_one_compose_messages():
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if re.search(r"\bprepare_message\b", p.read_text(encoding="utf-8"))}
    assert users == COMPOSERS, "compose a one-off message with newsletter.deliver.one (compose or send_one)"
