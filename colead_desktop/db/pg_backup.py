"""pg_dump of a PostgreSQL database into the backups folder (before a migration, when the tool is installed, and
on request), and pg_restore of such a dump."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from colead_desktop.db.backup import STAMP_FORMAT, fsync_dir, fsync_file, prune_backups
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
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
    target = backups_dir() / f"{stem}-{tokyo_now().strftime(STAMP_FORMAT)}-{reason}{DUMP_SUFFIX}"
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


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise InputError(msg("{tool} がインストールされていないため、PostgreSQL のデータベースをバックアップ・復元できません"
                             "（PostgreSQL のクライアントツールをインストールしてください）。",
                             "{tool} is not installed, so the PostgreSQL database cannot be backed up or restored "
                             "(install the PostgreSQL client tools).", tool=name))
    return found


def back_up_postgres(url: URL, reason: str = "manual") -> Path:
    """File > 今すぐバックアップ and `colead backup`: a dump in backups/, or InputError saying why there is none."""
    _tool("pg_dump")
    target = dump_postgres(url, reason)
    if target is None:
        raise InputError(msg("pg_dump がバックアップを作成できませんでした（理由はログに記録されています）。",
                             "pg_dump could not make the backup (the log says why)."))
    return target


def restore_postgres(url: URL, dump: Path) -> Path:
    """Replace the database's tables with those in `dump`, in one transaction, after dumping what they replace
    (returned). A dump that pg_restore cannot read, or a restore that fails, leaves the database as it was."""
    tool = _tool("pg_restore")
    listed = subprocess.run([tool, "--list", str(dump)], capture_output=True, text=True, timeout=DUMP_TIMEOUT_S,
                            check=False)
    if listed.returncode != 0:
        raise InputError(msg("{file} は pg_dump のバックアップとして読めません。", "{file} is not a pg_dump backup.",
                             file=dump.name))
    safety = back_up_postgres(url, "before-restore")
    result = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
                             "--no-password", f"--dbname={url.database}", str(dump)],
                            env=_libpq_environment(url), capture_output=True, text=True, timeout=DUMP_TIMEOUT_S,
                            check=False)
    if result.returncode != 0:
        log.warning("pg_restore failed (exit %d): %s", result.returncode, result.stderr.strip())
        raise InputError(msg("復元できませんでした。データベースは元のままです（理由はログに記録されています）。",
                             "The restore failed; the database is as it was (the log says why)."))
    log.info("restored the PostgreSQL database from %s", dump.name)
    return safety
