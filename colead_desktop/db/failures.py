"""Which failures are the user's to fix, and what to tell them: the one mapping from exception to message.

`explain` turns a locked, read-only, damaged or unreachable database, a bad URL, a missing driver or a full,
read-only or misnamed output place into an InputError (a localised message; exit 2 in the CLI, a warning in
the GUI). Anything else is a bug: `summary` describes it without its text, which may echo personal data.
Messages name the database (file path, or URL without password) or the path, never a record's values.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from colead_desktop.db.engine import default_url, parse_url
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.offline import REFERENCE_MARKER, REFERENCE_REFUSAL, hold_label
from colead_desktop.domain.os_failures import explain_os_error

# Said after a read as after a write: a read that failed saved nothing either.
NOT_SAVED = ("この操作で保存されたものはありません（途中の変更は取り消されました）。",
             "Nothing of this action was saved (any changes were rolled back).")
_SECRET_KEY = re.compile(r"pass|secret|key|token", re.IGNORECASE)  # query keys whose value stays hidden
_QUERY_SECRET = re.compile(r"([?&][^=&]*(?:pass|secret|key|token)[^=&]*)=[^&]*", re.IGNORECASE)
_PASSWORD = re.compile(r"(?<=://)([^:/@]*):.*@")  # to the last @: a password may hold one
# PostgreSQL SQLSTATEs of "the server went away or refuses connections" (classes 08 and 57P).
_SERVER_GONE = ("08", "57P01", "57P02", "57P03")
# libpq's words (connection errors carry no SQLSTATE) for a refused login or password
_SIGN_IN = ("password authentication failed", "no password supplied", "authentication failed")
_TABLE = re.compile(r'(?:table|relation) "?(\w+)"?')


def database_label(url: str | None) -> str:
    """The database a message talks about: its file, or its URL without the password."""
    if not url:
        try:
            url = default_url()
        except OSError:  # the data folder itself is unusable; explain() says so from that error
            return msg("既定のデータベース", "the default database")
    try:
        parsed = parse_url(url)
    except sa_exc.ArgumentError:
        return _PASSWORD.sub(r"\1:***@", _QUERY_SECRET.sub(r"\1=***", url))
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return str(parsed.database)
    hidden = parsed.set(query={key: "***" if _SECRET_KEY.search(key) else value for key, value in parsed.query.items()})
    # an unencoded @ in a password leaves its tail in the host part: mask up to the last @ as well
    return _PASSWORD.sub(r"\1:***@", hidden.render_as_string(hide_password=True).replace("%2A%2A%2A", "***"))


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what caused it (explicitly or while handling), and each DBAPI error SQLAlchemy wraps."""
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = getattr(current, "orig", None) if isinstance(current, sa_exc.DBAPIError) else None
        pending += [e for e in (wrapped, current.__cause__, current.__context__) if isinstance(e, BaseException)]


def _from_dialect(exc: BaseException) -> bool:
    """True when the import failed while SQLAlchemy loaded a database driver (not a bug in our own imports)."""
    tb = exc.__traceback__
    while tb is not None:
        if "sqlalchemy" in tb.tb_frame.f_code.co_filename:
            return True
        tb = tb.tb_next
    return False


def reference_refusal(exc: BaseException) -> InputError | None:
    """An offline copy refused a change to a row it carries for reference only (services/offline_references.py):
    said so, where a caller would otherwise take the trigger's abort for a broken constraint."""
    if any(isinstance(link, sqlite3.Error) and REFERENCE_MARKER in str(link) for link in _chain(exc)):
        return InputError(msg("{refusal}。{saved}", "{refusal}. {saved}", refusal=msg(*REFERENCE_REFUSAL),
                              saved=msg(*NOT_SAVED)))
    return None


