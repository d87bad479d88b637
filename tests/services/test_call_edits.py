"""Editing a call that already holds applications, reviews and decisions (review 14b items 3-5), on a fresh
programme: 締切後 follows the deadline as it is now, a deadline in the past is warned about, the ticks stay with
their conditions through moves and removals (by key; 条件未達 follows the conditions kept), scoring changed
after decisions names those now on the other side of the bar, selecting a late applicant below the bar is
warned about, and a conflicting save names the fields as the dialog labels them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.calls import Condition
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.selection import Decision
from colead_desktop.services.applications import applications, import_applications
from colead_desktop.services.call_edits import deciding_warnings, edit_warnings
from colead_desktop.services.calls import call_from_json, call_to_json, calls, get_call, keys_in_use, save_call
from colead_desktop.services.screening import add_reviewer, assign, set_scores
from colead_desktop.services.selection import decide
from tests.application_files import LATE_UNMET, ON_TIME, write_csv
from tests.programmes import new_programme

TODAY = date(2026, 12, 4)


def _call(db: Database, tmp_path: Path) -> int:
    talent = calls(db, new_programme(db))[1]
    assert talent.id is not None
    save_call(db, replace(talent, deadline=datetime(2026, 9, 21, 17, 0)))
    import_applications(db, talent.id, write_csv(tmp_path / "apps.csv", [ON_TIME, LATE_UNMET]))  # 09-01, 09-30
    return talent.id


def test_the_late_flag_follows_the_deadline_and_a_past_one_is_warned_about(any_db: Database,
                                                                           tmp_path: Path) -> None:
    call_id = _call(any_db, tmp_path)
    assert [a.late for a in applications(any_db, call_id)] == [False, True]
    before = get_call(any_db, call_id)
    later = save_call(any_db, replace(before, deadline=datetime(2027, 5, 31, 17, 0)))
    assert [a.late for a in applications(any_db, call_id)] == [False, False]
    assert edit_warnings(any_db, before, later, TODAY) == []
    earlier = save_call(any_db, replace(later, deadline=datetime(2020, 1, 1, 0, 0)))
    assert [a.late for a in applications(any_db, call_id)] == [True, True]
    (warning,) = edit_warnings(any_db, later, earlier, TODAY)
    assert "2020-01-01 00:00" in warning and "2026-12-04" in warning
    assert edit_warnings(any_db, earlier, replace(earlier, title="改題"), TODAY) == []  # not moved now


def test_ticks_stay_with_their_conditions_and_unmet_follows_them(any_db: Database, tmp_path: Path) -> None:
    call_id = _call(any_db, tmp_path)
    call = get_call(any_db, call_id)
    first, second, third, *rest = call.conditions
    ticks = {"c1": True, "c2": True, "c3": False, "c4": True, "c5": True}  # SATO 花子 ticked いいえ for 条件3
    assert [(a.conditions, a.unmet) for a in applications(any_db, call_id)][1] == (ticks, True)
    moved = save_call(any_db, replace(call, conditions=(third, Condition("c6", "新しい条件"), second, first, *rest)))
    assert [(a.conditions, a.unmet) for a in applications(any_db, call_id)][1] == (ticks, True)
    save_call(any_db, replace(moved, conditions=moved.conditions[1:]))  # 条件3 removed: nothing left unmet
    assert [(a.conditions, a.unmet) for a in applications(any_db, call_id)][1] == (ticks, False)
    assert "c3" in keys_in_use(any_db, call_id)  # never given to a new condition: it holds ticks


def test_conditions_are_set_by_key_from_json(db: Database, tmp_path: Path) -> None:
    call_id = _call(db, tmp_path)
    stored = get_call(db, call_id)
    listed = call_to_json(stored)["conditions"]
    assert listed[0] == {"key": "c1", "text": stored.conditions[0].text}
    swapped = call_from_json(stored, {"conditions": [listed[1], listed[0], *listed[2:]]})
    assert [c.key for c in swapped.conditions] == ["c2", "c1", "c3", "c4", "c5"]
    with pytest.raises(InputError, match=r"conditions\[0\]: オブジェクトで指定してください"):
        call_from_json(stored, {"conditions": ["条件だけ"]})


def test_scoring_changed_after_decisions_and_a_doubtful_selection(any_db: Database, tmp_path: Path) -> None:
    call_id = _call(any_db, tmp_path)
    taro, hanako = (a.id for a in applications(any_db, call_id))
    reviewer = add_reviewer(any_db, call_id, "委員 A")
    assign(any_db, reviewer)
    call = save_call(any_db, replace(get_call(any_db, call_id), threshold=Decimal(20)))
    keys = [item.key for item in call.items]
    set_scores(any_db, reviewer, taro, dict.fromkeys(keys, 3))  # 24
    set_scores(any_db, reviewer, hanako, {**dict.fromkeys(keys, 2), "i1": 4})  # 18: below the bar
    assert deciding_warnings(any_db, hanako, Decision.SELECTED) == [
        "締切後の応募です", "応募条件を満たしていない項目があります（応募条件3）", "合計が合格基準に届いていません"]
    assert deciding_warnings(any_db, hanako, Decision.REJECTED) == []
    assert deciding_warnings(any_db, taro, Decision.SELECTED) == []
    decide(any_db, taro, Decision.SELECTED, "上位", "事務局")
    decide(any_db, hanako, Decision.REJECTED, "基準未満", "事務局")

    heavier = save_call(any_db, replace(call, items=(replace(call.items[0], weight=3), *call.items[1:])))
    warnings = edit_warnings(any_db, call, heavier, TODAY)
    assert warnings == ["判定 2 件は変更前の点数で行われています。判定を見直してください",
                        "SATO 花子（不採択）: 合計 18.00 → 26.00、今は基準以上"]
    reworded = replace(heavier, items=(replace(heavier.items[1], text="言い換え"), *heavier.items[2:]))
    assert edit_warnings(any_db, heavier, replace(heavier, items=(heavier.items[0], *reworded.items)), TODAY) == []


def test_a_conflict_names_the_calls_fields_in_english(db: Database) -> None:
    talent = calls(db, new_programme(db))[1]
    save_call(db, replace(talent, threshold=Decimal(20)))
    with output_language("en"), pytest.raises(StaleRecord) as stale:
        save_call(db, replace(talent, title="Mine", deadline=datetime(2027, 5, 31, 17, 0)))
    assert str(stale.value).endswith("Fields that differ: Title, Deadline, Threshold")
