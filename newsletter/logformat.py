"""`--log-format json`: everything a command writes to stderr becomes one JSON object a line.

Results stay on stdout as they are; what goes to stderr (warnings, errors, notes, the scheduler's
job lines, the server's access log) is what a log collector reads, so in JSON mode each line is
`{"time", "level", "command", "message"}`, and each command ends with a `finished` line carrying its
exit code and duration.
"""

from __future__ import annotations

import io
import json
import time
from datetime import datetime, timezone

# How a line's own prefix tells its level (the CLI writes "Error: …", "Warning: …", "Failed: …").
_LEVELS = (("Error:", "error"), ("Failed:", "error"), ("Warning:", "warning"), ("Traceback", "error"))


def _level(line: str) -> str:
    return next((level for prefix, level in _LEVELS if line.startswith(prefix)), "info")


class JsonLines(io.TextIOBase):
    """A text stream that writes each complete line as a JSON object to the stream underneath."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, stream, command: str):
        self.stream, self.command, self.pending = stream, command, ""

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False  # no progress bars in a log

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            if line.strip():
                self.record(_level(line), line)
        return len(text)

    def record(self, level: str, message: str, **fields) -> None:
        """Write one JSON line now."""
        entry = {"time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "level": level,
                 "command": self.command, "message": message, **fields}
        self.stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.stream.flush()

    def flush(self) -> None:
        if self.pending.strip():
            line, self.pending = self.pending, ""
            self.record(_level(line), line)
        self.stream.flush()


def finished(stream: JsonLines, started: float, exit_code: int) -> None:
    """The closing line of a command: its outcome and how long it took."""
    stream.flush()
    stream.record("info" if exit_code == 0 else "error", "finished", event="finished", exit_code=exit_code,
                  seconds=round(time.monotonic() - started, 3))
