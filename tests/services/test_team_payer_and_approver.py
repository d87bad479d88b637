"""The payment setup on a team database behaves as on SQLite: accounting renames the payer (支払者の名称) of a
fresh programme and of its next year's copy, the secretariat may not; and the policy's one-approver setting
decides self-approval on both databases alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services import payment_batch, payment_records, programme_setup
from colead_desktop.services import payment_policy as policy
from colead_desktop.services.demo import load_demo
from colead_desktop.services.programme_settings_step import programme_settings, replace_settings
from colead_desktop.services.records import list_records
from tests.team_fixtures import LOGINS, Team


def _fresh(admin: Database, source_id: int, year: int) -> int:
    """A programme created from a setup (as `colead programme create` does), with the source's regions."""
    setup = programme_setup.load_setup(admin, source_id)
    return programme_setup.create_programme(admin, replace(
        setup, name=f"新規 {year}", fiscal_year=year, start=date(year, 4, 1),
        end=date(year + 1, 3, 31)), "x")


def _rename_payer(db: Database, programme_id: int, name: str) -> None:
    """プログラム設定's OK with only the payer's name changed (the dialog's own call)."""
    stored = programme_settings(db, programme_id)
    wanted = replace(stored, setup=replace(stored.setup, payer=replace(stored.setup.payer, name=name)))
    replace_settings(db, programme_id, stored, wanted, "x")


def _payer_names(db: Database, programme_id: int) -> tuple[str, str]:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(  # type: ignore[return-value]
            "SELECT p.secretariat, y.name FROM programme p JOIN payment_payer y ON y.programme_id = p.id "
            "WHERE p.id = :p"), {"p": programme_id}).one())


def test_accounting_renames_the_payer_of_a_fresh_programme_and_its_copy_the_secretariat_may_not(
        team_db: Team) -> None:
    admin, clerk, secretariat = team_db.as_("admin"), team_db.as_("accounting"), team_db.as_("secretariat")
    fresh = _fresh(admin, team_db.programme_id, 2040)
    _rename_payer(clerk, fresh, "一般社団法人 新支払者")
    assert _payer_names(clerk, fresh) == ("一般社団法人 新支払者", "一般社団法人 新支払者")
    copied = programme_setup.copy_programme(admin, fresh, 2041, talents=False, events=False, who="x")
    assert _payer_names(clerk, copied) == ("一般社団法人 新支払者", "一般社団法人 新支払者")
    _rename_payer(clerk, copied, "一般社団法人 次年度支払者")
    assert _payer_names(clerk, copied) == ("一般社団法人 次年度支払者", "一般社団法人 次年度支払者")
    # only the payer's copy: the programme's own setup stays the administrator's
    with clerk.engine.connect() as conn, pytest.raises(DBAPIError) as caught:
        conn.execute(text("UPDATE programme SET name = 'x' WHERE id = :p"), {"p": copied})
    assert getattr(caught.value.orig, "sqlstate", None) == "42501"
    with pytest.raises(DBAPIError) as caught:
        _rename_payer(secretariat, copied, "事務局が変えた名前")
    assert getattr(caught.value.orig, "sqlstate", None) == "42501"
    assert _payer_names(clerk, copied) == ("一般社団法人 次年度支払者", "一般社団法人 次年度支払者")


def _self_approval(db: Database, programme_id: int, who: str) -> str:
    """One clerk computes a draft of the programme's first talent and approves it: refused while the policy wants
    two people, allowed once it allows one. The refusal's text, with the statement's number taken out."""
    talent_id = list_records(db, TalentRecord, programme_id)[0].id
    assert talent_id is not None
    payment_records.add_work_day(db, programme_id, talent_id, date(2042, 6, 3), "support", who)
    [drafted] = payment_batch.draft_statements(db, programme_id, [talent_id], who)
    with pytest.raises(InputError) as refused:
        payment_batch.approve_statements(db, programme_id, [drafted["no"]], who)
    book = policy.load_policies(db, programme_id)
    policy.save_policies(db, who, replace(book, single_approver=True))
    [approved] = payment_batch.approve_statements(db, programme_id, [drafted["no"]], who)
    assert approved.computed_by == approved.approved_by == who and approved.single_approval
    return str(refused.value).replace(drafted["no"], "NO").replace(who, "WHO")


def test_one_clerk_approves_what_they_computed_only_where_the_policy_allows_it_on_both_databases(
        db: Database, team_db: Team) -> None:
    demo_id = load_demo(db)
    assert demo_id is not None
    on_sqlite = _self_approval(db, programme_setup.copy_programme(db, demo_id, 2042, talents=True, events=False,
                                                                  who="経理 一郎"), "経理 一郎")
    copied = programme_setup.copy_programme(team_db.as_("admin"), team_db.programme_id, 2042, talents=True,
                                            events=False, who="x")
    on_team = _self_approval(team_db.as_("accounting"), copied, LOGINS["accounting"])
    assert on_team == on_sqlite == ("明細書 NO は WHO が作成したため、WHO 以外の人が承認してください"
                                    "（一人で承認する設定は「支給方針」で変更できます）")
