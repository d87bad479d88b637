"""Selection on a fresh programme, on SQLite and PostgreSQL: decisions with reason, who and when and a log of
each change; letters (pdftotext) and the mail-merge sheet; selected talents and regions made participants once."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.domain.selection import Decision
from colead_desktop.services.applications import applications, import_applications, set_skills
from colead_desktop.services.calls import calls
from colead_desktop.services.records import list_records
from colead_desktop.services.selection import (MAIL_MERGE, decide, decision_log, decisions, make_participants,
                                               write_letters)
from tests.application_files import LATE_UNMET, ON_TIME, TIED, write_csv
from tests.programmes import new_programme


def test_decide_notify_and_make_talents(any_db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(any_db)
    talent_call = calls(any_db, programme_id)[1].id or 0
    import_applications(any_db, talent_call, write_csv(tmp_path / "a.csv", [ON_TIME, LATE_UNMET, TIED]))
    taro, hanako, ichiro = (a.id for a in applications(any_db, talent_call))
    with pytest.raises(InputError):
        decide(any_db, taro, Decision.SELECTED, " ", "委員長")  # a reason is required
    decide(any_db, taro, Decision.SELECTED, "総合点1位", "委員長")
    decide(any_db, hanako, Decision.REJECTED, "条件③未達", "事務局")
    decide(any_db, hanako, Decision.RESERVE, "委員会で再検討", "委員長")
    decide(any_db, hanako, Decision.RESERVE, "委員会で再検討", "委員長")  # the same again: no change
    decide(any_db, ichiro, Decision.SELECTED, "同点2位", "委員長")
    assert [(e["from"], e["to"], e["who"]) for e in decision_log(any_db, hanako)] == [
        (None, "rejected", "事務局"), ("rejected", "reserve", "委員長")]
    assert decisions(any_db, talent_call)[hanako].decision is Decision.RESERVE

    files = write_letters(any_db, talent_call, tmp_path / "letters").files
    assert len(files) == 4 and (tmp_path / "letters" / MAIL_MERGE).stat().st_mode & 0o077 == 0
    text = subprocess.run(["pdftotext", str(files[1]), "-"], capture_output=True, text=True, check=True).stdout
    assert "選定のご連絡" in text and "SATO 花子 様" in text and "補欠" in text and "再検討" not in text
    with (tmp_path / "letters" / MAIL_MERGE).open(encoding="utf-8-sig") as sheet:
        rows = list(csv.DictReader(sheet))
    assert [(r["email"], r["decision_label"]) for r in rows] == [
        ("taro@example.jp", "採択"), ("hanako@example.jp", "補欠"), ("ichiro@example.jp", "採択")]

    with pytest.raises(InputError, match=f"{taro}, {ichiro}"):
        make_participants(any_db, talent_call)  # the form had no skill column
    set_skills(any_db, taro, ["エンジニア・オペレータ"])
    set_skills(any_db, ichiro, ["data_scientist", "UI/UXデザイナー"])
    assert len(make_participants(any_db, talent_call).made) == 2
    assert make_participants(any_db, talent_call).made == []  # once each
    talents = list_records(any_db, TalentRecord, programme_id)
    assert sorted((t.name, t.skills) for t in talents) == [("山田 太郎", ("engineer",)),
                                                          ("鈴木 一郎", ("data_scientist", "ux_designer"))]


def test_selected_regions_become_the_programmes_regions(any_db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(any_db)
    region_call = calls(any_db, programme_id)[0].id or 0
    header = "地域名,質問1,質問3,質問10\n"
    path = tmp_path / "regions.csv"
    path.write_text(header + "北見市 IoT推進ラボ,農業の担い手不足,流氷と玉ねぎ,2019年にハッカソン\n沖縄県,観光,海,\n",
                    "utf-8")
    import_applications(any_db, region_call, path)
    kitami, okinawa = (a.id for a in applications(any_db, region_call))
    decide(any_db, kitami, Decision.SELECTED, "全観点で高評価", "委員長")
    decide(any_db, okinawa, Decision.RESERVE, "拠点会場が未定", "委員長")
    assert len(make_participants(any_db, region_call).made) == 1
    (region,) = list_records(any_db, RegionRecord, programme_id)
    assert (region.name, region.lab_name, region.issues, region.attractions, region.past_initiatives) == (
        "北見市 IoT推進ラボ", "北見市 IoT推進ラボ", "農業の担い手不足", "流氷と玉ねぎ", "2019年にハッカソン")
