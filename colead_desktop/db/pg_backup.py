"""pg_dump of a PostgreSQL database into the backups folder before a migration, when the tool is installed."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from colead_desktop.db.backup import STAMP_FORMAT, fsync_dir, fsync_file, prune_backups
from colead_desktop.paths import backups_dir

log = logging.getLogger(__name__)
DUMP_SUFFIX = ".pgdump"
DUMP_TIMEOUT_S = 600


def _libpq_environment(url: URL) -> dict[str, str]:
    """Connection settings for pg_dump through libpq's variables: nothing secret on its command line."""
    settings = {"PGHOST": url.host, "PGPORT": str(url.port) if url.port else None, "PGUSER": url.username,
                "PGPASSWORD": url.password, "PGDATABASE": url.database,
                "PGSSLMODE": url.query.get("sslmode")}
    return {**os.environ, **{key: str(value) for key, value in settings.items() if value}}


def dump_postgres(url: URL, reason: str) -> Path | None:
    """A custom-format dump in backups/, or None when pg_dump is missing or fails (the log says which).

    A failed dump does not stop the migration: PostgreSQL runs it in one transaction, so a failure leaves
    the old schema anyway, and a local pg_dump older than the server (a common mismatch) must not lock
    the user out of the app.
    """
    tool = shutil.which("pg_dump")
    if tool is None:
        log.warning("pg_dump is not installed: no backup of the PostgreSQL database was taken before %s", reason)
        return None
    stem = url.database or "postgres"
    target = backups_dir() / f"{stem}-{datetime.now().strftime(STAMP_FORMAT)}-{reason}{DUMP_SUFFIX}"
    tmp = target.with_name(f".{target.name}.part")
    try:
        result = subprocess.run([tool, "--format=custom", "--no-password", f"--file={tmp}"],
                                env=_libpq_environment(url), capture_output=True, text=True,
                                timeout=DUMP_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        log.warning("pg_dump did not finish within %d s; no backup was taken before %s", DUMP_TIMEOUT_S, reason)
        tmp.unlink(missing_ok=True)
        return None
    try:
        if result.returncode != 0:
            # libpq's messages name host and user, never the password.
            log.warning("pg_dump failed (exit %d): %s", result.returncode, result.stderr.strip())
            return None
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("dumped the PostgreSQL database to %s", target.name)
    prune_backups(stem, DUMP_SUFFIX)
    return target
