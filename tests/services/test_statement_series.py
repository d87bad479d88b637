"""Two programmes of one payer and fiscal year (北見 and 桑名 tracks) made fresh: their statements' numbers, and so
the statements' file names, the 全銀 files' customer codes and the payer's 支払調書 list, never repeat, a
correction included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.reports.statement_pdf import file_name
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.tax_documents import payer_payments
from tests.programmes import new_programme
from tests.services.payments_fixtures import approved, corrected, fee_bearing_talents, pay, set_payer

RUN_DAY = date(2021, 12, 1)


def test_two_tracks_of_one_payer_number_in_one_series(db: Database, tmp_path: Path) -> None:
    tracks = [new_programme(db, name, fiscal_year=2021) for name in ("令和3年度 北見トラック", "令和3年度 桑名トラック")]
    paid = []
    for programme_id in tracks:
        set_payer(db, programme_id)
        [talent] = fee_bearing_talents(db, programme_id, 1)
        statement_id = approved(db, programme_id, talent)
        paid.append((programme_id, talent, statement_id))
    for programme_id, _, statement_id in paid:
        pay(db, programme_id, [statement_id], RUN_DAY, tmp_path / "runs")
    codes = [t.customer_codes[0] for programme_id in tracks for run in runs.list_runs(db, programme_id)
             for t in run.transfers]
    assert codes == ["20210001", "20210002"]  # the bank's results of the payer's two files tell them apart

    kitami, talent, first = paid[0]
    correction = corrected(db, kitami, first, talent, 38_000)  # one step later: the 北見 statement corrected
    assert statements.statement(db, correction).statement_no == "2021-0003"
    payer_list = payer_payments(db, kitami).statements  # the payer's 支払調書 gathers both tracks
    assert sorted(st.statement_no for st in payer_list) == ["2021-0001", "2021-0002"]
    issued = [st for programme_id in tracks for st in statements.issued_statements(db, programme_id)]
    names = [file_name(st) for st in issued]
    assert len(set(names)) == len(names) == 3  # one folder holds every track's PDFs without overwriting one
