"""Review 15, item 6: `programme copy --events` brings each event's saved agenda along (its blocks move with
the event), and the copied meetup, with no round tables yet, prints an agenda-only handout."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.services.meetup import load_agenda
from tests.cli.run import colead


def test_the_copied_meetup_keeps_its_agenda_and_prints_it(demo_url: str, tmp_path: Path) -> None:
    copied = colead("--db", demo_url, "programme", "copy", "1", "--year", "2022", "--talents", "--events")
    assert copied.returncode == 0, copied.stderr
    new_id = json.loads(copied.stdout)["id"]
    db = Database(demo_url)
    with db.session() as session:
        old_event = session.scalar(select(models.Event).where(models.Event.programme_id == 1,
                                                              models.Event.kind == "meetup"))
        new_event = session.scalar(select(models.Event).where(models.Event.programme_id == new_id,
                                                              models.Event.kind == "meetup"))
        assert old_event is not None and new_event is not None
        old_id, new_event_id, moved = old_event.id, new_event.id, new_event.starts_at - old_event.starts_at
    old, new = load_agenda(db, old_id), load_agenda(db, new_event_id)
    db.dispose()
    assert len(old.blocks) >= 10 and [b.title for b in new.blocks] == [b.title for b in old.blocks]
    assert [(b.minutes, b.kind) for b in new.blocks] == [(b.minutes, b.kind) for b in old.blocks]
    assert new.start - old.start == moved
    out = tmp_path / "agenda.pdf"
    printed = colead("--db", demo_url, "--programme", str(new_id), "export", "handouts", "--event", str(new_event_id),
                     "--parts", "agenda", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert new.blocks[0].title in text
    seats = colead("--db", demo_url, "--programme", str(new_id), "export", "handouts", "--event", str(new_event_id),
                   "--parts", "agenda,rotation", "--out", str(tmp_path / "both.pdf"))
    assert seats.returncode == 2 and "ラウンドテーブルの設定がありません" in seats.stderr
