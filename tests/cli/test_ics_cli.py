"""`colead export ics` in-process on a copy of the demo: files named by ids, the written paths as JSON,
exit 2 naming an unknown or foreign event or tour."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from tests.programmes import demo_programme, new_programme
from tests.services.demo_file import demo_copy


@pytest.fixture
def demo_url(tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, json.loads(out)["files"] if code == 0 else [], err


def test_event_tour_and_programme_calendars(demo_url: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url, out = demo_url.url, tmp_path / "out"
    programme_id = demo_programme(demo_url)
    code, files, err = run(capsys, "--db", url, "export", "ics", "--event", "1", "--per-person", "--out", str(out))
    assert code == 0 and "17 件のカレンダー" in err
    assert [Path(f).name for f in files[:2]] == ["event-1.ics", "event-1-talent-1.ics"] and len(files) == 17
    code, files, _ = run(capsys, "--db", url, "export", "ics", "--tour", "demo-okinawa-2021", "--out", str(out))
    assert code == 0 and [Path(f).name for f in files] == ["tour-demo-okinawa-2021.ics"]
    code, files, _ = run(capsys, "--db", url, "--programme", str(programme_id), "export", "ics", "--programme",
                         "--out", str(out))
    assert code == 0 and [Path(f).name for f in files] == [f"programme-{programme_id}.ics"]
    calendar = icalendar.Calendar.from_ical(Path(files[0]).read_bytes())
    assert len(calendar.walk("VEVENT")) > 40 and "ふるさと Co-LEAD" in str(calendar["X-WR-CALNAME"])


def test_bad_requests_exit_2_with_a_message(demo_url: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url, out = demo_url.url, str(tmp_path / "out")
    for args, expected in ((("--event", "999"), "イベント 999 が見つかりません"),
                           (("--tour", "nope"), "ツアー「nope」が見つかりません"),
                           (("--programme", "--per-person"), "--per-person は --event か --tour と")):
        code, _, err = run(capsys, "--db", url, "export", "ics", *args, "--out", out)
        assert code == 2 and expected in err, err
    other = new_programme(demo_url)
    code, _, err = run(capsys, "--db", url, "--programme", str(other), "export", "ics", "--tour", "demo-kitami-2021",
                       "--out", out)
    assert code == 2 and "このプログラムにありません" in err
    code, _, err = run(capsys, "--db", url, "export", "ics", "--tour", "demo-kitami-2021", "--out", f"{out}/tour.ics")
    assert code == 2 and "書き出し先のフォルダを指定してください" in err  # it made a folder named tour.ics
    assert not Path(out).exists()
