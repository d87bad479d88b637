"""`colead talents delete|archive|unarchive` on the demo, on SQLite and PostgreSQL: a talent with payments is
refused with exit 2 naming why, archived instead, and their statements and exports keep working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import save_record
from tests.cli.run import colead
from tests.programmes import demo_programme


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres").fresh_database())
    return str(request.getfixturevalue("demo_url"))  # the demo already in: the tests' `colead demo` leaves it as is


def test_delete_refuses_a_paid_talent_who_is_archived_instead(url: str, tmp_path: Path) -> None:
    assert colead("--db", url, "demo").returncode == 0
    listed = colead("--db", url, "payments", "statements", "--json")
    paid = json.loads(listed.stdout)[0]["talent_id"]

    refused = colead("--db", url, "talents", "delete", str(paid), "--by", "事務局 花子")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "支払の記録があるため削除できません" in refused.stderr and "支払明細書 1件" in refused.stderr
    assert "アーカイブ" in refused.stderr

    archived = colead("--db", url, "talents", "archive", str(paid), "--by", "事務局 花子")
    assert archived.returncode == 0, archived.stderr
    assert json.loads(archived.stdout) == {"talent": paid, "archived": True}
    assert colead("--db", url, "payments", "statements", "--json").stdout == listed.stdout  # still all there
    exported = colead("--db", url, "export", "statements", "--out", str(tmp_path / "pdf"))
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == len(json.loads(listed.stdout))
    again = colead("--db", url, "talents", "archive", str(paid), "--by", "事務局 花子")
    assert again.returncode == 2 and "既にアーカイブされています" in again.stderr

    assert colead("--db", url, "talents", "unarchive", str(paid), "--by", "事務局 花子").returncode == 0


def test_delete_removes_a_talent_without_payments(url: str) -> None:
    assert colead("--db", url, "demo").returncode == 0
    db = Database(url)
    newcomer = save_record(db, TalentRecord(None, demo_programme(db), "新人 五郎", skills=("engineer",)))
    db.dispose()

    done = colead("--db", url, "talents", "delete", str(newcomer.id), "--by", "事務局 花子")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows_removed"] == 2  # the participation and the person
    names = [t["name"] for t in json.loads(colead("--db", url, "list", "talents", "--json").stdout)]
    assert "新人 五郎" not in names
