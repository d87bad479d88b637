"""Team roles on a real PostgreSQL server: what each login may do is refused by the database itself, through
the services and as plain SQL run by that login, and the payments audit names the login."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.db.registry import load_all_models
from colead_desktop.db.base import Base
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.team import Role, area_of
from colead_desktop.services import payment_batch, payment_records, payment_runs, programme_setup, team, tours
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.versions import change_mark
from tests.cli.run import colead
from tests.team_fixtures import LOGINS, SUFFIX, Team


def _cli(*args: str) -> tuple[int, str, str]:
    done = colead(*args)
    return done.returncode, done.stdout, done.stderr


def _refused(call: object) -> InputError:
    with pytest.raises(DBAPIError) as caught:
        call()  # type: ignore[operator]
    assert getattr(caught.value.orig, "sqlstate", None) == "42501"
    explained = explain(caught.value)
    assert explained is not None and "拒否" in str(explained)
    return explained


def test_every_table_has_an_area_decided() -> None:
    load_all_models()
    for table in Base.metadata.tables:
        area_of(table)  # InputError for a table nobody decided


def test_list_shows_each_login_with_its_role_and_regions(team_db: Team) -> None:
    owner = Database(team_db.url)
    members = {m.login: m for m in team.list_members(owner)}
    owner.dispose()
    assert members[LOGINS["lab"]].roles == (Role.LAB,) and members[LOGINS["lab"]].regions == ("北見",)
    assert members[LOGINS["accounting2"]].roles == (Role.ACCOUNTING,)
    assert team.signed_in(team_db.as_("viewer")) == team.Member(LOGINS["viewer"], (Role.VIEWER,), ())
    assert team.signed_in(team_db.as_("lab")) == team.Member(LOGINS["lab"], (Role.LAB,), ("北見",))


def test_a_viewer_reads_and_is_refused_every_write(team_db: Team) -> None:
    viewer = team_db.as_("viewer")
    talents = list_records(viewer, TalentRecord, team_db.programme_id)
    assert len(talents) == 16
    changed = replace(talents[0], phone="090-0000-0000")
    explained = _refused(lambda: save_record(viewer, changed, team_db.programme_id))
    assert "人材" in str(explained)  # names the area, never the talent
    with viewer.engine.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("UPDATE talent SET phone = '1' WHERE id = :i"), {"i": talents[0].id})


def test_the_secretariat_edits_talents_and_tours_but_only_reads_payments(team_db: Team) -> None:
    secretariat = team_db.as_("secretariat")
    talent = list_records(secretariat, TalentRecord, team_db.programme_id)[1]
    save_record(secretariat, replace(talent, data_note="連絡済み"), team_db.programme_id)
    tour = tours.load_tour(secretariat, "demo-kuwana-2021")
    tours.save_tour(secretariat, team_db.programme_id, replace(tour, title="桑名 改"))
    with secretariat.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM payment_statement")).scalar_one() == 16
    _refused(lambda: payment_records.add_work_day(secretariat, team_db.programme_id, talent.id, date(2022, 1, 7),
                                                  "support", LOGINS["secretariat"]))
    with secretariat.engine.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("UPDATE payment_statement SET net_yen = 0"))


def test_a_lab_coordinator_writes_only_their_regions_tours_and_never_sees_payments(team_db: Team) -> None:
    lab = team_db.as_("lab")
    kitami = tours.load_tour(lab, "demo-kitami-2021")
    tours.save_tour(lab, team_db.programme_id, replace(kitami, title="北見 ラボ"))
    assert tours.load_tour(lab, "demo-kitami-2021").title == "北見 ラボ"
    okinawa = tours.load_tour(lab, "demo-okinawa-2021")  # read: yes
    explained = _refused(lambda: tours.save_tour(
        lab, team_db.programme_id, replace(okinawa, title="乗っ取り")))
    assert "担当地域" in str(explained)
    with lab.engine.connect() as conn:
        for sql in ("UPDATE tour SET title = 'x' WHERE key = 'demo-kuwana-2021'",
                    "DELETE FROM tour WHERE key = 'demo-okinawa-2021'",
                    "UPDATE tour SET region_id = (SELECT id FROM region WHERE name = '沖縄') "
                    "WHERE key = 'demo-kitami-2021'",  # moving their own tour away is refused too
                    "SELECT * FROM payee", "SELECT * FROM payment_statement", "UPDATE talent SET data_note = ''"):
            with pytest.raises(DBAPIError) as caught, conn.begin():
                conn.execute(text(sql))
            assert getattr(caught.value.orig, "sqlstate", None) == "42501", sql
    owner = Database(team_db.url)
    assert tours.load_tour(owner, "demo-okinawa-2021").title == okinawa.title  # nothing changed
    owner.dispose()


def test_accounting_approves_only_what_another_login_computed_and_the_audit_names_logins(team_db: Team) -> None:
    first, second = team_db.as_("accounting"), team_db.as_("accounting2")
    talent_id = list_records(first, TalentRecord, team_db.programme_id)[2].id
    assert talent_id is not None
    payment_records.add_work_day(first, team_db.programme_id, talent_id, date(2022, 1, 14), "support",
                                 "typed name")
    [drafted] = payment_batch.draft_statements(first, team_db.programme_id, [talent_id], "typed name")
    # the typed name is ignored: the database records its own user, so the app refuses, and so does the database
    _refused(lambda: payment_batch.approve_statements(first, team_db.programme_id, [drafted["no"]],
                                                      "someone else typed"))
    with first.engine.connect() as conn:
        _refused(lambda: conn.execute(text("UPDATE payment_statement SET status = 'approved' "
                                           "WHERE statement_no = :n"), {"n": drafted["no"]}))
    payment_batch.approve_statements(second, team_db.programme_id, [drafted["no"]], LOGINS["accounting2"])
    with second.engine.connect() as conn:
        row = conn.execute(text("SELECT computed_by, approved_by FROM payment_statement WHERE statement_no = :n"),
                           {"n": drafted["no"]}).one()
        assert tuple(row) == (LOGINS["accounting"], LOGINS["accounting2"])
        who = set(conn.execute(text("SELECT DISTINCT who FROM payment_audit WHERE at >= current_date - 1 "
                                    "AND who <> ''")).scalars())
    assert "typed name" not in who and LOGINS["accounting"] in who


def test_withdrawing_a_run_keeps_its_approver_and_the_clerk_who_computed_it_may_withdraw(
        team_db: Team, tmp_path: Path) -> None:
    clerk, approver = team_db.as_("accounting"), team_db.as_("accounting2")
    talent_id = list_records(clerk, TalentRecord, team_db.programme_id)[3].id
    assert talent_id is not None
    payment_records.add_expense(clerk, team_db.programme_id, talent_id, date(2022, 1, 21), "rail", 1_230, False, "x")
    [drafted] = payment_batch.draft_statements(clerk, team_db.programme_id, [talent_id], "x")
    payment_batch.approve_statements(approver, team_db.programme_id, [drafted["no"]], LOGINS["accounting2"])
    day = next_bank_business_day(tokyo_today() + timedelta(days=7))
    run = payment_runs.create_run(approver, team_db.programme_id, day, tmp_path / "z.txt", LOGINS["accounting2"])
    assert drafted["no"] in run.statements, run.left_out
    # 取消 by the clerk who computed it: a withdrawal, not an approval, so neither refused nor restamped
    back = payment_runs.withdraw_run(clerk, team_db.programme_id, run.run_id, LOGINS["accounting"])
    assert drafted["no"] in back
    read = "SELECT status, computed_by, approved_by FROM payment_statement WHERE statement_no = :n"
    with clerk.engine.begin() as conn:
        assert tuple(conn.execute(text(read), {"n": drafted["no"]}).one()) == (
            "approved", LOGINS["accounting"], LOGINS["accounting2"])
        # nor can the clerk rename the approver with plain SQL
        conn.execute(text("UPDATE payment_statement SET approved_by = current_user WHERE statement_no = :n"),
                     {"n": drafted["no"]})
        assert conn.execute(text(read), {"n": drafted["no"]}).one()[2] == LOGINS["accounting2"]
    # approval is the only way out of draft: a draft put in a run and taken back out would skip it
    payment_records.add_expense(clerk, team_db.programme_id, talent_id, date(2022, 1, 28), "rail", 990, False, "x")
    [again] = payment_batch.draft_statements(clerk, team_db.programme_id, [talent_id], "x")
    with clerk.engine.connect() as conn:
        _refused(lambda: conn.execute(text("UPDATE payment_statement SET status = 'in_run' WHERE statement_no = :n"),
                                      {"n": again["no"]}))


def test_an_administrator_creates_and_copies_a_programme_and_edits_its_payer_accounting_may_not(
        team_db: Team) -> None:
    admin = team_db.as_("admin")
    copied = programme_setup.copy_programme(admin, team_db.programme_id, 2031, talents=True, events=True, who="x")
    setup = programme_setup.load_setup(admin, copied)
    programme_setup.update_setup(admin, copied, replace(setup, payer=replace(setup.payer, phone="03-0000-0001")), "x")
    assert programme_setup.load_setup(admin, copied).payer.phone == "03-0000-0001"
    created = programme_setup.create_programme(admin, replace(setup, name="新規", fiscal_year=2032, regions=(),
                                                              start=date(2032, 4, 1), end=date(2033, 2, 28)), "x")
    with admin.engine.connect() as conn:  # the payer setup is audited, naming the administrator
        who = set(conn.execute(text("SELECT a.who FROM payment_audit a JOIN payment_payer p ON p.id = a.entity_id "
                                    "WHERE a.entity = 'payment_payer' AND p.programme_id IN (:c, :n)"),
                               {"c": copied, "n": created}).scalars())
    assert who == {LOGINS["admin"]}
    # programme setup is the administrator's (README's roles table): accounting writes the payer, not programmes
    explained = _refused(lambda: programme_setup.copy_programme(team_db.as_("accounting"), team_db.programme_id,
                                                                2033, talents=False, events=False, who="x"))
    assert "プログラム設定" in str(explained)


def test_every_login_reads_the_change_mark_and_sees_it_move(team_db: Team) -> None:
    """A lab coordinator reads no payments: their window's mark leaves those tables out instead of being refused
    whole (then it never moved, and their pages never followed anyone's changes)."""
    lab, clerk = team_db.as_("lab"), team_db.as_("accounting")
    marks = {lab: change_mark(lab), clerk: change_mark(clerk)}
    kitami = tours.load_tour(lab, "demo-kitami-2021")
    tours.save_tour(lab, team_db.programme_id, replace(kitami, title=kitami.title + "（変更）"))
    assert change_mark(lab) != marks[lab] and change_mark(clerk) != marks[clerk]
    marks = {lab: change_mark(lab), clerk: change_mark(clerk)}
    talent_id = list_records(clerk, TalentRecord, team_db.programme_id)[5].id
    assert talent_id is not None
    payment_records.add_expense(clerk, team_db.programme_id, talent_id, date(2022, 1, 24), "rail", 640, False, "x")
    assert change_mark(clerk) != marks[clerk] and change_mark(lab) == marks[lab]  # the lab sees no payments


def test_cli_team_commands(team_db: Team) -> None:
    login = f"new_{SUFFIX}"
    code, out, err = _cli("--db", team_db.url, "team", "add-user", login, "--role", "lab", "--region", "桑名")
    assert code == 0, err
    added = json.loads(out)
    assert added["role"] == "lab" and len(added["password"]) >= 20
    code, out, err = _cli("--db", team_db.url, "team", "add-user", login, "--role", "viewer")
    assert code == 0 and "password" not in json.loads(out)  # an existing login: no new password
    code, out, _ = _cli("--db", team_db.url, "team", "list")
    listed = {m["login"]: m for m in json.loads(out)}
    assert listed[login] == {"login": login, "roles": ["lab", "viewer"], "regions": ["桑名"]}
    code, out, _ = _cli("--db", team_db.url, "team", "remove", login)
    assert code == 0 and json.loads(out) == {"login": login, "dropped": True}
    code, out, _ = _cli("--db", team_db.url, "team", "list")
    assert login not in {m["login"] for m in json.loads(out)}


@pytest.mark.parametrize("args, named", [
    (("team", "add-user", "Bad-Name", "--role", "viewer"), "Bad-Name"),
    (("team", "add-user", "someone", "--role", "lab"), "--region"),
    (("team", "add-user", "someone", "--role", "lab", "--region", "札幌"), "札幌"),
    (("team", "remove", "nobody_here"), "nobody_here"),
])
def test_cli_team_bad_input_exits_2_naming_it(team_db: Team, args: tuple[str, ...], named: str) -> None:
    code, out, err = _cli("--db", team_db.url, *args)
    assert (code, out) == (2, "") and named in err


def test_cli_team_on_sqlite_says_it_needs_postgresql(db: Database) -> None:
    code, out, err = _cli("team", "init")
    assert (code, out) == (2, "") and "PostgreSQL" in err
