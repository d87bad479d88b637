"""The review 14b flow from the command line on a fresh programme: a talent with a pair is not deleted (exit 2,
naming the pair and what to do), a 辞退 decision gets a confirmation letter while the letters already written are
skipped and named, and make-participants says whom it leaves out and why."""

from __future__ import annotations

import json
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import CompanyRecord, RegionRecord
from colead_desktop.services import matching
from colead_desktop.services.records import save_record
from tests.application_files import ON_TIME, TIED, write_csv
from tests.cli.run import colead
from tests.programmes import new_programme


def test_withdrawal_from_the_command_line(db: Database, tmp_path: Path) -> None:
    programme = new_programme(db)
    region = save_record(db, RegionRecord(None, "北見"), programme)
    company = save_record(db, CompanyRecord(None, region.id, "北見精工"))
    call = str(json.loads(colead("calls", "list", "--json").stdout)[1]["id"])
    assert colead("calls", "import-applications", "--call", call,
                  str(write_csv(tmp_path / "a.csv", [ON_TIME, TIED]))).returncode == 0
    taro, ichiro = (str(a["id"]) for a in json.loads(colead("calls", "applications", "--call", call).stdout))
    for application in (taro, ichiro):
        assert colead("calls", "set-skills", application, "engineer").returncode == 0
        assert colead("calls", "decide", application, "採択", "--reason", "上位", "--by", "委員長").returncode == 0
    first = json.loads(colead("calls", "letters", "--call", call, "--out", str(tmp_path / "out")).stdout)
    assert len(first["files"]) == 3 and first["skipped"] == []
    taro_talent = json.loads(colead("calls", "make-participants", "--call", call).stdout)["made"][0]
    assert company.id is not None
    matching.set_company(db, programme, company.id, 1, ["engineer"])
    matching.set_talent_wishes(db, programme, taro_talent, [company.id])
    pair = json.loads(colead("matching", "add", str(taro_talent), str(company.id), "--by", "事務局").stdout)["pair"]

    refused = colead("talents", "delete", str(taro_talent), "--by", "事務局")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "マッチングのペアがあるため削除できません" in refused.stderr and "「北見精工」とのペア" in refused.stderr
    assert "解消" in refused.stderr and "アーカイブ" in refused.stderr
    assert [p["id"] for p in json.loads(colead("matching", "pairs", "--json").stdout)] == [pair]

    decided = colead("calls", "decide", taro, "辞退", "--reason", "本人より辞退の申し出", "--by", "事務局")
    assert json.loads(decided.stdout)["decision"] == "withdrawn"
    second = colead("calls", "letters", "--call", call, "--out", str(tmp_path / "out"))
    assert json.loads(second.stdout)["skipped"] == [int(ichiro)]
    assert f"応募 {ichiro} の通知書は作成済み" in second.stderr and "--all" in second.stderr
    made = colead("calls", "make-participants", "--call", call)
    assert json.loads(made.stdout)["made"] == []
