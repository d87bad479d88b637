"""`colead`: the app's services from the command line. JSON on stdout, messages on stderr.

Exit codes: 0 success, 2 bad or infeasible input or a failure the user can fix (a locked or damaged
database, an unreachable server, a full disk; the message names the field, database or path), 1 anything
else (a bug: a short message on stderr, the traceback in the log file).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NoReturn, TextIO

from colead_desktop import __version__
from colead_desktop.domain.errors import InputError, shown_problems
from colead_desktop.domain.i18n import msg, set_language
from colead_desktop.logsetup import log_file, setup_logging
from colead_desktop.paths import data_dir
from colead_desktop.private_files import protect_data_folder

if TYPE_CHECKING:  # only for the type checker: importing these costs every start of the command line (issue 15)
    from colead_desktop.db.engine import Database
    from colead_desktop.domain.itinerary import Tour
    from colead_desktop.domain.json_input import Node
    from colead_desktop.domain.payment_runs import RunTransfer
    from colead_desktop.domain.tourcheck import Finding

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

log = logging.getLogger("colead_desktop.cli")
# Until the log file is set up, and if it cannot be, records are dropped rather than printed with a traceback.
logging.getLogger("colead_desktop").addHandler(logging.NullHandler())
LIST_KINDS = ("talents", "companies", "regions", "venues", "events", "staff")
IMPORT_KINDS = ("talents", "companies", "staff", "venues")
# The databases the command opened, closed when it ends: SQLite folds its write-ahead log into the file as the
# last connection closes, so the file is whole for whoever copies it next (a backup, a test's template).
_opened: list[Database] = []


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _print_json(data: object) -> None:
    """Serialise completely before writing, so a failure never leaves half a document on stdout."""
    _write_json([json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)])


def _print_records(objects: Sequence[str]) -> None:
    """A listing: the JSON array of the records, given as their objects' JSON texts, one record to a line (any
    JSON reader takes it, and so do line tools). For a plain SQLite file SQLite writes the objects
    (db/shared_reads.py talents_json_sql), in the layout json.dumps gives `_record_json` here."""
    _write_json(["[\n", ",\n".join(objects), "\n]"] if objects else ["[]"])


def _record_json(fields: dict[str, object]) -> str:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def _write_json(parts: Sequence[str]) -> None:
    """The document `parts` make, and a newline; nothing at all when a part cannot be written. To a UTF-8 stdout
    the bytes of that check are written as they are: 10,000 talents' JSON is 8 MB, and encoding it a second time
    through the text layer cost `colead list talents --json` 10-20 ms (issue 15)."""
    try:
        encoded = [part.encode("utf-8") for part in parts]
    except UnicodeEncodeError:  # a lone surrogate: no reader could decode it, so nothing is written
        raise InputError(msg("出力に書き出せない文字（サロゲート）が含まれています",
                             "The output contains a character that cannot be written (a surrogate)")) from None
    raw = _utf8_bytes(sys.stdout)
    if raw is None:
        sys.stdout.writelines(parts)
        sys.stdout.write("\n")
    else:
        sys.stdout.flush()  # what was printed before goes first
        raw.writelines(encoded)
        raw.write(b"\n")


def _utf8_bytes(stream: TextIO) -> BinaryIO | None:
    """The bytes under a text stream that writes UTF-8 and no other line ending than "\\n", else None."""
    raw = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return raw if raw is not None and encoding == "utf8" and os.linesep == "\n" else None


def _read_json(path: str) -> Node:
    from colead_desktop.domain.json_input import MAX_BYTES, parse

    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(path, "rb") as source:
                raw = source.read(MAX_BYTES + 1)  # one byte more than allowed is enough to refuse
    except OSError as exc:
        raise InputError(msg("入力ファイルを読めません: {path}（{err}）", "Cannot read the input file {path} ({err})",
                             path=path, err=exc.strerror)) from exc
    return parse(raw)


def _unlock(args: argparse.Namespace) -> None:
    """An encrypted file's key, from COLEAD_DB_KEY or a prompt on a terminal, checked and kept in memory."""
    import getpass

    from colead_desktop.db import encryption
    from colead_desktop.db.engine import default_url, sqlite_path

    db_file = sqlite_path(args.db or default_url())
    if db_file is not None and encryption.is_encrypted(db_file):
        prompt = getpass.getpass if sys.stdin.isatty() else None
        encryption.remember_key(db_file, encryption.key_from_environment_or_prompt(db_file, prompt))


def _database(args: argparse.Namespace) -> Database:
    from colead_desktop.db.sqlite_checks import DatabaseDamaged
    from colead_desktop.db.startup import open_database

    _unlock(args)
    try:
        db = open_database(args.db)
    except DatabaseDamaged as damage:
        advice = (msg("最新の正常なバックアップ: {path}\n復元するには: colead restore \"{path}\"",
                      "Newest good backup: {path}\nTo restore it: colead restore \"{path}\"", path=damage.good_backup)
                  if damage.good_backup else msg("正常なバックアップは見つかりません。", "No good backup was found."))
        raise InputError(f"{damage}\n{advice}") from damage
    _opened.append(db)
    return db


def _programme(args: argparse.Namespace, db: Database) -> int:
    """The programme a command works on: --programme, else the one chosen with `colead programme use` for this
    database (if it still exists), else the only or newest one. Exit 2 naming a bad id, or on an empty database."""
    from colead_desktop.programme_choice import current_programme
    from colead_desktop.services.programme_scope import current_programme_id, require_programme

    if args.programme is not None:
        with db.session() as session:
            return int(require_programme(session, args.programme).id)
    chosen = current_programme_id(db, current_programme(args.db or ""))
    if chosen is None:
        with db.session() as session:
            require_programme(session, None)  # raises: no programme yet
    assert chosen is not None
    return chosen