def _sqlite(error: sqlite3.Error, where: str) -> InputError | None:
    text = str(error).lower()
    if REFERENCE_MARKER in text:
        return reference_refusal(error)
    if "locked" in text or "busy" in text:
        return InputError(msg(
            "データベース {db} は別のプログラム（または別の Co-LEAD Desktop）が使用中です。しばらく待ってから"
            "やり直してください。{saved}", "The database {db} is in use by another program (or another Co-LEAD "
            "Desktop). Wait a moment and try again. {saved}", db=where, saved=msg(*NOT_SAVED)))
    if "readonly" in text or "read-only" in text:
        return InputError(msg("データベース {db} は読み取り専用のため書き込めません。{saved}",
                              "The database {db} is read-only. {saved}", db=where, saved=msg(*NOT_SAVED)))
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return InputError(msg(
            "{db} は Co-LEAD Desktop のデータベースではないか、壊れています。バックアップから復元してください。",
            "{db} is not a Co-LEAD Desktop database, or it is damaged. Restore it from a backup.", db=where))
    if "disk is full" in text:
        return InputError(msg("ディスクの空き容量が足りないため、データベース {db} に書き込めません。{saved}",
                              "The disk is full; cannot write to the database {db}. {saved}",
                              db=where, saved=msg(*NOT_SAVED)))
    if "unable to open" in text or "disk i/o" in text:
        return InputError(msg(
            "データベース {db} を開けません（フォルダを指していないか、書き込めるか確認してください）。",
            "Cannot open the database {db} (check that it is a file, not a folder, and that it is writable).",
            db=where))
    return None


def needs_sign_in(exc: BaseException) -> bool:
    """Whether the server refused the login or its password (a sign-in dialog can ask again)."""
    return any(isinstance(link, sa_exc.OperationalError) and not isinstance(link.orig, sqlite3.Error)
               and any(words in str(link.orig) for words in _SIGN_IN) for link in _chain(exc))


def server_unreachable(exc: BaseException) -> bool:
    """Whether a database server could not be reached or went away (not a refused sign-in)."""
    return any(_gone(link) for link in _chain(exc) if isinstance(link, sa_exc.OperationalError))


def _gone(error: sa_exc.OperationalError) -> bool:
    if isinstance(error.orig, sqlite3.Error) or needs_sign_in(error):
        return False
    state = getattr(error.orig, "sqlstate", None)
    return state is None or str(state).startswith(_SERVER_GONE)


def _server(error: sa_exc.OperationalError, where: str) -> InputError | None:
    if needs_sign_in(error):
        return InputError(msg("データベースサーバー {db} にサインインできません。ログイン名とパスワードを確認してください。",
                              "Cannot sign in to the database server {db}: check the login and password.",
                              db=where))
    if not _gone(error):
        return None
    return InputError(msg(
        "データベースサーバー {db} に接続できません。サーバーが動いているか、ネットワークを確認してください。{saved}",
        "Cannot reach the database server {db}. Check that the server is running and the network. {saved}",
        db=where, saved=msg(*NOT_SAVED)))


_HELD = re.compile(r"checked out offline by (\S+) until (\d{4}-\d{2}-\d{2})")


def _refused(exc: sa_exc.DBAPIError, where: str) -> InputError:
    """The database refused by a GRANT, row-level security or a team trigger (services/team.py): say what."""
    from colead_desktop.domain.team import TABLE_AREAS

    primary = str(getattr(getattr(exc.orig, "diag", None), "message_primary", None) or "")
    held = _HELD.search(primary)
    if held:  # db/team_sql.py colead_held_row: the record is checked out to someone's offline copy
        reason = hold_label(held.group(1), date.fromisoformat(held.group(2)))
    elif "another region" in primary or "row-level security" in primary:
        reason = msg("担当地域以外の記録は変更できません", "you may change only your own regions' records")
    elif "approved by someone other" in primary:
        reason = msg("自分が計算した明細書は承認できません", "you may not approve a statement you computed")
    else:
        table = _TABLE.search(primary)
        area = TABLE_AREAS.get(table.group(1)) if table else None
        reason = (msg("あなたの役割には「{area}」の権限がありません", "your role has no right to {area}", area=area.label)
                  if area else msg("あなたの役割にはこの権限がありません", "your role does not allow it"))
    return InputError(msg("データベース {db} がこの操作を拒否しました: {reason}。{saved}",
                          "The database {db} refused this action: {reason}. {saved}",
                          db=where, reason=reason, saved=msg(*NOT_SAVED)))


