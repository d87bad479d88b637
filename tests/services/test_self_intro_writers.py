"""Two copies of the app editing one talent's self-introduction: the later save from an older version is
refused, names the answers that differ, and a merge keeps both writers' answers (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.record_restore import restore_record
from colead_desktop.services.records import get_record, save_record
from tests.programmes import new_programme


def test_a_stale_answer_is_refused_and_both_answers_survive_the_merge(instances: tuple[Database, Database]) -> None:
    a, b = instances
    programme = new_programme(a, "令和9年度 二人", 2027)
    saved = save_record(a, TalentRecord(None, programme, "木村 花", skills=("engineer",)))
    assert saved.id is not None
    in_a = get_record(a, TalentRecord, saved.id, programme)
    theirs = save_record(b, replace(get_record(b, TalentRecord, saved.id, programme), intro_learning="夜間大学院"))
    with pytest.raises(StaleRecord) as refused:
        restore_record(a, in_a, replace(in_a, intro_future="地元企業の支援を続ける"))  # as the dialog saves: from its base
    assert {c.name for c in refused.value.conflicts} == {"intro_learning", "intro_future"}
    assert get_record(a, TalentRecord, saved.id, programme) == theirs  # A wrote nothing
    merged = restore_record(a, refused.value.theirs, refused.value.merged())  # each side's own change kept
    assert (merged.intro_learning, merged.intro_future) == ("夜間大学院", "地元企業の支援を続ける")