def cmd_programme(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from colead_desktop.programme_choice import set_current_programme
    from colead_desktop.services import programme_scope

    db = _database(args)
    if args.action == "list":
        _print_json([asdict(p) for p in programme_scope.list_programmes(db)])
    elif args.action == "show":
        wanted = args.id if args.id is not None else _programme(args, db)
        _print_json(programme_scope.programme_details(db, wanted))
    elif args.action == "use":
        details = programme_scope.programme_details(db, args.id)  # InputError naming a missing id
        set_current_programme(args.db or "", args.id)
        _print_json(details)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from colead_desktop.db.backup import restore_sqlite
    from colead_desktop.db.engine import default_url, sqlite_path

    _unlock(args)
    url = args.db or default_url()
    db_file = sqlite_path(url)
    safety: Path | None
    if db_file is None:
        from colead_desktop.db.engine import parse_url
        from colead_desktop.db.pg_backup import restore_postgres

        safety = restore_postgres(parse_url(url), Path(args.backup))
    else:
        safety = restore_sqlite(Path(args.backup), db_file, close=lambda: None)  # nothing of ours is open
    print(msg("{backup} から復元しました。置き換える前の内容: {safety}",
              "Restored from {backup}. What it replaced is kept in {safety}",
              backup=args.backup, safety=safety or "-"), file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A backup now, into the backups folder: a copy of the SQLite file, or a pg_dump of a server database."""
    from colead_desktop.db.backup import backup_sqlite
    from colead_desktop.db.engine import default_url, parse_url, sqlite_path
    from colead_desktop.db.pg_backup import back_up_postgres

    _unlock(args)
    url = args.db or default_url()
    db_file = sqlite_path(url)
    target = back_up_postgres(parse_url(url)) if db_file is None else backup_sqlite(db_file, "manual")
    _print_json({"backup": str(target)})
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from colead_desktop.services.demo import load_demo

    db = _database(args)
    if load_demo(db) is not None:
        print(msg("デモプログラム（令和3年度 ふるさと Co-LEAD）を読み込みました。",
                  "Loaded the demo programme (FY2021 Furusato Co-LEAD)."), file=sys.stderr)
    else:
        print(msg("デモプログラムは既に読み込まれています。変更はありません。",
                  "The demo programme is already loaded; nothing changed."), file=sys.stderr)
    return 0


def _plain_talents(args: argparse.Namespace) -> list[str] | None:
    """The programme's talents, each as its JSON object's text (db/shared_reads.py talent_json_objects), read
    through plain sqlite3 (db/plain.py: no SQLAlchemy to import), or None when the database must be opened the
    usual way (a server, an encrypted or damaged file, a migration due, or a --programme that is not there,
    which the usual way names)."""
    import sqlite3

    from colead_desktop.db.plain import default_url, plain_rows
    from colead_desktop.db.shared_reads import programme_exists, programme_in_use, talent_json_objects
    from colead_desktop.programme_choice import current_programme

    with plain_rows(args.db or default_url()) as plain:
        if plain is None:
            return None
        try:
            if args.programme is not None:
                programme = args.programme if programme_exists(plain.rows, args.programme) else None
            else:
                programme = programme_in_use(plain.rows, current_programme(args.db or ""))
            read = None if programme is None else talent_json_objects(plain.rows, programme, args.show_personal)
        except sqlite3.DatabaseError:  # damage, or a lock: the usual open reports it
            return None
        return read if plain.sound() else None  # a damaged file's reads are not printed


def _listed_records(args: argparse.Namespace) -> list[dict[str, object]]:
    """The records of args.kind the programme shows, their fields as they may be shown; talents marked
    archived (kept with their payments and hidden in the window: review 16 item 4)."""
    from colead_desktop.cli_records import KINDS
    from colead_desktop.domain.personal import shown_fields
    from colead_desktop.services.records import archived_talent_ids, list_records

    db = _database(args)
    programme_id = _programme(args, db)
    listed = [shown_fields(record, args.show_personal) for record in list_records(db, KINDS[args.kind], programme_id)]
    if args.kind == "talents":
        archived = archived_talent_ids(db, programme_id)
        listed = [{**fields, "archived": fields["id"] in archived} for fields in listed]
    return listed


def cmd_list(args: argparse.Namespace) -> int:
    objects = _plain_talents(args) if args.kind == "talents" else None
    if args.json:
        _print_records(objects if objects is not None else list(map(_record_json, _listed_records(args))))
        return 0
    listed = _listed_records(args) if objects is None else list(map(json.loads, objects))
    mark = msg("（アーカイブ済み）", " (archived)")
    for fields in listed:
        label = fields.get("name") or fields.get("title")
        print(f"{fields['id']:>4}  {label}{mark if fields.get('archived') else ''}")
    return 0


def cmd_talents(args: argparse.Namespace) -> int:
    """delete: the talent leaves the programme (the person goes too when in no other), refused with exit 2 while
    they have payment records or statements anywhere or a matching pair; archive / unarchive: hide or show them,
    keeping everything."""
    from colead_desktop.domain.records import TalentRecord
    from colead_desktop.services.record_restore import delete_record
    from colead_desktop.services.records import get_record
    from colead_desktop.services.talent_archive import set_archived

    db = _database(args)
    if args.action == "delete":
        programme_id = _programme(args, db)
        removal = delete_record(db, get_record(db, TalentRecord, args.id, programme_id), args.by)
        _print_json({"deleted": args.id, "programme": programme_id, "rows_removed": len(removal.rows)})
    else:
        set_archived(db, args.id, args.action == "archive", args.by)
        _print_json({"talent": args.id, "archived": args.action == "archive"})
    return 0


def cmd_export_roster_template(args: argparse.Namespace) -> int:
    from colead_desktop.services.roster_import import export_template

    _print_json({"written": str(export_template(args.kind, Path(args.out)))})
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from colead_desktop.services.roster_import import RosterRejected, import_roster

    try:
        db = _database(args)
        result = import_roster(db, args.kind, Path(args.file), _programme(args, db),
                               update_duplicates=args.update_duplicates, dry_run=args.dry_run)
    except RosterRejected as rejected:
        for line in shown_problems(rejected.problems):
            print(line, file=sys.stderr)
        print(msg("問題 {n} 件。何も書き込んでいません。", "{n} problems; nothing was written.",
                  n=len(rejected.problems)), file=sys.stderr)
        return 2
    if result.encoding is not None:
        print(msg("文字コード {encoding} として読みました", "Read as {encoding}", encoding=result.encoding),
              file=sys.stderr)
    if args.dry_run:
        print(msg("確認のみ（--dry-run）: 何も書き込んでいません", "Dry run: nothing was written"), file=sys.stderr)
    _print_json(result.summary())
    return 0


def _json_command(run: Callable[[Node], object]) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        _print_json(run(_read_json(args.input)))
        return 0

    return command


def _roundtables(document: Node) -> dict[str, object]:
    from colead_desktop.services.roundtables_json import solve

    return solve(document)


def _tour_check(document: Node) -> dict[str, object]:
    from colead_desktop.services.tour_json import check

    return check(document)


def _payments_compute(document: Node) -> dict[str, object]:
    from colead_desktop.services.payments_json import compute

    return compute(document)


def _who() -> str:
    """Who the payments audit log names for a change made here: COLEAD_USER, else the login name."""
    from colead_desktop.local_user import local_login

    return local_login()


def _print_setup(db: Database, programme_id: int) -> None:
    from colead_desktop.domain.programme_setup import check_setup
    from colead_desktop.domain.programme_setup_json import setup_to_json
    from colead_desktop.services.programme_setup import load_setup

    setup = load_setup(db, programme_id)
    for finding in check_setup(setup):  # errors were refused before writing: these are warnings
        print(msg("警告: {field}: {text}", "Warning: {field}: {text}", field=finding.field, text=finding.message),
              file=sys.stderr)
    _print_json(setup_to_json(programme_id, setup))


def cmd_programme_create(args: argparse.Namespace) -> int:
    from colead_desktop.domain.json_input import MAX_BYTES
    from colead_desktop.domain.programme_setup_json import read_setup_json
    from colead_desktop.services.programme_setup import create_programme

    try:
        with open(args.file, "rb") as source:
            raw = source.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(msg("入力ファイルを読めません: {path}（{err}）", "Cannot read the input file {path} ({err})",
                             path=args.file, err=exc.strerror)) from exc
    setup = read_setup_json(raw)  # before the database is opened: a bad file touches nothing
    db = _database(args)
    _print_setup(db, create_programme(db, setup, _who()))
    return 0


def cmd_programme_copy(args: argparse.Namespace) -> int:
    """The copy, and the commands that follow keep working on the programme in use before it (review 15 item 7:
    "else the newest" moved a planner making next year's shell off the current year). Without a remembered
    choice (or with one since deleted), the programme in use becomes the remembered one."""
    from colead_desktop.programme_choice import current_programme, set_current_programme
    from colead_desktop.services.programme_scope import current_programme_id
    from colead_desktop.services.programme_setup import copy_programme

    db = _database(args)
    remembered = current_programme(args.db or "")
    in_use = current_programme_id(db, remembered)
    copied = copy_programme(db, args.id, args.year, talents=args.talents, events=args.events, who=_who(),
                            name=args.name, project_name=args.project_name)
    assert in_use is not None  # the source was copied: the database had a programme in use
    if in_use != remembered:
        set_current_programme(args.db or "", in_use)
    _print_setup(db, copied)
    print(msg("プログラム {new} を作成しました。コマンドは引き続きプログラム {used} で動きます。新しいプログラムに切り替えるには "
              "`colead programme use {new}`（コマンドごとなら `--programme {new}`）。",
              "Created programme {new}. Commands keep working on programme {used}; to switch to the new one: "
              "`colead programme use {new}` (or `--programme {new}` for one command).",
              new=copied, used=in_use), file=sys.stderr)
    return 0


def cmd_export_statements(args: argparse.Namespace) -> int:
    from colead_desktop.services.payments import export_statement_folder

    db = _database(args)
    paths = export_statement_folder(db, _programme(args, db), Path(args.out))
    print(msg("{n} 件の支払明細書を {out} に書き出しました", "Statements written to {out}: {n}",
              n=len(paths), out=args.out), file=sys.stderr)
    return 0


def cmd_export_payments_xlsx(args: argparse.Namespace) -> int:
    from colead_desktop.services.payments import export_payments_workbook

    db = _database(args)
    export_payments_workbook(db, _programme(args, db), Path(args.out))
    print(msg("{out} を書き出しました", "Wrote {out}", out=args.out), file=sys.stderr)
    return 0


def _day(text: str, what: str) -> date:
    """A date typed on the command line, full-width digits too (an IME left in 全角: ２０２１-１２-１０)."""
    from colead_desktop.domain.normalise import canonical_day

    try:
        return date.fromisoformat(canonical_day(text))
    except ValueError:
        raise InputError(msg("{what}は YYYY-MM-DD 形式で指定してください: {v}",
                             "Write the {what} as YYYY-MM-DD: {v}", what=what, v=text)) from None


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(msg("警告: {text}", "Warning: {text}", text=line), file=sys.stderr)


def _holder_warnings(db: Database, programme_id: int) -> list[str]:
    """Accounts in another name than the payee's kana: a warning only (the accountant checks them)."""
    from colead_desktop.services.payments import holder_mismatches

    return [msg("{name} の口座名義 {holder} がフリガナ {kana} と一致しません",
                "{name}: the account holder {holder} does not match the kana {kana}",
                name=p.name, holder=p.holder_kana, kana=p.kana) for p in holder_mismatches(db, programme_id)]


def _bank_file_out(args: argparse.Namespace) -> Path:
    """A 全銀 file's --out, refused when something is there already unless --overwrite, as the window's save dialog
    asks first: the file there may be one sent to the bank, or one still to send, and it would be lost. Checked
    before anything is recorded, so a refused file leaves no run and no 再作成 in the run's history."""
    from colead_desktop.exports.atomic import check_target

    out = Path(args.out)
    check_target(out)  # a folder, link or device is refused as such, --overwrite or not
    if os.path.lexists(out) and not args.overwrite:
        raise InputError(msg("書き出し先 {path} は既にあります。上書きしてよいときは --overwrite を付けて実行してください",
                             "{path} already exists. To replace it, run again with --overwrite", path=out))
    return out


def cmd_export_zengin(args: argparse.Namespace) -> int:
    """再作成: a payment run's 全銀 file again (a new run is made with `payments run`): through plain sqlite3 when
    the database allows it (services/run_file.py: no SQLAlchemy to import), else the usual way, the same rule."""
    from colead_desktop.db.plain import default_url
    from colead_desktop.services.run_file import file_again_plainly

    if not args.again:  # the GUI asks the same before its 再作成
        raise InputError(msg("再作成した全銀ファイルも同じ振込です。銀行に送ったファイルをもう一度送ると二重に振り込まれます。"
                             "送るのはどちらか一つだけと確認したうえで --again を付けて実行してください",
                             "A file made again is the same transfer: sending it to the bank after the first pays "
                             "twice. Send only one of them, and confirm with --again"))
    out = _bank_file_out(args)
    if not file_again_plainly(args.db or default_url(), args.run_id, out, args.by):
        from colead_desktop.services.payment_runs import regenerate_run_file

        regenerate_run_file(_database(args), args.run_id, out, args.by)
    print(msg("{out} を書き出しました（支払処理 {run} の再作成）", "Wrote {out} (payment run {run} made again)",
              out=args.out, run=args.run_id), file=sys.stderr)
    return 0


def cmd_payments_statements(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_batch import statement_entries

    db = _database(args)
    _print_json(statement_entries(db, _programme(args, db)))
    return 0


def cmd_payments_chosho(args: argparse.Namespace) -> int:
    from colead_desktop.services.tax_documents import chosho_json

    db = _database(args)
    _print_json(chosho_json(db, _programme(args, db), args.year))
    return 0


def cmd_payments_withholding(args: argparse.Namespace) -> int:
    from colead_desktop.services.tax_documents import withholding_json

    db = _database(args)
    _print_json(withholding_json(db, _programme(args, db)))
    return 0


def cmd_payments_records(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_batch import talent_records

    db = _database(args)
    _print_json(talent_records(db, _programme(args, db), args.talent_id, args.statement))
    return 0


def cmd_payments_draft(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_batch import draft_statements

    if args.all == bool(args.talent_ids):
        raise InputError(msg("--all か人材IDのどちらかを指定してください", "Give either --all or talent ids"))
    db = _database(args)
    programme_id = _programme(args, db)
    drafted = draft_statements(db, programme_id, None if args.all else args.talent_ids, args.by)
    _warn_statements(db, programme_id, [entry["no"] for entry in drafted])
    _print_json(drafted)
    return 0


def _warn_statements(db: Database, programme_id: int, numbers: list[str]) -> None:
    """The statements' warnings on stderr, as the window shows them on the statement and when approving."""
    from colead_desktop.services.record_dates import warnings_by_number

    _warn(warnings_by_number(db, programme_id, numbers))


def cmd_payments_approve(args: argparse.Namespace) -> int:
    """Asks first, as the window does: drafts with warnings are approved only --despite-warnings (an approval
    cannot be undone, so the warnings must be read before it, not after). Whether the user may approve each
    statement at all is checked before that: a refusal is final, and --despite-warnings would not change it."""
    from colead_desktop.services.payment_batch import approval_refusals, approve_statements
    from colead_desktop.services.record_dates import warnings_by_number

    db = _database(args)
    programme_id = _programme(args, db)
    refusals = approval_refusals(db, programme_id, args.numbers, args.by)
    for refusal in refusals:
        print(msg("エラー: {text}", "Error: {text}", text=refusal), file=sys.stderr)
    if refusals:
        return 2
    warnings = warnings_by_number(db, programme_id, args.numbers, approving=True)
    _warn(warnings)
    if warnings and not args.despite_warnings:
        print(msg("承認していません。警告を確かめ、それでも承認するときは --despite-warnings を付けてもう一度実行してください",
                  "Nothing was approved. Check the warnings; to approve anyway, run again with --despite-warnings"),
              file=sys.stderr)
        return 2
    approved = approve_statements(db, programme_id, args.numbers, args.by)
    _print_json({"approved": [st.statement_no for st in approved]})
    return 0


def cmd_payments_adjust(args: argparse.Namespace) -> int:
    from colead_desktop.domain.statements import CorrectionRates
    from colead_desktop.services.payment_corrections import adjust_with_records
    from colead_desktop.services.payment_statements import statement
    from colead_desktop.services.payments_json import parse_records

    corrected = parse_records(_read_json(args.records))
    db = _database(args)
    rates = CorrectionRates.CURRENT if args.current_rates else CorrectionRates.CORRECTED
    programme_id = _programme(args, db)
    adjusting = statement(db, adjust_with_records(db, programme_id, args.number, corrected, args.reason,
                                                  args.by, rates))
    _warn_statements(db, programme_id, [adjusting.statement_no])
    money = adjusting.payment
    _print_json({"no": adjusting.statement_no, "corrects": args.number, "status": adjusting.status.value,
                 "rates": rates.value, "gross_yen": money.gross_yen, "withholding_yen": money.withholding_yen,
                 "fee_yen": money.fee_yen, "net_yen": money.net_yen})
    return 0


def cmd_payments_run(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_runs import create_run

    day = _day(args.transfer_date, msg("振込指定日", "transfer date"))
    out = _bank_file_out(args)
    db = _database(args)
    programme_id = _programme(args, db)
    _warn(_holder_warnings(db, programme_id))
    outcome = create_run(db, programme_id, day, out, args.by, args.exclude or ())
    _warn(list(outcome.warnings))
    _print_json({"run": outcome.run_id, "number": outcome.number, "statements": list(outcome.statements),
                 "left_out": [{"no": o.statement_no, "reason": o.reason} for o in outcome.left_out],
                 "joined": [{"no": no, "joins_transfer_of": lead} for no, lead in outcome.joined],
                 "transfer_count": len(outcome.transfers),
                 "transfers": [_transfer_entry(t) for t in outcome.transfers], "total_yen": outcome.total_yen})
    return 0


def _transfer_entry(transfer: RunTransfer) -> dict[str, object]:
    """A run's transfer as JSON: the bank file's customer codes and every
    statement it pays, with no name or account."""
    code1, code2 = transfer.customer_codes
    return {"customer_code1": code1, "customer_code2": code2 or None, "statements": list(transfer.statement_nos),
            "amount_yen": transfer.amount_yen}


def cmd_payments_runs(args: argparse.Namespace) -> int:
    """The programme's runs, newest first: per run its transfers (the file's trailer count) and statements."""
    from colead_desktop.services.payment_runs import list_runs

    db = _database(args)
    _print_json([{"run": r.run_id, "number": r.number, "transfer_date": r.transfer_date, "status": r.status.value,
                  "transfer_count": len(r.transfers), "statement_count": r.count, "total_yen": r.total_yen,
                  "transfers": [_transfer_entry(t) for t in r.transfers], "file_sha256": r.file_sha256,
                  "file_name": r.file_name, "files": r.files, "created_by": r.created_by}
                 for r in list_runs(db, _programme(args, db))])
    return 0


def cmd_payments_paid(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_runs import mark_paid

    if (args.run_id is None) == (not args.numbers):
        raise InputError(msg("--run か明細書番号のどちらかを指定してください", "Give either --run or statement numbers"))
    day = _day(args.on, msg("支払日", "paid date"))
    db = _database(args)
    _print_json({"paid": mark_paid(db, _programme(args, db), args.by, day, args.run_id, args.numbers), "on": day})
    return 0


def cmd_payments_refunded(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_runs import mark_refunded

    day = _day(args.on, msg("返金受領日", "refund date"))
    db = _database(args)
    _print_json({"refunded": mark_refunded(db, _programme(args, db), args.by, args.number, day), "on": day})
    return 0


def cmd_payments_settle(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_runs import settle_without_transfer

    day = _day(args.on, msg("確定日", "settlement date"))
    db = _database(args)
    _print_json({"settled": settle_without_transfer(db, _programme(args, db), args.by, args.number, day), "on": day})
    return 0


def cmd_payments_withdraw(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_runs import withdraw_run

    db = _database(args)
    _print_json({"withdrawn": args.run_id,
                 "approved_again": withdraw_run(db, _programme(args, db), args.run_id, args.by)})
    return 0


def _calendar_year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and 2000 <= int(text) <= 2100):
        raise argparse.ArgumentTypeError(msg("年は 2000〜2100 の西暦で指定してください: {v}",
                                             "Give the year as 2000-2100: {v}", v=text))
    return int(text)


def cmd_export_chosho(args: argparse.Namespace) -> int:
    from colead_desktop.services.tax_documents import export_chosho

    db = _database(args)
    export_chosho(db, _programme(args, db), args.year, Path(args.out))
    print(msg("{out} を書き出しました", "Wrote {out}", out=args.out), file=sys.stderr)
    return 0


def cmd_export_withholding_monthly(args: argparse.Namespace) -> int:
    from colead_desktop.services.tax_documents import export_withholding_monthly

    db = _database(args)
    export_withholding_monthly(db, _programme(args, db), Path(args.out))
    print(msg("{out} を書き出しました", "Wrote {out}", out=args.out), file=sys.stderr)
    return 0


def cmd_export_audit(args: argparse.Namespace) -> int:
    from colead_desktop.services.payment_audit import export_audit_csv

    db = _database(args)
    _programme(args, db)  # like the other payment commands: refused on a database without a programme
    written = export_audit_csv(db, Path(args.out))
    _print_json({"out": str(written.path), "rows": written.rows})
    return 0


def tour_export_refused(args: argparse.Namespace, db: Database) -> bool:
    """Whether to write nothing for the tour `args.tour`: asks first, as the Tours page does. The errors its check
    finds (with the programme's parameters, the other tours' bookings, its archived talents) are said on stderr,
    and without --despite-errors nothing is written (True); so is the warning that archived talents are left out.
    A tour of another programme is refused before."""
    from colead_desktop.services.tour_checks import check_saved_tour, programme_of
    from colead_desktop.services.tours import load_tour

    if programme_of(db, args.tour) != _programme(args, db):  # a tour of another programme is not this one's
        raise InputError(msg("ツアー「{k}」はこのプログラムにありません（--programme で選んでください）",
                             "Tour {k} is not in this programme (choose it with --programme)", k=args.tour))
    tour = load_tour(db, args.tour)
    return _refused_for_errors(args, [(tour, check_saved_tour(db, tour))], named=False)


def programme_tours_refused(args: argparse.Namespace, db: Database, programme_id: int) -> bool:
    """tour_export_refused for the programme's calendar, which holds every tour's items: the errors of each of its
    tours, named by tour (title and key), and nothing written without --despite-errors."""
    from colead_desktop.services.tour_checks import programme_tour_checks

    return _refused_for_errors(args, programme_tour_checks(db, programme_id), named=True)


def _refused_for_errors(args: argparse.Namespace, checked: Sequence[tuple[Tour, Sequence[Finding]]],
                        named: bool) -> bool:
    """Say the checks' errors (the count, then one line each, under each tour's name when `named`) and whether to
    write nothing: errors without --despite-errors. The files leave archived talents out: said too, as the page's
    check does (names stay off the terminal)."""
    from colead_desktop.domain.tourcheck import Severity

    for tour, findings in checked:
        prefix = msg("ツアー「{t}」（{k}）: ", "Tour {t} ({k}): ", t=tour.display_title, k=tour.id) if named else ""
        _warn([prefix + f.message for f in findings if f.code == "party.archived"])
    errors = [(tour, [f for f in findings if f.severity is Severity.ERROR]) for tour, findings in checked]
    count = sum(len(found) for _tour, found in errors)
    if not count:
        return False
    print(msg("チェックでエラーが{n}件見つかっています。", "Errors found by the checks: {n}", n=count), file=sys.stderr)
    for tour, found in errors:
        if named and found:
            print(msg("ツアー「{t}」（{k}）:", "Tour {t} ({k}):", t=tour.display_title, k=tour.id), file=sys.stderr)
        for finding in found:
            day = msg("{d}日目: ", "Day {d}: ", d=finding.day) if finding.day else ""
            print(f"  {day}{finding.message}", file=sys.stderr)
    if args.despite_errors:
        return False
    print(msg("書き出していません。エラーを確かめ、それでも書き出すときは --despite-errors を付けてもう一度実行してください",
              "Nothing was written. Check the errors; to export anyway, run again with --despite-errors"),
          file=sys.stderr)
    return True


def cmd_export_tour(args: argparse.Namespace) -> int:
    from colead_desktop.domain.validation import marked_warning, noting_unprintable
    from colead_desktop.services import calendars, tour_exports

    db, target = _database(args), Path(args.out)
    if tour_export_refused(args, db):
        return 2
    with noting_unprintable() as marked:
        if args.action == "itinerary":
            tour_exports.export_itinerary(db, args.tour, target, args.participant)
        else:
            {"tour-ics": calendars.export_tour_ics, "b5": tour_exports.export_b5}[args.action](db, args.tour, target)
    print(msg("{out} を書き出しました", "Wrote {out}", out=args.out), file=sys.stderr)
    if marked:
        print(marked_warning(marked), file=sys.stderr)
    return 0


def add_despite_errors(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--despite-errors", action="store_true",
                        help="write a tour's files (or the programme's calendar, which holds every tour) although "
                             "the check finds errors (listed on stderr either way)")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--self-check", action="store_true",
                        help="check that forms, database, reports and exports all work, then exit")
    parser.add_argument("--db", metavar="URL", default=os.environ.get("COLEAD_DB_URL"),
                        help="SQLAlchemy database URL (default: the SQLite file in the data folder)")
    parser.add_argument("--lang", choices=("ja", "en"), default=os.environ.get("COLEAD_LANG", "ja"),
                        help="language of messages (default ja)")
    parser.add_argument("--programme", type=int, metavar="ID",
                        help="the programme list, import, export and payments work on (default: the one chosen "
                             "with `programme use`, else the newest; `programme copy` keeps the one in use)")


def _by() -> argparse.ArgumentParser:
    by = argparse.ArgumentParser(add_help=False)
    by.add_argument("--by", required=True, metavar="NAME", help="who does it (recorded in the audit log)")
    return by


def _add_programme(sub: Subparsers) -> None:
    programme = sub.add_parser("programme", help="programmes (fiscal years)").add_subparsers(dest="action",
                                                                                         required=True)
    programme.add_parser("list", help="every programme, as JSON").set_defaults(run=cmd_programme)
    show = programme.add_parser("show", help="a programme with its regions (default: the current one)")
    show.add_argument("id", type=int, nargs="?", metavar="ID")
    show.set_defaults(run=cmd_programme)
    use = programme.add_parser("use", help="make programme ID the current one for this database")
    use.add_argument("id", type=int, metavar="ID")
    use.set_defaults(run=cmd_programme)
    create = programme.add_parser("create", help="create a programme from FILE.json (README: the create JSON)")
    create.add_argument("file", metavar="FILE.json")
    create.set_defaults(run=cmd_programme_create)
    copy = programme.add_parser("copy", help="create next year's programme from programme ID (次年度を作成)")
    copy.add_argument("id", type=int, metavar="ID")
    copy.add_argument("--year", type=int, required=True, metavar="YYYY", help="the new fiscal year")
    copy.add_argument("--talents", action="store_true", help="copy the talents' participation too")
    copy.add_argument("--events", action="store_true",
                      help="copy the events and their tours, moved to the same weekdays of the new year")
    copy.add_argument("--name", metavar="TEXT",
                      help="the new programme's name (default: the old one with its year replaced)")
    copy.add_argument("--project-name", metavar="TEXT",
                      help="the payer's 事業名 printed on statements (default: the old one with its year replaced)")
    copy.set_defaults(run=cmd_programme_copy)


def _add_database(sub: Subparsers) -> None:
    sub.add_parser("demo", help="load the FY2021 demo programme").set_defaults(run=cmd_demo)

    sub.add_parser("backup", help="back the database up now into the backups folder (pg_dump for PostgreSQL)"
                   ).set_defaults(run=cmd_backup)
    restore = sub.add_parser("restore", help="replace the database with a backup (a .sqlite3 copy, or a .pgdump for "
                                             "PostgreSQL), after checking it and backing up what it replaces")
    restore.add_argument("backup", metavar="FILE")
    restore.set_defaults(run=cmd_restore)


def _add_list(sub: Subparsers) -> None:
    from colead_desktop import cli_b5

    listing = sub.add_parser("list", help="list records")
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--show-personal", action="store_true",
                         help="show e-mail addresses and phone numbers unmasked")
    listing.set_defaults(run=cmd_list)
    cli_b5.register(listing=listing)


def _add_records(sub: Subparsers) -> None:
    from colead_desktop import cli_records

    cli_records.register(sub)


def _add_talents(sub: Subparsers) -> None:
    talents = sub.add_parser("talents", help="delete or archive talents").add_subparsers(dest="action", required=True)
    for action, text in (("delete", "remove talent ID from the programme (refused while they have payments or a "
                                    "matching pair)"),
                         ("archive", "archive talent ID: kept with their payments, hidden, joins no programme"),
                         ("unarchive", "lift the archive of talent ID")):
        talent = talents.add_parser(action, parents=[_by()], help=text)
        talent.add_argument("id", type=int, metavar="ID")
        talent.set_defaults(run=cmd_talents)


def _add_import(sub: Subparsers) -> None:
    from colead_desktop import cli_b5

    roster = sub.add_parser("import", help="import a roster of talents, companies, staff or venues (.xlsx or .csv)")
    roster.add_argument("kind", choices=IMPORT_KINDS)
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--dry-run", action="store_true", help="check the file and tell what would happen; write nothing")
    roster.add_argument("--update-duplicates", action="store_true",
                        help="update the records a row duplicates (same name and e-mail or phone) instead of skipping them")
    roster.set_defaults(run=cmd_import)
    cli_b5.register(importing=roster)


def _add_roundtables(sub: Subparsers) -> None:
    roundtables = sub.add_parser("roundtables", help="round-table planning").add_subparsers(dest="action", required=True)
    solve = roundtables.add_parser("solve", help="plan round tables from INPUT.json ('-' for stdin)")
    solve.add_argument("input")
    solve.set_defaults(run=_json_command(_roundtables))
    importlib.import_module("colead_desktop.cli_roundtables").register(roundtables)


def _add_tour(sub: Subparsers) -> None:
    tour = sub.add_parser("tour", help="fieldwork tours").add_subparsers(dest="action", required=True)
    check = tour.add_parser("check", help="check a tour from INPUT.json ('-' for stdin)")
    check.add_argument("input")
    check.set_defaults(run=_json_command(_tour_check))


RUN_ID_HELP = ("the run's id: \"run\" in `payments runs` (its \"number\" is the run's number in the programme, "
               "the one the app shows)")
OVERWRITE_HELP = "replace a file already at --out (refused otherwise: it may be a bank file sent or still to send)"


def _add_payments(sub: Subparsers) -> None:
    by = _by()
    payments = sub.add_parser("payments", help="payments").add_subparsers(dest="action", required=True)
    compute = payments.add_parser("compute", help="compute payments from INPUT.json ('-' for stdin)")
    compute.add_argument("input")
    compute.set_defaults(run=_json_command(_payments_compute))
    listed = payments.add_parser("statements", help="every payment statement as JSON")
    listed.add_argument("--json", action="store_true", help="print JSON (always)")
    listed.set_defaults(run=cmd_payments_statements)
    chosho = payments.add_parser("chosho", help="支払調書 rows of a calendar year as JSON: the payer's payments from "
                                 "every programme of that payer (as export chosho)")
    chosho.add_argument("--year", required=True, type=_calendar_year, metavar="YYYY")
    chosho.add_argument("--json", action="store_true", help="print JSON (always)")
    chosho.set_defaults(run=cmd_payments_chosho)
    withholding = payments.add_parser("withholding", help="withholding by month of payment as JSON, from every "
                                      "programme of the programme's payer (as export withholding-monthly)")
    withholding.add_argument("--json", action="store_true", help="print JSON (always)")
    withholding.set_defaults(run=cmd_payments_withholding)
    talent_records = payments.add_parser("records", help="a talent's tour days, work days and expenses in the "
                                         "programme, in the shapes `payments compute` reads")
    talent_records.add_argument("talent_id", type=int, metavar="TALENT_ID")
    talent_records.add_argument("--statement", metavar="NO",
                                help="only the records statement NO pays (the set `payments adjust` corrects)")
    talent_records.add_argument("--json", action="store_true", help="print JSON (always)")
    talent_records.set_defaults(run=cmd_payments_records)
    draft = payments.add_parser("draft", parents=[by], help="compute draft statements from the records")
    draft.add_argument("--all", action="store_true", help="every talent with records and no approved statement")
    draft.add_argument("talent_ids", nargs="*", type=int, metavar="TALENT_ID")
    draft.set_defaults(run=cmd_payments_draft)
    approve = payments.add_parser("approve", parents=[by], help="approve draft statements (not your own)")
    approve.add_argument("numbers", nargs="+", metavar="NO")
    approve.add_argument("--despite-warnings", action="store_true",
                         help="approve even when the statements have warnings (otherwise they are printed and "
                              "nothing is approved)")
    approve.set_defaults(run=cmd_payments_approve)
    adjust = payments.add_parser("adjust", parents=[by], help="訂正明細書: correct statement NO with the corrected "
                                                                "complete set of its records (FILE.json)")
    adjust.add_argument("number", metavar="NO")
    adjust.add_argument("--records", required=True, metavar="FILE.json",
                        help="tour_days, work_days and expenses in the shapes of payments compute (as payments records "
                             "prints them; an expense's optional description tells alike expenses apart)")
    adjust.add_argument("--reason", required=True, metavar="TEXT")
    adjust.add_argument("--current-rates", action="store_true",
                        help="compute with the rates and policy in force now (default: the corrected statement's)")
    adjust.set_defaults(run=cmd_payments_adjust)
    run = payments.add_parser("run", parents=[by], help="支払処理: pay the approved statements with a 全銀 file")
    run.add_argument("--transfer-date", required=True, metavar="YYYY-MM-DD")
    run.add_argument("--exclude", nargs="+", metavar="NO", help="approved statements to leave for a later run")
    run.add_argument("--out", required=True, metavar="FILE")
    run.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)
    run.set_defaults(run=cmd_payments_run)
    payments.add_parser("runs", help="支払処理: the runs, each with its transfers and the statements each pays"
                        ).set_defaults(run=cmd_payments_runs)
    paid = payments.add_parser("paid", parents=[by], help="mark a run or statements paid on the bank's date")
    paid.add_argument("--run", dest="run_id", type=int, metavar="ID", help=RUN_ID_HELP)
    paid.add_argument("numbers", nargs="*", metavar="NO")
    paid.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    paid.set_defaults(run=cmd_payments_paid)
    refunded = payments.add_parser("refunded", parents=[by], help="返金受領: a reclaim (negative correction) "
                                                                  "settled on the day its refund arrived")
    refunded.add_argument("number", metavar="NO")
    refunded.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    refunded.set_defaults(run=cmd_payments_refunded)
    settle = payments.add_parser("settle", parents=[by], help="確定（振込なし）: a statement of ¥0 (nothing to "
                                                              "transfer) settled without a transfer")
    settle.add_argument("number", metavar="NO")
    settle.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    settle.set_defaults(run=cmd_payments_settle)
    withdraw = payments.add_parser("withdraw", parents=[by], help="取消: withdraw an unpaid run before its file is "
                                                                  "sent; its statements go back to approved")
    withdraw.add_argument("--run", dest="run_id", required=True, type=int, metavar="ID", help=RUN_ID_HELP)
    withdraw.set_defaults(run=cmd_payments_withdraw)


def _add_export(sub: Subparsers) -> None:
    from colead_desktop import cli_ics, cli_meetup

    export = sub.add_parser("export", help="outputs from the database: payment statements and tours").add_subparsers(
        dest="action", required=True)
    statements = export.add_parser("statements", help="支払明細書 PDFs, one per payee, into DIR")
    statements.add_argument("--out", required=True, metavar="DIR")
    statements.set_defaults(run=cmd_export_statements)
    workbook = export.add_parser("payments-xlsx", help="the accountants' payments workbook")
    workbook.add_argument("--out", required=True, metavar="FILE")
    workbook.set_defaults(run=cmd_export_payments_xlsx)
    zengin = export.add_parser("zengin", help="再作成: a payment run's 全銀 file again (new runs: payments run)")
    zengin.add_argument("--run", dest="run_id", required=True, type=int, metavar="ID", help=RUN_ID_HELP)
    zengin.add_argument("--out", required=True, metavar="FILE")
    zengin.add_argument("--by", required=True, metavar="NAME", help="who makes it (kept in the run's history)")
    zengin.add_argument("--again", action="store_true",
                        help="confirms that the file is the same transfer: sending both files to the bank pays twice")
    zengin.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)
    zengin.set_defaults(run=cmd_export_zengin)
    chosho = export.add_parser("chosho", help="支払調書 list of the payments made in a calendar year "
                                "by the programme's payer, from every programme of that payer (xlsx)")
    chosho.add_argument("--year", required=True, type=_calendar_year, metavar="YYYY")
    chosho.add_argument("--out", required=True, metavar="FILE")
    chosho.set_defaults(run=cmd_export_chosho)
    monthly = export.add_parser("withholding-monthly",
                                help="withholding tax by month of payment, for 所得税徴収高計算書, "
                                "from every programme of the programme's payer (xlsx)")
    monthly.add_argument("--out", required=True, metavar="FILE")
    monthly.set_defaults(run=cmd_export_withholding_monthly)
    audit_csv = export.add_parser("audit", help="the payments audit log (CSV; account numbers masked); the log "
                                  "is the database's, shared by its programmes")
    audit_csv.add_argument("--out", required=True, metavar="FILE.csv")
    audit_csv.set_defaults(run=cmd_export_audit)
    template = export.add_parser("roster-template", help="an empty roster (xlsx) with every column `import` reads")
    template.add_argument("kind", choices=IMPORT_KINDS)
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    template.set_defaults(run=cmd_export_roster_template)
    for action, text in (("itinerary", "a tour's itinerary PDF (旅程表), everyone's or one participant's"),
                         ("tour-ics", "a tour's timetable as an iCalendar file"),
                         ("b5", "a tour's B-5 planning worksheet (xlsx)")):
        tour_export = export.add_parser(action, help=text)
        tour_export.add_argument("--tour", required=True, metavar="ID", help="the tour's key (see the Tours page)")
        tour_export.add_argument("--out", required=True, metavar="FILE")
        add_despite_errors(tour_export)
        if action == "itinerary":
            tour_export.add_argument("--participant", metavar="MEMBER_ID",
                                     help="only this member's items: talent-<talent id> or staff-<staff id> (see "
                                          "`colead list talents` / `colead list staff`)")
        tour_export.set_defaults(run=cmd_export_tour)
    cli_ics.register(export)
    cli_meetup.register(export)
    cli_meetup.add_language_options(export)


def _add_module(module: str, *extra: object) -> Callable[[Subparsers], None]:
    """A section registered by a cli_* module, imported only when the section is built."""
    def add(sub: Subparsers) -> None:
        importlib.import_module(f"colead_desktop.{module}").register(sub, *extra)

    return add


# The parser's sections in the order `colead --help` lists them, each with the commands it adds: a command's
# run builds only its own section, so it imports only the modules that command needs (issue 15).
_SECTIONS: tuple[tuple[tuple[str, ...], Callable[[Subparsers], None]], ...] = (
    (("programme",), _add_programme),
    (("demo", "backup", "restore"), _add_database),
    (("list",), _add_list),
    (("get", "set"), _add_records),
    (("talents",), _add_talents),
    (("import",), _add_import),
    (("roundtables",), _add_roundtables),
    (("matching",), _add_module("cli_matching", _json_command)),
    (("contracts",), _add_module("cli_contracts")),
    (("calls",), _add_module("cli_calls")),
    (("tour",), _add_tour),
    (("payments",), _add_payments),
    (("export",), _add_export),
    (("team",), _add_module("cli_team")),
    (("receipt",), _add_module("cli_receipts")),
    (("budget",), _add_module("cli_budget")),
    (("checkout", "checkin", "holds"), _add_module("cli_offline")),
)


class _PreParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def _command_in(argv: list[str] | None) -> str | None:
    """The command argv names after the global options, or None when that is not plain to see (the whole
    parser then reads argv, and reports what is wrong with it)."""
    pre = _PreParser(add_help=False)
    _global_options(pre)
    pre.add_argument("command", nargs="?")
    try:
        known, _rest = pre.parse_known_args(argv)
    except (ValueError, argparse.ArgumentError):
        return None
    return known.command if isinstance(known.command, str) else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or only `command`'s section of it (the whole one if no section adds `command`)."""
    parser = argparse.ArgumentParser(prog="colead", description="Co-LEAD Desktop command line")
    parser.add_argument("--version", action="version", version=f"colead {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for names, add in _SECTIONS:
        if command is None or command in names:
            add(sub)
    return parser if command is None or command in sub.choices else build_parser()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(_command_in(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    set_language(args.lang)
    if args.command is None and not args.self_check:
        parser.error(msg("コマンドを指定してください", "a command is required"))
    # An output library cleaning up after a failed write (openpyxl after a full disk) goes to the log, not the
    # screen: after a failure the cleanup is forced while the hook is in place, since the process may be a test
    # that goes on. A success leaves nothing to clean up, and a collection costs every command a few ms.
    previous_hook, sys.unraisablehook = sys.unraisablehook, _log_unraisable
    code = 1
    try:
        code = _run(args)
        return code
    finally:
        while _opened:
            _opened.pop().dispose()
        if code != 0:
            gc.collect()
        sys.unraisablehook = previous_hook


def _run(args: argparse.Namespace) -> int:
    try:
        setup_logging()  # the first use of the data folder: COLEAD_DATA_DIR may name a file
        protect_data_folder(data_dir())
        if args.self_check:
            from colead_desktop.selfcheck import run_self_check

            return run_self_check()
        code = int(args.run(args))
        sys.stdout.flush()  # inside the try: a closed pipe shows here, not as a traceback at exit
        return code
    except BrokenPipeError:  # the reader stopped early (`colead list talents --json | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        import signal  # here: its enums cost every start a few milliseconds

        return 128 + signal.SIGPIPE
    except KeyboardInterrupt:  # Ctrl-C: the transaction rolled back and no file was renamed into place
        print(msg("中断しました", "Interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:
        return _report_failure(exc, args.db)


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    value = unraisable.exc_value
    log.warning("ignored while cleaning up: %s", unraisable.err_msg or "",
                exc_info=(unraisable.exc_type, value, unraisable.exc_traceback) if value is not None else None)


def _report_failure(exc: Exception, url: str | None) -> int:
    """One line on stderr: the message (exit 2) for a failure the user can fix, else where the traceback is."""
    from colead_desktop.db.failures import explain, summary

    explained = explain(exc, url)
    if explained is not None:
        log.warning("%s reported to the user", type(exc).__name__)  # the class only: the message may name a row
        print(msg("エラー: {text}", "Error: {text}", text=explained), file=sys.stderr)
        return 2
    log.error("unexpected error in the command line", exc_info=exc)
    try:
        where = str(log_file())
    except OSError:
        where = msg("（ログを書けませんでした）", "(the log could not be written)")
    print(msg("予期しないエラー（{summary}）。詳細はログ {log} に記録されました。",
              "Unexpected error ({summary}). The details are in the log {log}.", summary=summary(exc), log=where),
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle's `colead` runs this file as its entry script
        import multiprocessing  # only there: importing it costs every other start ~10 ms

        multiprocessing.freeze_support()
    sys.exit(main())
