"""One declaration of the self-introduction's six fields drives the record, the dialog and the sheet's titles."""

from __future__ import annotations

from dataclasses import fields

from colead_desktop.domain.form_labels import field_labels
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.self_intro import SELF_INTRO_FIELDS, STORED_INTRO_FIELDS, intro_field, sheet_title
from colead_desktop.domain.talent_columns import PARTICIPATION_FIELDS, TALENT_FIELDS
from colead_desktop.paths import forms_dir


def test_every_field_is_a_participation_field_in_the_sheets_order_and_labelled_on_the_dialog() -> None:
    names = [f.name for f in SELF_INTRO_FIELDS]
    record_order = [f.name for f in fields(TalentRecord) if f.name in names]
    assert record_order == names and set(names) <= PARTICIPATION_FIELDS
    labels = field_labels(forms_dir() / "talent_dialog.ui")
    assert [labels[name] for name in names] == [f.ja for f in SELF_INTRO_FIELDS] == list(DEFAULT_SHEET_FIELDS)


def test_the_names_a_plain_read_selects_are_the_records_fields_in_order() -> None:
    assert tuple(f.name for f in fields(TalentRecord)) == TALENT_FIELDS
    intro = {f.name for f in SELF_INTRO_FIELDS}
    assert {"programme_id", "region_preferences", "assigned_region_id", *intro} == PARTICIPATION_FIELDS
    assert STORED_INTRO_FIELDS < PARTICIPATION_FIELDS


def test_titles_are_found_in_either_language_whatever_the_spacing_and_width() -> None:
    assert intro_field("参加の動機 ") is intro_field("WHY I AM  TAKING PART") is SELF_INTRO_FIELDS[3]
    assert intro_field("本業以外での学習履歴") is intro_field("本業以外での学習履歴　") is not None
    assert intro_field("得意なツールと言語") is None
    set_language("en")
    try:
        assert sheet_title("参加の動機") == "Why I am taking part"
        assert sheet_title("得意なツールと言語") == "得意なツールと言語"  # the organisers' own title as written
    finally:
        set_language("ja")
