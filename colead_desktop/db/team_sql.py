"""The PostgreSQL statements that make domain/team.py's rule the database's own: group roles, GRANTs per
table, row-level security for lab coordinators, and triggers that write who did it (current_user).

Every statement can run again: roles are created only when missing, grants are revoked before they are
given (so a narrowed rule narrows the database too), policies, functions and triggers are replaced.
"""

from __future__ import annotations

from colead_desktop.domain.offline import HELD_TABLES, INSERT_SCOPES
from colead_desktop.domain.team import (APPENDED_BY, AREA_ROWS, COLUMN_AREAS, REGION_ROWS, WHO_COLUMNS, WRITES, Role,
                                        area_of, may_read, readable_areas)

# Two people per payment: the login that computed a draft is not the one that approves it, unless the programme's
# policy allows one person (single_approver of its first programme-wide row, the row the app's rule reads:
# payment_policy_store.two_people_required). Only a draft becoming approved is an approval, and a draft leaves
# draft in no other way (else draft → in_run → approved would skip it). A statement back to approved from a later
# status (a withdrawn run, 取消) was approved before: it keeps its approver and computer, whoever withdraws it, as
# it does through any other change after approval.
STATEMENT_PEOPLE = """CREATE OR REPLACE FUNCTION colead_statement_people() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status = 'draft' THEN NEW.computed_by := current_user; END IF;
          IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status = 'draft') THEN
            IF NEW.computed_by = current_user AND (SELECT single_approver FROM payment_policy
                  WHERE programme_id = NEW.programme_id AND region_id IS NULL ORDER BY id LIMIT 1) IS NOT TRUE THEN
              RAISE EXCEPTION 'colead: a statement is approved by someone other than who computed it'
                USING ERRCODE = '42501';
            END IF;
            NEW.approved_by := current_user;
          ELSIF TG_OP = 'UPDATE' AND OLD.status = 'draft' AND NEW.status <> 'draft' THEN
            RAISE EXCEPTION 'colead: a draft statement is approved before anything else' USING ERRCODE = '42501';
          ELSIF TG_OP = 'UPDATE' AND NEW.status <> 'draft' THEN
            NEW.approved_by := OLD.approved_by;
            NEW.computed_by := OLD.computed_by;
          END IF;
          RETURN NEW;
        END $$"""

_FUNCTIONS = [
    # A member of the lab role and of neither admin nor secretariat writes only their regions' rows. A
    # superuser is a member of every role, so the database owner's own sessions are never limited.
    f"""CREATE OR REPLACE FUNCTION colead_region_limited() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(current_user, '{Role.LAB.group}', 'MEMBER')
           AND NOT pg_has_role(current_user, '{Role.ADMIN.group}', 'MEMBER')
           AND NOT pg_has_role(current_user, '{Role.SECRETARIAT.group}', 'MEMBER') $$""",
    """CREATE OR REPLACE FUNCTION colead_writes_region(region integer) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT colead_region_limited()
            OR EXISTS (SELECT 1 FROM team_region WHERE login = current_user AND region_id = region) $$""",
    # RLS checks the new row (WITH CHECK); this checks the row being changed or deleted, and says so with
    # an error instead of the silent "0 rows" a USING clause would give.
    """CREATE OR REPLACE FUNCTION colead_region_old_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT colead_writes_region(OLD.region_id) THEN
            RAISE EXCEPTION 'colead: the row belongs to another region' USING ERRCODE = '42501';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$""",
    """CREATE OR REPLACE FUNCTION colead_stamp_who() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], current_user::text));
          RETURN NEW;
        END $$""",
    STATEMENT_PEOPLE,
]


