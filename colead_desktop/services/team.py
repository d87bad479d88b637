"""A team on one shared PostgreSQL database: set up its roles (`team init`), add, list and remove logins.

Run by the database's owner. Logins are PostgreSQL's own: each person signs in as their login, a member of
one group role per team role (domain/team.py), so the database refuses what the role may not do, whatever
program sends the SQL. Passwords are generated here, returned once to be handed over, and never logged.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from colead_desktop.db import team_sql
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.team import Role, check_login

_INIT_LOCK = 0x636F6C65  # pg_advisory_xact_lock key: two `team init` at once would race on GRANTs ("cole")


@dataclass(frozen=True)
class Member:
    login: str
    roles: tuple[Role, ...]
    regions: tuple[str, ...]


def _require_postgres(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise InputError(msg("チームの役割は共有の PostgreSQL データベースで使えます（--db postgresql+psycopg://…）",
                             "Team roles need a shared PostgreSQL database (--db postgresql+psycopg://…)"))


def _initialised(conn: Connection) -> bool:
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:groups)"),
                         {"groups": [role.group for role in Role]}).scalar_one()
    return int(found) == len(Role)


def _require_initialised(conn: Connection) -> None:
    if not _initialised(conn):
        raise InputError(msg("このデータベースはまだチーム用に設定されていません。先に colead team init を実行してください",
                             "This database is not set up for a team yet; run colead team init first"))


def init_team(db: Database) -> int:
    """Bring the schema to head, then create or refresh the group roles, grants, policies and triggers.
    Returns the number of tables covered."""
    _require_postgres(db)
    db.migrate()
    with db.engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
        tables = {name: _id_sequence(conn, name) for name in inspect(conn).get_table_names()}
        for statement in team_sql.setup(tables):
            conn.execute(text(statement))
    return len(tables)


def _id_sequence(conn: Connection, table: str) -> str | None:
    columns = {column["name"] for column in inspect(conn).get_columns(table)}
    if "id" not in columns:
        return None
    found = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": f'"{table}"'}).scalar_one()
    return str(found) if found else None


def _region_ids(conn: Connection, names: list[str]) -> list[int]:
    ids = []
    for name in names:
        wanted = unicodedata.normalize("NFKC", name).strip()
        found = conn.execute(text("SELECT id FROM region WHERE name = :n"), {"n": wanted}).scalar_one_or_none()
        if found is None:
            raise InputError(msg("地域「{v}」はありません（--region）", "no region '{v}' (--region)", v=wanted))
        ids.append(int(found))
    return ids


def add_user(db: Database, login: str, role: Role, regions: list[str]) -> str | None:
    """Give `login` the role (creating the login when it does not exist) and, for a lab coordinator, their
    regions. Returns the new login's generated password, or None for an existing login."""
    _require_postgres(db)
    check_login(login)
    if role is Role.LAB and not regions:
        raise InputError(msg("ラボ担当には担当地域が必要です（--region 地域名）",
                             "A lab coordinator needs their regions (--region NAME)"))
    if role is not Role.LAB and regions:
        raise InputError(msg("担当地域（--region）はラボ担当だけに指定できます",
                             "Regions (--region) are only for lab coordinators"))
    password = None
    with db.engine.begin() as conn:
        _require_initialised(conn)
        region_ids = _region_ids(conn, regions)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).first()
        if exists is None:
            password = secrets.token_urlsafe(18)  # letters, digits, - and _ only: safe inside the literal
            conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'"))
        conn.execute(text(f'GRANT {role.group} TO "{login}"'))
        for region_id in region_ids:
            conn.execute(text("INSERT INTO team_region (login, region_id) VALUES (:l, :r) ON CONFLICT DO NOTHING"),
                         {"l": login, "r": region_id})
    return password


def list_members(db: Database) -> list[Member]:
    _require_postgres(db)
    with db.engine.connect() as conn:
        _require_initialised(conn)
        rows = conn.execute(text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:groups) ORDER BY m.rolname"),
            {"groups": [role.group for role in Role]}).all()
        regions = conn.execute(text("SELECT t.login, r.name FROM team_region t JOIN region r ON r.id = t.region_id "
                                    "ORDER BY t.login, r.name")).all()
    by_group = {role.group: role for role in Role}
    logins = sorted({str(row[0]) for row in rows})
    return [Member(login, tuple(sorted((by_group[str(g)] for m, g in rows if m == login), key=list(Role).index)),
                   tuple(str(name) for who, name in regions if who == login)) for login in logins]


def remove_user(db: Database, login: str) -> bool:
    """Take every team role and region from `login` and drop the login. Returns False when the login had to
    stay (it owns objects or holds other grants): it then has no team role left and cannot sign in."""
    _require_postgres(db)
    check_login(login)
    with db.engine.begin() as conn:
        _require_initialised(conn)
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).first() is None:
            raise InputError(msg("ログイン「{v}」はありません", "no login '{v}'", v=login))
        conn.execute(text(f'REVOKE {", ".join(role.group for role in Role)} FROM "{login}"'))
        conn.execute(text("DELETE FROM team_region WHERE login = :l"), {"l": login})
        try:
            with conn.begin_nested():
                conn.execute(text(f'DROP ROLE "{login}"'))
        except DBAPIError:  # the role owns something here or elsewhere, or holds other grants: keep it, signed out
            conn.execute(text(f'ALTER ROLE "{login}" NOLOGIN'))
            return False
    return True


def signed_in(db: Database) -> Member | None:
    """The signed-in login with its team roles and regions, or None when the database has no team (SQLite, or
    no `team init`): then nothing is limited. A superuser (the owner's own session) holds every role."""
    if db.engine.dialect.name != "postgresql":
        return None
    with db.engine.connect() as conn:
        if not _initialised(conn):
            return None
        login = str(conn.execute(text("SELECT current_user")).scalar_one())
        held = conn.execute(text("SELECT r FROM unnest(CAST(:groups AS text[])) AS r "
                                 "WHERE pg_has_role(current_user, r, 'MEMBER')"),
                            {"groups": [role.group for role in Role]}).scalars().all()
        regions = conn.execute(text("SELECT r.name FROM team_region t JOIN region r ON r.id = t.region_id "
                                    "WHERE t.login = current_user ORDER BY r.name")).scalars().all()
    return Member(login, tuple(role for role in Role if role.group in held), tuple(str(r) for r in regions))
