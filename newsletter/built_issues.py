"""Built issues in the state database, so every machine sends and serves the same ones.

built_issues  one row per built week: its content hash and when it was built
built_files   the week's files as `build` wrote them (issue.html, issue.txt, issue.json, artefact.json,
              calendar/*.ics), byte for byte

`build` writes the files to build/WEEK/ for the editor and here, in one transaction, for everyone
else: a web node on another machine serves the archive from these rows, and a scheduler that
takes over the lead sends the artefact built by the one before it. A week built by a release
before this table existed is read from its folder and copied here the first time it is asked for.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from .artefact import ARTEFACT_NAME, Artefact, load_artefact, read_artefact
from .errors import OutputError, StateError
from .state import StateStore

MAX_NAME = 200  # the longest file name built_files keeps (PostgreSQL refuses a longer one)
metadata = sa.MetaData()
built_issues = sa.Table("built_issues", metadata,
                        sa.Column("week", sa.String(16), primary_key=True),
                        sa.Column("hash", sa.String(64), nullable=False),
                        sa.Column("built_at", sa.String(40), nullable=False))
built_files = sa.Table("built_files", metadata,
                       sa.Column("week", sa.String(16), primary_key=True),
                       sa.Column("name", sa.String(MAX_NAME), primary_key=True),
                       sa.Column("body", sa.LargeBinary, nullable=False))


class BuiltIssues(StateStore):
    """The built weeks and their files; every write is one transaction."""

    @staticmethod
    def check(week: str, files: dict) -> None:
        """Refuse, before anything is written, a build the table cannot keep (OutputError naming the file)."""
        for name in files:
            if len(name) > MAX_NAME:
                raise OutputError(f"{week}/{name[:60]}…: a file name of {len(name)} characters; the state database "
                                  f"keeps names of at most {MAX_NAME}", hint="nothing was written; shorten the name")

    def save(self, week: str, digest: str, built_at: str, files: dict[str, str | bytes]) -> None:
        """Store a week's build, replacing any earlier build of it whole (never a mix of two builds)."""
        rows = [{"week": week, "name": name, "body": body.encode("utf-8") if isinstance(body, str) else body}
                for name, body in files.items()]
        try:
            with self.engine.begin() as conn:
                conn.execute(built_files.delete().where(built_files.c.week == week))
                conn.execute(built_issues.delete().where(built_issues.c.week == week))
                conn.execute(built_issues.insert().values(week=week, hash=digest, built_at=built_at))
                conn.execute(built_files.insert(), rows)
        except sa.exc.SQLAlchemyError as exc:
            raise StateError(f"{week}: the state database did not keep the build "
                             f"({getattr(exc, 'orig', None) or exc.__class__.__name__})",
                             hint="free disk space (or fix the database), then build again: nothing was written, "
                                  "the last build stands") from None

    def weeks(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(sa.select(built_issues.c.week)).scalars())

    def file(self, week: str, name: str) -> bytes | None:
        """One file of a built week, or None."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(built_files.c.body)
                                .where(built_files.c.week == week, built_files.c.name == name)).scalar()

    def artefact(self, week: str) -> Artefact | None:
        body = self.file(week, ARTEFACT_NAME)
        return None if body is None else read_artefact(body.decode("utf-8"), f"built_files {week}/{ARTEFACT_NAME}",
                                                      week)

    def adopt(self, week: str, folder: Path, public_only: bool = False) -> bool:
        """Copy a week built before this table existed from its folder; False when the folder has no build.

        With `public_only` (the archive) a folder from before builds kept an artefact counts too: its public
        files are what went out, and the archive needs nothing else (`artefact()` stays None for it).
        """
        artefact = load_artefact(folder)
        if artefact is None and not (public_only and (folder / "issue.html").is_file()):
            return False
        files = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
                 if p.is_file() and _built_name(str(p.relative_to(folder)))}
        if artefact is None:
            digest = hashlib.sha256(b"\0".join(files[name] for name in sorted(files))).hexdigest()
            built_at = datetime.fromtimestamp((folder / "issue.html").stat().st_mtime, UTC).isoformat(
                timespec="seconds")
        else:
            digest, built_at = artefact.hash, artefact.built_at
        self.check(week, files)
        self.save(week, digest, built_at, files)
        return True


def _built_name(name: str) -> bool:
    """The files `build` writes (not the send record, check results or screenshots kept beside them)."""
    return name in ("issue.html", "issue.txt", "issue.json", ARTEFACT_NAME) or (
        name.startswith("calendar/") and name.endswith(".ics"))


def load_built(cfg, week: str) -> Artefact | None:
    """The week's built issue: as stored in the state database, else (built by an earlier release) from
    build/WEEK/, copied into the database on the way; None when it was never built."""
    store = BuiltIssues.from_config(cfg)
    artefact = store.artefact(week)
    if artefact is None and store.adopt(week, cfg.resolve(cfg.build.out) / week):
        artefact = store.artefact(week)
    return artefact
