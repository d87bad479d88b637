"""Issue 19's whole flow on one fresh programme, on SQLite and PostgreSQL: a region applies and is selected; three
talents apply from a web-form export, two reviewers score them through review workbooks, the ranking picks, the
letters are written, the selected become participants; their wishes are matched, the pair moves on, and a work day
warns until the pair's NDA is signed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.contracts import Contract, ContractKind
from colead_desktop.domain.matching import PairStatus
from colead_desktop.domain.records import CompanyRecord, RegionRecord, TalentRecord
from colead_desktop.domain.selection import Decision
from colead_desktop.services import contracts, matching
from colead_desktop.services import payment_records as records
from colead_desktop.services.applications import applications, import_applications, set_skills
from colead_desktop.services.calls import calls
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.screening import add_reviewer, assign, export_reviews, import_reviews, screening
from colead_desktop.services.selection import decide, make_participants, write_letters
from tests.application_files import LATE_UNMET, ON_TIME, TIED, fill, write_csv
from tests.programmes import new_programme


WHO = "事務局 テスト"


def test_from_call_to_contract(any_db: Database, tmp_path: Path) -> None:
    programme = new_programme(any_db)
    region_call, talent_call = (c.id or 0 for c in calls(any_db, programme))

    regions = tmp_path / "regions.csv"
    regions.write_text("地域名,質問1\n北見市 IoT推進ラボ,農業の担い手不足\n", "utf-8")
    import_applications(any_db, region_call, regions)
    (kitami_application,) = (a.id for a in applications(any_db, region_call))
    decide(any_db, kitami_application, Decision.SELECTED, "全観点で高評価", "委員長")
    make_participants(any_db, region_call)
    (region,) = list_records(any_db, RegionRecord, programme)
    company = save_record(any_db, CompanyRecord(None, region.id, "北見精工"))
    assert company.id is not None

    import_applications(any_db, talent_call, write_csv(tmp_path / "talents.csv", [ON_TIME, LATE_UNMET, TIED]))
    taro, hanako, ichiro = (a.id for a in applications(any_db, talent_call))
    for name, scores in (("委員 A", {taro: 4, hanako: 2, ichiro: 3}), ("委員 B", {taro: 4, hanako: 1, ichiro: 2})):
        reviewer = add_reviewer(any_db, talent_call, name)
        assign(any_db, reviewer)
        workbook = export_reviews(any_db, reviewer, tmp_path / f"{name}.xlsx")
        fill(workbook, scores)
        import_reviews(any_db, workbook)
    ranked = {r.applicant.application_id: r.rank for r in screening(any_db, talent_call).ranked}
    assert ranked == {taro: 1, ichiro: 2, hanako: 3}
    decide(any_db, taro, Decision.SELECTED, "総合点1位", "委員長")
    decide(any_db, ichiro, Decision.RESERVE, "総合点2位", "委員長")
    decide(any_db, hanako, Decision.REJECTED, "条件③未達", "委員長")
    letters = write_letters(any_db, talent_call, tmp_path / "letters").files
    first = subprocess.run(["pdftotext", str(letters[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "選定のご連絡" in first and "山田 太郎" in first
    set_skills(any_db, taro, ["エンジニア・オペレータ"])
    make_participants(any_db, talent_call)
    (talent,) = list_records(any_db, TalentRecord, programme)
    assert talent.id is not None and talent.name == "山田 太郎"

    matching.set_company(any_db, programme, company.id, 1, ["engineer"])
    matching.set_talent_wishes(any_db, programme, talent.id, [company.id])
    (pair_id,) = matching.propose(any_db, programme, WHO)
    for status in (PairStatus.EXCHANGE, PairStatus.AGREED, PairStatus.NDA, PairStatus.ACTIVE):
        matching.move_pair(any_db, pair_id, status, WHO)

    records.add_work_day(any_db, programme, talent.id, date(2026, 12, 10), "support", WHO, company_id=company.id)
    (work,) = records.work_days(any_db, programme, talent.id)
    assert work.warning  # no NDA yet
    contracts.save_contract(any_db, Contract(None, pair_id, ContractKind.NDA, signed_on=date(2026, 12, 1),
                                             signatories="甲 山田 太郎 / 乙 北見精工"))
    assert records.work_days(any_db, programme, talent.id)[0].warning == ""