def _one(exc: BaseException, where: str) -> InputError | None:
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, sa_exc.NoSuchModuleError) or (isinstance(exc, ModuleNotFoundError) and _from_dialect(exc)):
        return InputError(msg("データベース {db} 用のドライバがインストールされていません。",
                              "No driver for the database {db} is installed.", db=where))
    if isinstance(exc, sa_exc.ArgumentError):
        return InputError(msg("データベースの URL を解釈できません: {db}（例: sqlite:///C:/data/colead.sqlite3、"
                              "postgresql+psycopg://user@host/dbname）",
                              "Cannot understand the database URL {db} (for example sqlite:///C:/data/colead.sqlite3 "
                              "or postgresql+psycopg://user@host/dbname)", db=where))
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where)
    if isinstance(exc, sa_exc.OperationalError) and not isinstance(exc.orig, sqlite3.Error):
        return _server(exc, where)
    if isinstance(exc, sa_exc.DBAPIError) and getattr(exc.orig, "sqlstate", None) == "42501":
        return _refused(exc, where)
    if isinstance(exc, sa_exc.DataError) and getattr(exc.orig, "sqlstate", None) == "22001":
        return InputError(msg("入力された値が長すぎるため保存できません。短くしてからやり直してください。{saved}",
                              "A value is too long to be saved; shorten it and try again. {saved}",
                              saved=msg(*NOT_SAVED)))
    if isinstance(exc, StaleDataError):  # a save the editors' version check (services/versions.py) does not cover
        return InputError(msg("ほかの人が同じデータを先に保存したため、上書きせずに保存を止めました。"
                              "再読み込みしてからやり直してください。{saved}",
                              "Someone else saved the same data first, so this save was stopped rather than "
                              "overwrite it. Reload and try again. {saved}", saved=msg(*NOT_SAVED)))
    if isinstance(exc, OSError):
        return explain_os_error(exc)
    return None


def explain(exc: BaseException, url: str | None = None) -> InputError | None:
    """A localised message for a failure the user can fix, or None for a bug. `url` names the database."""
    where = database_label(url)
    for link in _chain(exc):
        found = _one(link, where)
        if found is not None:
            return found
    return None


def broken_rule(exc: sa_exc.IntegrityError) -> str:
    """Which rule was broken: SQLite names table.column or the constraint, PostgreSQL's diagnostics do too."""
    if isinstance(exc.orig, sqlite3.Error):
        return str(exc.orig)  # e.g. "UNIQUE constraint failed: talents.email"; SQLite never echoes the value
    diag = getattr(exc.orig, "diag", None)
    return str(getattr(diag, "constraint_name", None) or getattr(diag, "column_name", None) or "?")


def summary(exc: BaseException) -> str:
    """The error's class and a localised explanation, for the crash dialog: never the error's own text."""
    integrity = next((e for e in _chain(exc) if isinstance(e, sa_exc.IntegrityError)), None)
    if integrity is not None:
        explanation = msg("データベースの制約に違反したため、保存できませんでした（{rule}）。",
                          "The database refused the change because it breaks a rule ({rule}).",
                          rule=broken_rule(integrity))
    elif any(isinstance(e, sa_exc.SQLAlchemyError) for e in _chain(exc)):
        explanation = msg("データベースの操作に失敗しました。", "A database operation failed.")
    else:
        explanation = msg("プログラムの不具合の可能性があります。", "This may be a bug in the program.")
    return f"{type(exc).__name__}: {explanation}"
