"""`colead get KIND ID --json` and `colead set KIND ID field=value... [--version N]`: one record, with its version.

`set` parses each value by the field's type and saves through services/records.save_record, which checks and
normalises the record with the same rules as the record dialog (domain/validation.py). Exit codes: 0 saved,
2 a bad value (naming the field) or a refusal by the database (a broken rule, a missing privilege), 4 when
`--version N` is older than the stored version (someone changed the record since N was read): the fields that
differ are listed and nothing is written.

Contact data (e-mail, phone) is masked in the output unless `--show-personal`: a script reading the version
for a later `set` has no need of it, and names, which identify the record, stay.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import Field, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import exc as sa_exc

from colead_desktop.db.failures import broken_rule, reference_refusal
from colead_desktop.domain import records as rec
from colead_desktop.domain.conflicts import NOT_CHOSEN, StaleRecord
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.personal import shown, shown_fields
from colead_desktop.domain.normalise import canonical_datetime, normalise_text

if TYPE_CHECKING:
    from colead_desktop.db.engine import Database

STALE_EXIT = 4
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a GRANT or row-level security policy refused the write
KINDS: dict[str, type[rec.AnyRecord]] = {
    "talents": rec.TalentRecord, "companies": rec.CompanyRecord, "regions": rec.RegionRecord,
    "venues": rec.VenueRecord, "events": rec.EventRecord, "staff": rec.StaffRecord,
}
JST = ZoneInfo("Asia/Tokyo")
_TRUE, _FALSE = {"true", "1", "yes", "はい"}, {"false", "0", "no", "いいえ", ""}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    get = sub.add_parser("get", help="one record, with its version, as JSON")
    get.add_argument("kind", choices=tuple(KINDS))
    get.add_argument("id", type=int, metavar="ID")
    get.add_argument("--json", action="store_true", help="print JSON (always)")
    get.add_argument("--show-personal", action="store_true", help="show e-mail addresses and phone numbers unmasked")
    get.set_defaults(run=cmd_get)
    put = sub.add_parser("set", help="change fields of one record: field=value ...; exit 4 if --version is stale")
    put.add_argument("kind", choices=tuple(KINDS))
    put.add_argument("id", type=int, metavar="ID")
    put.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    put.add_argument("--version", type=int, metavar="N",
                     help="the version the change was made from (from `colead get`); refused if the record is newer")
    put.add_argument("--show-personal", action="store_true", help="show e-mail addresses and phone numbers unmasked")
    put.set_defaults(run=cmd_set)


def _load(args: argparse.Namespace) -> tuple[Database, rec.AnyRecord]:
    from colead_desktop.cli import _database, _programme
    from colead_desktop.services.records import get_participant, get_record

    db = _database(args)
    record_type = KINDS[args.kind]
    if record_type is rec.TalentRecord:
        return db, get_participant(db, args.id, _programme(args, db))
    return db, get_record(db, record_type, args.id)


def cmd_get(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _print_json

    _db, record = _load(args)
    _print_json(shown_fields(record, args.show_personal))
    return 0


def parse_value(f: Field[Any], text: str) -> Any:
    """`text` typed on the command line as the value of field `f` (InputError naming the field if it is not one)."""
    kind = str(f.type)  # a string: annotations are postponed
    try:
        if kind.startswith("dict"):
            value = json.loads(text)
            if not isinstance(value, dict):
                raise ValueError(text)
            return value
        if kind == "str":  # typed by the user as in the record dialog: save_record applies the same one rule
            return text  # (domain.validation.normalised: trimmed, identifiers alone in their one form)
        text = normalise_text(text)  # a number, yes/no, a date or choices' codes: full-width digits read as digits
        if kind == "bool":
            if text.lower() not in _TRUE | _FALSE:
                raise ValueError(text)
            return text.lower() in _TRUE
        if kind.startswith("tuple[int"):
            return tuple(int(part) for part in text.split(",") if part.strip())
        if kind.startswith("tuple[str"):
            return tuple(part.strip() for part in text.split(",") if part.strip())
        if text == "" and kind.endswith("| None"):
            return None
        if kind.startswith("int"):
            return int(text)
        if kind.startswith("float"):
            return float(text)
        if kind == "datetime":
            moment = datetime.fromisoformat(canonical_datetime(text))  # 2021-10-10 9:00 too
            return moment.astimezone(JST).replace(tzinfo=None) if moment.tzinfo else moment  # stored as naive JST
    except ValueError:
        raise InputError(msg("{field}: 「{value}」はこの項目の値として読めません。",
                             "{field}: “{value}” is not a value this field takes.", field=f.name, value=text)) from None
    raise InputError(msg("{field} はコマンドラインから変更できません。", "{field} cannot be set from the command line.",
                         field=f.name))


def _changes(record: rec.AnyRecord, assignments: list[str]) -> dict[str, Any]:
    settable = {f.name: f for f in fields(record) if f.name not in NOT_CHOSEN}
    changes: dict[str, Any] = {}
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        if not equals:
            raise InputError(msg("「{a}」は 項目=値 の形ではありません。", "“{a}” is not FIELD=VALUE.", a=assignment))
        if name not in settable:
            raise InputError(msg("{field} という項目はありません（変更できる項目: {names}）。",
                                 "There is no field {field} (fields that can be set: {names}).",
                                 field=name, names=", ".join(settable)))
        changes[name] = parse_value(settable[name], text)
    return changes


def cmd_set(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _print_json
    from colead_desktop.services.records import save_record

    db, stored = _load(args)
    wanted = replace(stored, **_changes(stored, args.assignments))
    if args.version is not None:
        wanted = replace(wanted, version=args.version)
    try:
        saved = save_record(db, wanted)
    except (sa_exc.IntegrityError, sa_exc.ProgrammingError, sa_exc.InternalError) as exc:
        reference = reference_refusal(exc)
        if reference is not None:  # an offline copy's reference row (持ち出し)
            raise reference from exc
        refused_by_rule = isinstance(exc, sa_exc.IntegrityError)
        if not refused_by_rule and getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        raise InputError(msg("データベースが変更を拒否しました（{rule}）。何も保存していません。",
                             "The database refused the change ({rule}). Nothing was saved.",
                             rule=broken_rule(exc) if isinstance(exc, sa_exc.IntegrityError)
                             else msg("権限がありません", "permission denied"))) from exc
    except StaleRecord as stale:
        print(msg("競合（版 {loaded} → {stored}）: {text}", "Conflict (version {loaded} → {stored}): {text}",
                  loaded=stale.loaded, stored=stale.theirs.version, text=str(stale)), file=sys.stderr)
        for conflict in stale.conflicts:
            print(msg("  {field}: 自分 {mine} / 他の人 {theirs}", "  {field}: mine {mine} / theirs {theirs}",
                      field=conflict.name, mine=shown(conflict.name, conflict.mine, args.show_personal),
                      theirs=shown(conflict.name, conflict.theirs, args.show_personal)), file=sys.stderr)
        print(msg("最新の内容は colead get {kind} {id} で確認し、--version {v} で保存し直してください。",
                  "See the current record with colead get {kind} {id} and save again with --version {v}.",
                  kind=args.kind, id=args.id, v=stale.theirs.version), file=sys.stderr)
        return STALE_EXIT
    _print_json(shown_fields(saved, args.show_personal))
    return 0
