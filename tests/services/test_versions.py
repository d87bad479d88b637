"""No silent lost update (issue 16 item 3): two instances of the app (two engines) on one SQLite file or one
PostgreSQL database edit the same record; one saves, the other gets StaleRecord with mine, theirs and base, and
nothing is lost. A hypothesis test interleaves loads and saves from the two against a model of the rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.records import StaffRecord, TalentRecord
from colead_desktop.services.record_restore import restore_record
from colead_desktop.services.records import get_record, save_record
from colead_desktop.services.versions import stale_data_refused
from tests.pg_server import PostgresServer
from tests.programmes import new_programme

Pair = tuple[Database, Database]


def test_the_second_save_gets_the_conflict_and_nothing_is_lost(instances: Pair) -> None:
    a, b = instances
    programme_id = new_programme(a)
    saved = save_record(a, TalentRecord(None, programme_id, "山田 太郎", phone="090-1111-2222", skills=("engineer",)))
    assert saved.id is not None and saved.version == 1
    in_a, in_b = get_record(a, TalentRecord, saved.id, programme_id), get_record(b, TalentRecord, saved.id, programme_id)

    theirs = restore_record(b, in_b, replace(in_b, phone="070-7777-8888"))  # B saves first
    assert theirs.version == 2
    mine = replace(in_a, affiliation="北見工大")
    with pytest.raises(StaleRecord) as refused:
        restore_record(a, in_a, mine)
    stale = refused.value
    assert (stale.mine, stale.theirs, stale.base) == (mine, theirs, in_a)
    assert {c.name: (c.mine, c.theirs, c.default) for c in stale.conflicts} == {
        "affiliation": ("北見工大", "", "mine"), "phone": ("090-1111-2222", "070-7777-8888", "theirs")}
    assert get_record(a, TalentRecord, saved.id, programme_id) == theirs  # A wrote nothing

    merged = restore_record(a, stale.theirs, stale.merged())  # A keeps both: B's phone, A's affiliation
    assert (merged.phone, merged.affiliation, merged.version) == ("070-7777-8888", "北見工大", 3)
    with pytest.raises(StaleRecord):  # and B, still holding version 2, is refused in turn
        save_record(b, replace(theirs, kana="ヤマダ"))

    # the talent's version stands for the participation too: an edit of the motivation alone counts it up
    wishes = save_record(b, replace(get_record(b, TalentRecord, saved.id, programme_id), motivation="地域に貢献"))
    assert wishes.version == 4
    with pytest.raises(StaleRecord):
        save_record(a, replace(merged, kana="ヤマダ"))


def test_a_row_changed_between_read_and_write_is_refused_by_the_version_column(postgres: PostgresServer) -> None:
    """The race the locks close, forced (on PostgreSQL: on SQLite a second writer waits for the first's lock):
    SQLAlchemy's version_id_col refuses the UPDATE, and that reads as the same conflict."""
    url = postgres.fresh_database()
    a, b = Database(url), Database(url)
    a.migrate()
    saved = save_record(a, StaffRecord(None, "佐藤", "lab"))
    assert saved.id is not None
    read_now = lambda: get_record(a, StaffRecord, saved.id or 0)  # noqa: E731
    with (pytest.raises(StaleRecord) as refused, stale_data_refused("スタッフ", saved, None, read_now),
          Session(a.engine) as session, session.begin()):
        row = session.get_one(models.Staff, saved.id)
        save_record(b, replace(saved, role="B の変更"))  # commits meanwhile
        row.role = "A の変更"
    assert refused.value.theirs.role == "B の変更" and get_record(a, StaffRecord, saved.id).role == "B の変更"
    a.dispose()
    b.dispose()


STEPS = st.lists(st.one_of(
    st.tuples(st.just("load"), st.sampled_from("ab")),
    st.tuples(st.just("save"), st.sampled_from("ab"), st.sampled_from(["role", "email", "phone"]),
              st.sampled_from(["x", "y", ""]))), min_size=1, max_size=8)
VALUES = {"email": {"x": "x@example.jp", "y": "y@example.jp"}, "phone": {"x": "03-1234-5678", "y": "090-0000-0000"}}


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_interleaved_edits_match_the_model(two_files: Pair, steps: list[tuple[str, ...]]) -> None:
    """Each instance saves what it loaded with one field changed: accepted exactly when what it loaded is still
    what is stored (a change saved and changed back meanwhile loses nothing: the edit starts from the stored
    state), and the stored record is then the model's; a refused save writes nothing."""
    db = {"a": two_files[0], "b": two_files[1]}
    record = save_record(db["a"], StaffRecord(None, "モデル", "lab"))
    assert record.id is not None
    model, loaded = record, {"a": record, "b": record}
    for step in steps:
        who = step[1]
        if step[0] == "load":
            loaded[who] = get_record(db[who], StaffRecord, record.id)
            continue
        name, value = step[2], VALUES.get(step[2], {}).get(step[3], step[3])
        changes: dict[str, Any] = {name: value}
        wanted = replace(loaded[who], **changes)
        if wanted == loaded[who]:
            continue  # no change: the page saves nothing
        if loaded[who] == model:  # records compare by content: the version is bookkeeping
            saved = restore_record(db[who], loaded[who], wanted)
            assert saved == wanted and saved.version == model.version + 1
            model = loaded[who] = saved
        else:
            with pytest.raises(StaleRecord):
                restore_record(db[who], loaded[who], wanted)
        stored = get_record(db["a"], StaffRecord, record.id)
        assert stored == model and stored.version == model.version


@pytest.fixture
def two_files(data_dir: Path) -> Iterator[Pair]:
    a = Database()
    a.migrate()
    b = Database()
    yield a, b
    a.dispose()
    b.dispose()


def test_a_race_on_a_row_without_an_editor_check_reads_as_a_clear_message(data_dir: Path) -> None:
    """payment_policy, payment_payer, tour_check_settings: version_id_col alone guards them; its refusal is a
    message the user can act on, not a crash."""
    explained = explain(StaleDataError("UPDATE statement on table 'payment_payer' expected to update 1 row(s); "
                                       "0 were matched."))
    assert explained is not None and "ほかの人が同じデータを先に保存したため" in str(explained)


def test_undoing_two_edits_of_one_record_in_turn_is_not_a_conflict(two_files: Pair) -> None:
    """Undo steps keep snapshots whose versions age: undoing the later edit stores the earlier values again under a
    newer version, and the earlier edit's undo must still go through (its values are what is stored)."""
    a, _ = two_files
    first = save_record(a, StaffRecord(None, "佐藤", "lab"))
    second = restore_record(a, first, replace(first, role="一"))
    third = restore_record(a, second, replace(second, role="二"))
    back = restore_record(a, third, second)  # undo the second edit
    assert back == second and back.version == 4
    assert restore_record(a, second, first) == first  # undo the first: `second` is stored, though at version 4
