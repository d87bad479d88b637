"""Who may do what on a shared database: the five team roles and the areas of data each one writes or reads.

One rule, three readers: services/team.py turns it into PostgreSQL GRANTs, row-level security and triggers
(so the database itself refuses), the GUI asks `may` to disable what a role cannot do and say why, and the
tests check both against it. Every table belongs to exactly one area; a new table without an area is an error
(`area_of`), so nobody can add data that no role was decided for.
"""

from __future__ import annotations

import re
from enum import Enum

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


class Role(Enum):
    """In the order the CLI lists them (`team add-user --role`)."""

    ADMIN = "admin"
    SECRETARIAT = "secretariat"
    LAB = "lab"
    ACCOUNTING = "accounting"
    VIEWER = "viewer"

    @property
    def group(self) -> str:
        """The PostgreSQL group role its members' logins belong to."""
        return f"colead_{self.value}"

    @property
    def label(self) -> str:
        return {Role.ADMIN: msg("管理者", "Administrator"), Role.SECRETARIAT: msg("事務局", "Secretariat"),
                Role.LAB: msg("ラボ担当", "Lab coordinator"), Role.ACCOUNTING: msg("経理", "Accounting"),
                Role.VIEWER: msg("閲覧", "Viewer")}[self]


class Area(Enum):
    SETUP = "setup"                    # programmes, their regions and labs, budget, tour checks, who has which region
    PAYMENT_SETUP = "payment_setup"    # payer, payment policy and its dated rates
    PEOPLE = "people"                  # talents and staff, their participation
    PLACES = "places"                  # companies and venues (a lab writes its own regions' only)
    EVENTS = "events"                  # events, meetup agendas and round tables
    TOURS = "tours"                    # fieldwork tours (a lab writes its own regions' only)
    MATCHING = "matching"              # talent–SME wishes, rules and pairs
    EXPORT_STATE = "export_state"      # what an export keeps (calendar SEQUENCE numbers): whoever exports writes it
    PAYMENTS = "payments"              # payees, records, statements, runs, receipts, the payments audit log
    ATTACHMENTS = "attachments"        # attached files' bytes: each row in the area of the records linking to it
    HOLDS = "holds"                    # offline check-outs (持ち出し): whoever edits tours or meetups takes them out
    SYSTEM = "system"                  # the schema revision: read by all, written only by the database owner

    @property
    def label(self) -> str:
        return {Area.SETUP: msg("プログラム設定", "programme setup"),
                Area.PAYMENT_SETUP: msg("支払の設定", "payment setup"),
                Area.PEOPLE: msg("人材・スタッフ", "talents and staff"),
                Area.PLACES: msg("企業・会場", "companies and venues"),
                Area.EVENTS: msg("イベント・ミートアップ", "events and meetups"),
                Area.TOURS: msg("ツアー", "tours"), Area.MATCHING: msg("マッチング", "matching"),
                Area.EXPORT_STATE: msg("書き出しの記録", "export records"), Area.PAYMENTS: msg("支払", "payments"),
                Area.ATTACHMENTS: msg("添付ファイル", "attachments"),
                Area.HOLDS: msg("持ち出し", "offline check-outs"), Area.SYSTEM: msg("システム", "system")}[self]


TABLE_AREAS: dict[str, Area] = {
    "programme": Area.SETUP, "programme_region": Area.SETUP, "region": Area.SETUP,
    "tour_check_settings": Area.SETUP, "team_region": Area.SETUP,
    "programme_budget": Area.SETUP,  # set up with the programme by an administrator; accounting reads it
    "payment_payer": Area.PAYMENT_SETUP, "payment_policy": Area.PAYMENT_SETUP, "payment_rate": Area.PAYMENT_SETUP,
    "talent": Area.PEOPLE, "staff": Area.PEOPLE, "programme_talent": Area.PEOPLE, "participation": Area.PEOPLE,
    "recruit_call": Area.PEOPLE, "recruit_application": Area.PEOPLE, "screening_reviewer": Area.PEOPLE,
    "screening_review": Area.PEOPLE, "selection_decision": Area.PEOPLE, "selection_log": Area.PEOPLE,
    "company": Area.PLACES, "venue": Area.PLACES,
    "event": Area.EVENTS, "agenda_block": Area.EVENTS, "roundtable_setup": Area.EVENTS,
    "roundtable_table": Area.EVENTS, "roundtable_talent": Area.EVENTS,
    "tour": Area.TOURS,
    "matching_company": Area.MATCHING, "matching_company_wish": Area.MATCHING, "matching_talent_wish": Area.MATCHING,
    "matching_rule": Area.MATCHING, "matching_pair": Area.MATCHING, "matching_pair_log": Area.MATCHING,
    "pair_contract": Area.MATCHING,
    "ics_sequence": Area.EXPORT_STATE,
    "deleted_tour_calendars": Area.EXPORT_STATE,  # added by whoever deletes a tour, taken by whoever cancels it
    "payee": Area.PAYMENTS, "payment_tour_day": Area.PAYMENTS, "payment_work_day": Area.PAYMENTS,
    "payment_expense": Area.PAYMENTS, "payment_receipt": Area.PAYMENTS, "payment_statement": Area.PAYMENTS,
    "payment_run": Area.PAYMENTS, "payment_run_file": Area.PAYMENTS, "statement_counter": Area.PAYMENTS,
    "payment_audit": Area.PAYMENTS,
    "attachment_blob": Area.ATTACHMENTS,
    "offline_hold": Area.HOLDS, "offline_hold_record": Area.HOLDS,
    "alembic_version": Area.SYSTEM,
}

