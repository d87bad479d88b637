"""An archived talent on the command line (review 16 item 4): `colead list talents` marks them (an `archived` field
in --json, a mark in the text), by the plain read and by the usual one alike; a tour member's own itinerary for an
archived talent says that they are archived and what to do, not that they are missing from the tour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.services.talent_archive import set_archived
from tests.cli.run import colead
from tests.services.test_tour_archived_party import crowded_tour


@pytest.mark.parametrize("read", ["plain", "usual"])
def test_the_talent_list_marks_the_archived(db: Database, read: str, monkeypatch: pytest.MonkeyPatch) -> None:
    programme, _key, gone = crowded_tour(db)
    set_archived(db, gone, True, "事務局")
    if read == "usual":  # as on a server or an encrypted file
        monkeypatch.setattr(cli, "_plain_talents", lambda _args: None)
    listed = colead("--programme", str(programme), "list", "talents", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {t["name"]: t["archived"] for t in json.loads(listed.stdout)} == {
        "辞退 太郎": True, "残留 花子": False, "残留 次郎": False}
    text = colead("--programme", str(programme), "list", "talents").stdout.splitlines()
    assert text == [f"{gone:>4}  辞退 太郎（アーカイブ済み）", f"{gone + 1:>4}  残留 花子", f"{gone + 2:>4}  残留 次郎"]
    english = colead("--programme", str(programme), "--lang", "en", "list", "talents").stdout.splitlines()
    assert english[0] == f"{gone:>4}  辞退 太郎 (archived)"


def test_an_archived_members_itinerary_says_they_are_archived(db: Database, tmp_path: Path) -> None:
    programme, key, gone = crowded_tour(db)
    set_archived(db, gone, True, "事務局")
    target = tmp_path / "mine.pdf"
    refused = colead("--programme", str(programme), "export", "itinerary", "--tour", key, "--participant",
                     f"talent-{gone}", "--out", str(target))
    assert refused.returncode != 0 and not target.exists()
    assert "ツアーにいません" not in refused.stderr and "はアーカイブ済みの人材のため" in refused.stderr
    assert f"colead talents unarchive {gone}" in refused.stderr and "辞退" not in refused.stderr  # no names
    english = colead("--programme", str(programme), "--lang", "en", "export", "itinerary", "--tour", key,
                     "--participant", f"talent-{gone}", "--out", str(target))
    assert "is an archived talent" in english.stderr and not target.exists()
