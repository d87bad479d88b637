"""Review 15, item 3: after a talent is archived the saved seating is out of date; `export handouts`,
`export rotation` and `export ics --per-person` of the meetup say so on stderr and write nothing without
--despite-warnings (as the window's round-table tab asks for 「再計画」); an agenda-only handout is not held up."""

from __future__ import annotations

import json
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.meetup_stale import stale_plan
from tests.cli.run import colead
from tests.programmes import demo_programme, talent_in


def _archive_one(url: str) -> None:
    done = colead("--db", url, "talents", "archive", "--by", "事務局", "3")
    assert done.returncode == 0, done.stderr


def test_stale_seating_is_refused_then_written_despite_warnings(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    fresh = colead("--db", demo_url, "export", "handouts", "--event", "1", "--out", str(out))
    assert fresh.returncode == 0 and "警告" not in fresh.stderr
    out.unlink()
    _archive_one(demo_url)
    for command in (("export", "handouts", "--event", "1", "--out", str(out)),
                    ("export", "rotation", "--event", "1", "--out", str(tmp_path / "r.xlsx")),
                    ("export", "ics", "--event", "1", "--per-person", "--out", str(tmp_path / "ics"))):
        refused = colead("--db", demo_url, *command)
        assert refused.returncode == 2, command
        assert "アーカイブされた人材1名が計画に残っています" in refused.stderr
        assert "「再計画」で計画を保存し直してください" in refused.stderr and "--despite-warnings" in refused.stderr
    assert not out.exists() and not (tmp_path / "r.xlsx").exists() and not (tmp_path / "ics").exists()
    written = colead("--db", demo_url, "export", "handouts", "--event", "1", "--out", str(out), "--despite-warnings")
    assert written.returncode == 0 and out.exists() and "アーカイブされた人材1名" in written.stderr
    agenda = colead("--db", demo_url, "export", "handouts", "--event", "1", "--parts", "agenda",
                    "--out", str(tmp_path / "a.pdf"))
    assert agenda.returncode == 0 and "警告" not in agenda.stderr


def test_a_deleted_talent_and_a_new_one_are_named(demo_url: str, tmp_path: Path) -> None:
    db = Database(demo_url)
    joined = talent_in(db, demo_programme(db))
    edits.replan(db, 1)  # seated in the saved plan, then deleted: the plan has a hole
    talent_in(db, demo_programme(db), "架空 次郎", "ｶｸｳ ｼﾞﾛｳ")  # joined after: not in the plan yet
    db.dispose()
    done = colead("--db", demo_url, "talents", "delete", "--by", "事務局", str(joined))
    assert done.returncode == 0, done.stderr
    refused = colead("--db", demo_url, "export", "rotation", "--event", "1", "--out", str(tmp_path / "r.xlsx"))
    assert refused.returncode == 2
    assert "削除された人材1名が計画から抜けています" in refused.stderr
    assert "計画にまだ入っていない人材が1名います" in refused.stderr


def test_the_cli_replans_what_the_exports_call_out_of_date(demo_url: str, tmp_path: Path) -> None:
    """Review 16 items 3 and 4: the hint names a command that exists, and it prints who moved where."""
    db = Database(demo_url)
    before = setups.load_plan(db, 1)
    assert before is not None
    _archive_one(demo_url)
    refused = colead("--db", demo_url, "export", "rotation", "--event", "1", "--out", str(tmp_path / "r.xlsx"))
    assert "`colead roundtables replan --event 1`" in refused.stderr
    done = colead("--db", demo_url, "roundtables", "replan", "--event", "1")
    assert done.returncode == 0, done.stderr
    assert stale_plan(db, 1) == []
    after = setups.load_plan(db, 1)
    assert after is not None
    moves = json.loads(done.stdout)["moves"]
    assert f"席の移動 {len(moves)}件" in done.stderr
    for r in range(1, len(after.rounds) + 1):
        was = {p: t for t, people in before.rounds[r - 1].items() for p in people}
        now = {p: t for t, people in after.rounds[r - 1].items() for p in people}
        assert sorted((m["talent"], m["from"], m["to"]) for m in moves if m["round"] == r) == sorted(
            (p, was[p], now[p]) for p in now if p in was and was[p] != now[p])
    written = colead("--db", demo_url, "export", "rotation", "--event", "1", "--out", str(tmp_path / "r.xlsx"))
    assert written.returncode == 0 and "警告" not in written.stderr
    db.dispose()


def test_replan_names_an_event_without_round_tables(demo_url: str) -> None:
    done = colead("--db", demo_url, "roundtables", "replan", "--event", "999")
    assert done.returncode == 2 and "999" in done.stderr