WRITES: dict[Role, frozenset[Area]] = {
    Role.ADMIN: frozenset({Area.SETUP, Area.PAYMENT_SETUP, Area.PEOPLE, Area.PLACES, Area.EVENTS, Area.TOURS,
                           Area.MATCHING, Area.EXPORT_STATE, Area.ATTACHMENTS, Area.HOLDS}),
    Role.SECRETARIAT: frozenset({Area.PEOPLE, Area.PLACES, Area.EVENTS, Area.TOURS, Area.MATCHING,
                                 Area.EXPORT_STATE, Area.ATTACHMENTS, Area.HOLDS}),
    Role.LAB: frozenset({Area.PLACES, Area.TOURS, Area.EXPORT_STATE, Area.ATTACHMENTS, Area.HOLDS}),
    Role.ACCOUNTING: frozenset({Area.PAYMENTS, Area.PAYMENT_SETUP, Area.EXPORT_STATE, Area.ATTACHMENTS}),
    Role.VIEWER: frozenset({Area.EXPORT_STATE}),  # reading includes exporting a calendar
}
# Tables that the writers of other areas add rows to, and only add: the payments audit log records every change of
# the payment setup too (payer, policy, rates), so an administrator setting up or copying a programme appends to
# it as an accountant does, without writing anything else of payments.
APPENDED_BY: dict[str, frozenset[Area]] = {"payment_audit": frozenset({Area.PAYMENT_SETUP})}
# Tables whose rows carry the area they belong to (column `area`): a role reads and adds the rows of the areas
# it reads, and nobody changes or deletes one (an attachment's bytes never change). So every role that writes
# records writes ATTACHMENTS, and the area of the row decides (db/team_sql.py area_rows).
AREA_ROWS = ("attachment_blob",)
# Columns written with another area than their table's, and the area: the programme row keeps a copy of its payer's
# name (the name statements fall back on without a payer row), so whoever writes the payer writes that copy and
# the row's version it moves, and nothing else of the programme (accounting edits the payer, not programmes).
COLUMN_AREAS: dict[str, tuple[Area, tuple[str, ...]]] = {"programme": (Area.PAYMENT_SETUP, ("secretariat", "version"))}
# A lab coordinator reads the rest of the programme but nothing of payments (bank accounts, amounts).
HIDDEN: dict[Role, frozenset[Area]] = {Role.LAB: frozenset({Area.PAYMENTS, Area.PAYMENT_SETUP})}
# Tables whose rows carry a region_id; a member of only the lab role writes the rows of their own regions.
REGION_ROWS = ("company", "venue", "tour")
# Columns the database fills with its own user name (current_user), whatever the app sends: who did it.
WHO_COLUMNS = (("payment_audit", "who"), ("payment_run", "created_by"), ("payment_run_file", "created_by"),
               ("payment_receipt", "added_by"), ("offline_hold", "login"))

_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def area_of(table: str) -> Area:
    """The area `table` belongs to; a table nobody classified is refused rather than left open or closed."""
    try:
        return TABLE_AREAS[table]
    except KeyError:
        raise InputError(msg("テーブル {t} の権限が決められていません（domain/team.py）",
                             "no role has been decided for table {t} (domain/team.py)", t=table)) from None


def may_write(roles: frozenset[Role], area: Area) -> bool:
    return any(area in WRITES[role] for role in roles)


def may_read(roles: frozenset[Role], area: Area) -> bool:
    return any(area not in HIDDEN.get(role, frozenset()) for role in roles)


def readable_areas(roles: frozenset[Role]) -> tuple[Area, ...]:
    return tuple(area for area in Area if may_read(roles, area))


def refusal(roles: frozenset[Role], area: Area) -> str | None:
    """Why `roles` may not change `area` (for a disabled action's tooltip), or None when they may."""
    if may_write(roles, area):
        return None
    return msg("この操作には権限が必要です: {area}の編集（あなたの役割: {roles}）",
               "You need permission to edit {area} (your role: {roles})", area=area.label, roles=_names(roles))


def hidden(roles: frozenset[Role], area: Area) -> str | None:
    """Why `roles` may not even read `area` (a page shown in its place says so), or None when they may."""
    if may_read(roles, area):
        return None
    return msg("{area}はあなたの役割（{roles}）では表示できません", "Your role ({roles}) cannot see {area}",
               area=area.label, roles=_names(roles))


def _names(roles: frozenset[Role]) -> str:
    return "・".join(role.label for role in sorted(roles, key=list(Role).index)) or msg("なし", "none")


def check_login(login: str) -> str:
    """A PostgreSQL login name the team commands accept: lower-case letters, digits and _, up to 63."""
    if not _LOGIN.fullmatch(login):
        raise InputError(msg("ログイン名「{v}」は使えません（英小文字・数字・_ で 63 文字まで、先頭は数字以外）",
                             "login '{v}' is not allowed (lower-case letters, digits and _, up to 63, "
                             "not starting with a digit)", v=login))
    if login.startswith("colead_") or login.startswith("pg_"):
        raise InputError(msg("ログイン名「{v}」は予約されています", "login '{v}' is reserved", v=login))
    return login


def role_named(key: str) -> Role:
    try:
        return Role(key)
    except ValueError:
        raise InputError(msg("役割「{v}」はありません（{all}）", "no role '{v}' ({all})", v=key,
                             all="|".join(r.value for r in Role))) from None
