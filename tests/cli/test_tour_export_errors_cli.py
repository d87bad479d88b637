"""`colead export itinerary` (and a tour's other exports) asks first, as the Tours page does (review 15 item 8), on
a fresh programme: the check's errors are listed on stderr, localised, and nothing is written without
--despite-errors; with it the file is written and the errors are still said."""

from __future__ import annotations

import subprocess
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services.talent_archive import set_archived
from tests.cli.run import colead
from tests.services.test_tour_archived_party import crowded_tour


def test_an_itinerary_with_check_errors_is_refused_until_despite_errors(db: Database, tmp_path: Path) -> None:
    programme, key, _gone = crowded_tour(db)  # three people in a hall for two: one error
    target = tmp_path / "itinerary.pdf"
    refused = colead("--programme", str(programme), "export", "itinerary", "--tour", key, "--out", str(target))
    assert refused.returncode == 2 and not target.exists()
    lines = refused.stderr.splitlines()
    assert lines[0] == "チェックでエラーが1件見つかっています。"
    assert lines[1] == "  1日目: 「公民館」の定員2名に対し3名が参加します"
    assert "--despite-errors" in lines[-1] and "書き出していません" in lines[-1]

    done = colead("--programme", str(programme), "--lang", "en", "export", "itinerary", "--tour", key,
                  "--out", str(target), "--despite-errors")
    assert done.returncode == 0 and target.read_bytes().startswith(b"%PDF")
    assert done.stderr.splitlines()[:2] == ["Errors found by the checks: 1", "  Day 1: 公民館 holds 2 but 3 people attend"]


def test_a_tours_calendars_are_refused_the_same_way(db: Database, tmp_path: Path) -> None:
    programme, key, _gone = crowded_tour(db)
    folder = tmp_path / "ics"
    refused = colead("--programme", str(programme), "export", "ics", "--tour", key, "--per-person", "--out", str(folder))
    assert refused.returncode == 2 and not folder.exists() and "定員2名" in refused.stderr
    done = colead("--programme", str(programme), "export", "ics", "--tour", key, "--per-person", "--out", str(folder),
                  "--despite-errors")
    assert done.returncode == 0 and len(list(folder.glob("*.ics"))) == 4


def test_an_export_says_that_archived_talents_are_left_out(db: Database, tmp_path: Path) -> None:
    programme, key, gone = crowded_tour(db)
    set_archived(db, gone, True, "事務局")
    done = colead("--programme", str(programme), "export", "itinerary", "--tour", key, "--out", str(tmp_path / "i.pdf"))
    assert done.returncode == 0  # two people in a hall for two: no error left
    assert done.stderr.startswith("警告: 参加者にアーカイブ済みの人材が1名います。") and "辞退" not in done.stderr


def test_the_programmes_calendar_asks_about_every_tours_errors(db: Database, tmp_path: Path) -> None:
    """`export ics --programme` holds every tour's items, so it runs their checks as a tour's export does (review 16
    item 5): the errors named under their tour, nothing written without --despite-errors."""
    programme, key, _gone = crowded_tour(db)
    folder = tmp_path / "ics"
    refused = colead("--programme", str(programme), "export", "ics", "--programme", "--out", str(folder))
    assert refused.returncode == 2 and not folder.exists()
    lines = refused.stderr.splitlines()
    assert lines[0] == "チェックでエラーが1件見つかっています。"
    assert lines[1].startswith("ツアー「") and lines[1].endswith(f"（{key}）:")
    assert lines[2] == "  1日目: 「公民館」の定員2名に対し3名が参加します"
    assert "--despite-errors" in lines[-1]
    done = colead("--programme", str(programme), "--lang", "en", "export", "ics", "--programme", "--out", str(folder),
                  "--despite-errors")
    assert done.returncode == 0 and [p.name for p in folder.glob("*.ics")] == [f"programme-{programme}.ics"]
    assert done.stderr.splitlines()[0] == "Errors found by the checks: 1"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_an_itinerary_written_despite_errors_says_so_on_every_page(db: Database, tmp_path: Path) -> None:
    """A PDF exported with --despite-errors must not pass for a checked one (review 16 item 6): every page starts
    with 未解決の問題があります and the count; once the error is gone (the archived talent leaves the crowded hall),
    the mark is gone too."""
    programme, key, gone = crowded_tour(db)
    target = tmp_path / "itinerary.pdf"
    done = colead("--programme", str(programme), "export", "itinerary", "--tour", key, "--out", str(target),
                  "--despite-errors")
    assert done.returncode == 0, done.stderr
    pages = _pages(target)
    assert pages and all(page.lstrip().startswith("未解決の問題があります（チェックのエラー 1 件）") for page in pages)
    english = tmp_path / "en.pdf"
    colead("--programme", str(programme), "--lang", "en", "export", "itinerary", "--tour", key, "--out", str(english),
           "--despite-errors")
    assert _pages(english)[0].lstrip().startswith("Unresolved issues (errors found by the checks: 1).")
    set_archived(db, gone, True, "事務局")
    clean = tmp_path / "clean.pdf"
    assert colead("--programme", str(programme), "export", "itinerary", "--tour", key, "--out", str(clean)).returncode == 0
    assert not any("未解決" in page for page in _pages(clean))
