"""An applicant who withdraws after matching, on a fresh programme, on SQLite and PostgreSQL (review 14b items 1, 2
and 13): deleting the talent is refused while a pair holds them (pairs and their history are never deleted); a
辞退 decision is never made a participant again, nor is a talent deleted on purpose; the withdrawal gets a
confirmation, not a rejection; letters already written are not rewritten; mail_merge.csv has no reason."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.matching import PairStatus
from colead_desktop.domain.records import CompanyRecord, RegionRecord, TalentRecord
from colead_desktop.domain.selection import Decision
from colead_desktop.services import matching
from colead_desktop.services.applications import applications, import_applications, set_skills
from colead_desktop.services.calls import calls
from colead_desktop.services.delete_guard import Hold, KeptRecord
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import get_record, list_records, save_record
from colead_desktop.services.selection import MAIL_MERGE, decide, make_participants, write_letters
from colead_desktop.services.talent_archive import set_archived
from tests.application_files import ON_TIME, TIED, write_csv
from tests.programmes import new_programme

WHO = "事務局 テスト"


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_withdrawn_matched_talent_keeps_the_pair_and_is_not_made_again(any_db: Database, tmp_path: Path) -> None:
    programme = new_programme(any_db)
    region = save_record(any_db, RegionRecord(None, "北見"), programme)
    company = save_record(any_db, CompanyRecord(None, region.id, "北見精工"))
    talent_call = calls(any_db, programme)[1].id or 0
    import_applications(any_db, talent_call, write_csv(tmp_path / "a.csv", [ON_TIME, TIED]))
    taro, ichiro = (a.id for a in applications(any_db, talent_call))
    for application in (taro, ichiro):
        set_skills(any_db, application, ["engineer"])
        decide(any_db, application, Decision.SELECTED, "総合点上位", "委員長")
    first = write_letters(any_db, talent_call, tmp_path / "letters")
    assert len(first.files) == 3 and first.skipped == []
    made = make_participants(any_db, talent_call).made
    taro_talent = made[0]
    assert company.id is not None
    matching.set_company(any_db, programme, company.id, 1, ["engineer"])
    matching.set_talent_wishes(any_db, programme, taro_talent, [company.id])
    pair = matching.add_pair(any_db, programme, taro_talent, company.id, WHO, "面談で合意")
    matching.move_pair(any_db, pair, PairStatus.AGREED, WHO)

    record = get_record(any_db, TalentRecord, taro_talent, programme)
    with pytest.raises(KeptRecord, match="マッチングのペアがあるため削除できません") as refused:
        delete_record(any_db, record, WHO)
    assert refused.value.keeps.hold is Hold.PAIRS
    assert "北見精工" in str(refused.value) and "合意" in str(refused.value) and "解消" in str(refused.value)
    (kept,) = matching.pairs(any_db, programme)
    assert kept["status"] == "agreed" and len(kept["log"]) == 2

    matching.move_pair(any_db, pair, PairStatus.DISSOLVED, WHO, "本人より辞退の申し出")
    with pytest.raises(KeptRecord):  # dissolved pairs are history too
        delete_record(any_db, record, WHO)
    set_archived(any_db, taro_talent, True, WHO)
    decide(any_db, taro, Decision.WITHDRAWN, "本人より辞退の申し出", "事務局")

    again = make_participants(any_db, talent_call)
    assert again.made == [] and again.skipped == []  # she is still there, archived: nobody made again
    assert get_record(any_db, TalentRecord, taro_talent, programme).name == "山田 太郎"

    second = write_letters(any_db, talent_call, tmp_path / "letters")
    assert second.skipped == [ichiro]  # his letter told 採択 already: not rewritten
    assert [p.name for p in second.files] == [f"{taro:04d}_辞退の受付.pdf", MAIL_MERGE]
    confirmation = _pdf_text(second.files[0])
    assert "辞退" in confirmation and "見送" not in confirmation and "審査結果" not in confirmation
    with (tmp_path / "letters" / MAIL_MERGE).open(encoding="utf-8-sig") as sheet:
        rows = list(csv.DictReader(sheet))
    assert [(r["application_id"], r["decision_label"]) for r in rows] == [(str(taro), "辞退")]
    assert "reason" not in rows[0] and "本人より" not in (tmp_path / "letters" / MAIL_MERGE).read_text("utf-8-sig")
    assert write_letters(any_db, talent_call, tmp_path / "letters").files == []
    assert len(write_letters(any_db, talent_call, tmp_path / "letters", redo=True).files) == 3


def test_a_talent_deleted_on_purpose_or_withdrawn_is_not_made_again(any_db: Database, tmp_path: Path) -> None:
    programme = new_programme(any_db)
    talent_call = calls(any_db, programme)[1].id or 0
    import_applications(any_db, talent_call, write_csv(tmp_path / "a.csv", [ON_TIME, TIED]))
    taro, ichiro = (a.id for a in applications(any_db, talent_call))
    set_skills(any_db, taro, ["engineer"])
    decide(any_db, taro, Decision.SELECTED, "総合点1位", "委員長")
    decide(any_db, ichiro, Decision.WITHDRAWN, "応募後に辞退", "事務局")
    done = make_participants(any_db, talent_call)
    assert len(done.made) == 1 and done.skipped == [(ichiro, "辞退")]
    delete_record(any_db, get_record(any_db, TalentRecord, done.made[0], programme), WHO)  # selected by mistake

    again = make_participants(any_db, talent_call)
    assert again.made == [] and again.skipped == [(taro, "参加者にした後で削除されています"), (ichiro, "辞退")]
    assert list_records(any_db, TalentRecord, programme) == []


def test_a_talent_is_made_with_the_career_employment_and_region_the_form_gave(any_db: Database,
                                                                            tmp_path: Path) -> None:
    programme = new_programme(any_db)
    kitami = save_record(any_db, RegionRecord(None, "Kitami"), programme)
    talent_call = calls(any_db, programme)[1].id or 0
    form = tmp_path / "form.csv"
    form.write_text("氏名,メールアドレス,スキルタイプ,キャリア,雇用形態,希望地域\n"
                    "山田 太郎,taro@example.jp,エンジニア・オペレータ,シニア,フリーランス,ＫＩＴＡＭＩ\n"
                    "鈴木 一郎,ichiro@example.jp,データサイエンティスト,,,kitami\n"
                    "佐藤 花子,hanako@example.jp,UI/UXデザイナー,若手,,桑名\n", "utf-8")
    import_applications(any_db, talent_call, form)
    applied = applications(any_db, talent_call)
    assert [a.profile for a in applied] == [
        {"career_stage": "senior", "employment": "freelance", "region": "KITAMI"}, {"region": "kitami"},
        {"career_stage": "junior", "region": "桑名"}]
    for application in applied:
        decide(any_db, application.id, Decision.SELECTED, "採択", "委員長")
    done = make_participants(any_db, talent_call)
    assert done.unknown_regions == [(applied[2].id, "桑名")]
    made = {t.name: t for t in list_records(any_db, TalentRecord, programme)}
    assert [(made[n].career_stage, made[n].employment, made[n].region_preferences)
            for n in ("山田 太郎", "鈴木 一郎", "佐藤 花子")] == [
        ("senior", "freelance", (kitami.id,)), ("middle", "employee", (kitami.id,)), ("junior", "employee", ())]