# Offline holds (domain/offline.py): a record checked out by one login is read-only for every other login,
# whatever program sends the SQL. A hold ends by its holder's check-in, or by a 管理者 once it has expired.
_HOLD_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION colead_hold_of(tbl text, record integer) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT h.login || ' until ' || h.until FROM offline_hold_record r JOIN offline_hold h ON h.id = r.hold_id
         WHERE r.table_name = tbl AND r.record_id = record AND h.outcome IS NULL AND h.login <> current_user
         LIMIT 1 $$""",
    """CREATE OR REPLACE FUNCTION colead_scope_hold(kind text, scope integer) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT login || ' until ' || until FROM offline_hold
         WHERE scope_kind = kind AND scope_id = scope AND outcome IS NULL AND login <> current_user LIMIT 1 $$""",
    # TG_ARGV: the column naming the scope a new row joins and the scope's kind (none for a table only held).
    """CREATE OR REPLACE FUNCTION colead_held_row() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE held text;
        BEGIN
          IF TG_OP <> 'INSERT' THEN
            held := colead_hold_of(TG_TABLE_NAME, OLD.id);
          END IF;
          IF held IS NULL AND TG_OP <> 'DELETE' AND TG_NARGS = 2 THEN
            held := colead_scope_hold(TG_ARGV[1], (to_jsonb(NEW) ->> TG_ARGV[0])::integer);
          END IF;
          IF held IS NOT NULL THEN
            RAISE EXCEPTION 'colead: checked out offline by %', held USING ERRCODE = '42501';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$""",
    # Only the holder ends a hold (its check-in), or a 管理者 once its last day has passed; nothing else of it
    # changes, and holds are kept as the record of who had what.
    f"""CREATE OR REPLACE FUNCTION colead_hold_end() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' OR OLD.outcome IS NOT NULL THEN
            RAISE EXCEPTION 'colead: an ended hold is kept as it is' USING ERRCODE = '42501';
          END IF;
          IF OLD.login <> current_user THEN
            IF NOT pg_has_role(current_user, '{Role.ADMIN.group}', 'MEMBER') THEN
              RAISE EXCEPTION 'colead: only an administrator releases another login''s hold' USING ERRCODE = '42501';
            END IF;
            IF OLD.until >= (now() AT TIME ZONE 'Asia/Tokyo')::date THEN
              RAISE EXCEPTION 'colead: the hold has not expired yet' USING ERRCODE = '42501';
            END IF;
          END IF;
          NEW := jsonb_populate_record(OLD, jsonb_build_object('outcome', NEW.outcome, 'ended_at', NEW.ended_at,
                                                               'ended_by', current_user::text));
          RETURN NEW;
        END $$""",
    # A hold's records are listed by its holder while it is open, and never changed afterwards.
    """CREATE OR REPLACE FUNCTION colead_hold_records() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'INSERT' OR NOT EXISTS (SELECT 1 FROM offline_hold WHERE id = NEW.hold_id
                                              AND login = current_user AND outcome IS NULL) THEN
            RAISE EXCEPTION 'colead: a hold''s records are listed once, by its holder' USING ERRCODE = '42501';
          END IF;
          RETURN NEW;
        END $$""",
]


def hold_triggers() -> list[str]:
    statements = []
    for table in HELD_TABLES:
        scope = INSERT_SCOPES.get(table)
        arguments = f"'{scope[0]}', '{scope[1].value}'" if scope else ""
        statements += [f'DROP TRIGGER IF EXISTS colead_held_row ON "{table}"',
                       f'CREATE TRIGGER colead_held_row BEFORE INSERT OR UPDATE OR DELETE ON "{table}" '
                       f"FOR EACH ROW EXECUTE FUNCTION colead_held_row({arguments})"]
    return [*statements,
            'DROP TRIGGER IF EXISTS colead_hold_end ON "offline_hold"',
            'CREATE TRIGGER colead_hold_end BEFORE UPDATE OR DELETE ON "offline_hold" '
            "FOR EACH ROW EXECUTE FUNCTION colead_hold_end()",
            'DROP TRIGGER IF EXISTS colead_hold_records ON "offline_hold_record"',
            'CREATE TRIGGER colead_hold_records BEFORE INSERT OR UPDATE OR DELETE ON "offline_hold_record" '
            "FOR EACH ROW EXECUTE FUNCTION colead_hold_records()"]


def create_groups() -> list[str]:
    return [f"""DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role.group}') THEN
                    CREATE ROLE {role.group} NOLOGIN;
                  END IF;
                END $$""" for role in Role]


def grants(table: str, sequence: str | None) -> list[str]:
    """Who reads and writes `table` (and the sequence behind its id), after taking every grant back."""
    area = area_of(table)
    groups = ", ".join(role.group for role in Role)
    statements = [f'REVOKE ALL ON "{table}" FROM PUBLIC, {groups}']
    if sequence:
        statements.append(f"REVOKE ALL ON SEQUENCE {sequence} FROM PUBLIC, {groups}")
    for role in Role:
        writes = area in WRITES[role]
        if writes or may_read(frozenset({role}), area):
            statements.append(f'GRANT SELECT ON "{table}" TO {role.group}')
        appends = not writes and bool(WRITES[role] & APPENDED_BY.get(table, frozenset()))
        if writes or appends:
            changes = "INSERT" if appends or table in AREA_ROWS else "INSERT, UPDATE, DELETE"
            statements.append(f'GRANT {changes} ON "{table}" TO {role.group}')
            if sequence:
                statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {role.group}")
        elif table in COLUMN_AREAS and COLUMN_AREAS[table][0] in WRITES[role]:
            columns = ", ".join(COLUMN_AREAS[table][1])  # the table's REVOKE ALL above takes these back too
            statements.append(f'GRANT UPDATE ({columns}) ON "{table}" TO {role.group}')
    return statements


def region_rows(table: str) -> list[str]:
    unlimited = ", ".join(role.group for role in Role if role is not Role.LAB)
    return [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS colead_everyone ON "{table}"',
            f'CREATE POLICY colead_everyone ON "{table}" TO {unlimited} USING (true) WITH CHECK (true)',
            f'DROP POLICY IF EXISTS colead_lab ON "{table}"',
            f'CREATE POLICY colead_lab ON "{table}" TO {Role.LAB.group} USING (true) '
            f"WITH CHECK (colead_writes_region(region_id))",
            f'DROP TRIGGER IF EXISTS colead_region_old_row ON "{table}"',
            f'CREATE TRIGGER colead_region_old_row BEFORE UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION colead_region_old_row()"]


def area_rows(table: str) -> list[str]:
    """Each role sees, and adds, only the rows whose `area` is one it reads: a lab coordinator's SELECT finds
    no receipt, whatever SQL it sends."""
    statements = [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY']
    for role in Role:
        areas = ", ".join(f"'{area.value}'" for area in readable_areas(frozenset({role})))
        statements += [f'DROP POLICY IF EXISTS colead_{role.value} ON "{table}"',
                       f'CREATE POLICY colead_{role.value} ON "{table}" TO {role.group} '
                       f"USING (area IN ({areas})) WITH CHECK (area IN ({areas}))"]
    return statements


def who_triggers() -> list[str]:
    statements = []
    for table, column in WHO_COLUMNS:
        statements += [f'DROP TRIGGER IF EXISTS colead_who ON "{table}"',
                       f'CREATE TRIGGER colead_who BEFORE INSERT ON "{table}" FOR EACH ROW '
                       f"EXECUTE FUNCTION colead_stamp_who('{column}')"]
    return [*statements,
            'DROP TRIGGER IF EXISTS colead_statement_people ON "payment_statement"',
            'CREATE TRIGGER colead_statement_people BEFORE INSERT OR UPDATE ON "payment_statement" '
            "FOR EACH ROW EXECUTE FUNCTION colead_statement_people()"]


def setup(tables: dict[str, str | None]) -> list[str]:
    """Everything `colead team init` runs, for `tables` (name → the sequence behind its id, if any)."""
    statements = [*create_groups(),
                  f"GRANT USAGE ON SCHEMA public TO {', '.join(role.group for role in Role)}",
                  *_FUNCTIONS, *_HOLD_FUNCTIONS]
    for table, sequence in sorted(tables.items()):
        statements += grants(table, sequence)
    for table in REGION_ROWS:
        statements += region_rows(table)
    for table in AREA_ROWS:
        statements += area_rows(table)
    return statements + who_triggers() + hold_triggers()

