"""`colead get KIND ID --json` and `colead set KIND ID field=value... [--version N]`, in process: the version is
in the output, a stale --version exits 4 and writes nothing, a bad value exits 2 naming the field, contact data
is masked unless --show-personal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.validation import normalised
from colead_desktop.services.records import get_record, save_record
from tests.programmes import new_programme


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One migrated file for the module (migrating takes seconds); each test adds its own talent."""
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('records') / 'records.sqlite3'}")
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def talent(db: Database, data_dir: Path) -> TalentRecord:
    programme_id = new_programme(db)
    return save_record(db, TalentRecord(None, programme_id, "山田 太郎", phone="090-1111-2222",
                                        email="taro@example.jp", skills=("engineer",)))


def run(capsys: pytest.CaptureFixture[str], db: Database, talent: TalentRecord, *args: str) -> tuple[int, str, str]:
    """`colead` on the module's file, in the talent's programme."""
    code = cli.main(["--db", db.url, "--programme", str(talent.programme_id), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_get_includes_the_version_and_masks_contact_data(db: Database, talent: TalentRecord,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, talent, "get", "talents", str(talent.id), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["version"] == 1 and shown["name"] == "山田 太郎"
    assert shown["phone"] == "****222" and "taro" not in out
    code, out, _ = run(capsys, db, talent, "get", "talents", str(talent.id), "--json", "--show-personal")
    assert json.loads(out)["phone"] == "090-1111-2222"


def test_set_counts_the_version_up_and_a_stale_version_exits_4_writing_nothing(
        db: Database, talent: TalentRecord, capsys: pytest.CaptureFixture[str]) -> None:
    assert talent.id is not None
    code, out, err = run(capsys, db, talent, "set", "talents", str(talent.id), "phone=090-3333-4444", "--version", "1")
    assert code == 0, err
    assert json.loads(out)["version"] == 2

    code, out, err = run(capsys, db, talent, "set", "talents", str(talent.id), "affiliation=北見工大", "phone=090-5555-6666",
                         "--version", "1")
    assert code == 4 and out == ""
    assert "競合" in err and "版 1 → 2" in err and "--version 2" in err
    assert "affiliation: 自分 北見工大 / 他の人 \n" in err
    assert "phone: 自分 ****666 / 他の人 ****444" in err and "090-" not in err  # contact data masked
    stored = get_record(db, TalentRecord, talent.id, talent.programme_id)
    assert (stored.phone, stored.affiliation, stored.version) == ("090-3333-4444", "", 2)

    # without --version: made from the stored version
    code, out, _ = run(capsys, db, talent, "set", "talents", str(talent.id), "affiliation=北見工大")
    assert code == 0 and json.loads(out)["version"] == 3


BAD = [
    ("email=not-an-address", "email"),     # the domain's rule, as in the dialog
    ("skills=", "skills"),                 # at least one skill type
    ("assigned_region_id=abc", "assigned_region_id"),  # not a number
    ("nickname=x", "nickname"),            # no such field
    ("version=7", "version"),              # bookkeeping, never set by hand
    ("assigned_region_id=999", "assigned_region_id: 地域 999"),  # no region of the programme (was the bare FOREIGN KEY)
]


def test_bad_values_exit_2_naming_the_field(db: Database, talent: TalentRecord,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert talent.id is not None
    for assignment, named in BAD:
        code, out, err = run(capsys, db, talent, "set", "talents", str(talent.id), assignment)
        assert code == 2 and out == "" and named in err, assignment
    assert get_record(db, TalentRecord, talent.id, talent.programme_id).version == 1


def test_values_are_parsed_by_the_fields_type(db: Database, talent: TalentRecord,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert talent.id is not None
    code, _out, err = run(capsys, db, talent, "set", "talents", str(talent.id), "skills=engineer,ux_designer", "name=山田　太郎 ")
    assert code == 0, err
    stored = get_record(db, TalentRecord, talent.id, talent.programme_id)
    assert stored.skills == ("engineer", "ux_designer") and stored.name == "山田　太郎"  # trimmed, as typed


def test_set_keeps_text_as_typed_and_puts_identifiers_in_one_form_as_the_dialog_does(
        db: Database, talent: TalentRecord, capsys: pytest.CaptureFixture[str]) -> None:
    """One rule for text a user types, in the window or on the command line (domain.validation.normalised): names
    and notes keep their full-width brackets and spaces, identifiers (phone, e-mail) are stored in one form."""
    assert talent.id is not None
    typed = {"affiliation": "北見工大（ＡＩ研究室）", "data_note": "（Ｂが改名）　旧姓", "phone": "０９０ー１２３４ー５６７８",
             "email": "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"}
    code, _out, err = run(capsys, db, talent, "set", "talents", str(talent.id),
                          *(f"{name}={value}" for name, value in typed.items()))
    assert code == 0, err
    stored = get_record(db, TalentRecord, talent.id, talent.programme_id)
    assert (stored.affiliation, stored.data_note) == ("北見工大（ＡＩ研究室）", "（Ｂが改名）　旧姓")
    assert (stored.phone, stored.email) == ("090-1234-5678", "taro@example.jp")
    in_the_dialog = normalised(replace(talent, **typed))
    assert {name: getattr(stored, name) for name in typed} == {name: getattr(in_the_dialog, name) for name in typed}


@pytest.mark.parametrize(("assignment", "field"), [
    ("skills=engineer,魔法", "skills"), ("career_stage=boss", "career_stage"), ("employment=x", "employment")])
def test_set_refuses_a_value_outside_the_fields_choices(db: Database, talent: TalentRecord, assignment: str,
                                                        field: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A skill type, career stage or employment no dialog offers was stored as typed, and every list showing its
    label (人材, ダッシュボード, the meetup's round tables) then failed with a crash dialog."""
    assert talent.id is not None
    code, out, err = run(capsys, db, talent, "set", "talents", str(talent.id), assignment)
    assert code == 2 and out == ""
    assert err.startswith(f"エラー: {field}: 「") and "は選択肢にありません" in err
    assert get_record(db, TalentRecord, talent.id, talent.programme_id) == talent
    code, out, _ = run(capsys, db, talent, "set", "talents", str(talent.id), "skills=engineer,security")
    assert code == 0 and json.loads(out)["skills"] == ["engineer", "security"]


def test_set_refuses_an_event_kind_or_format_outside_the_choices(db: Database, talent: TalentRecord,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from colead_desktop.domain.records import EventRecord

    event = save_record(db, EventRecord(None, talent.programme_id, "meetup", "ミートアップ", datetime(2026, 7, 11, 13),
                                        datetime(2026, 7, 11, 16)))
    for assignment in ("kind=party", "event_format=hybrid-ish"):
        code, _, err = run(capsys, db, talent, "set", "events", str(event.id), assignment)
        assert code == 2 and "は選択肢にありません" in err, err



def test_set_refuses_an_event_date_outside_the_programmes_dates(db: Database, talent: TalentRecord,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """ends_at=9999-12-31T23:00 was stored, and the dashboard then failed (OverflowError) drawing the months up to it
    (review prog19 item 1): an event's dates lie in 2000-2100, as JSON input's do."""
    from datetime import datetime

    from colead_desktop.domain.records import EventRecord

    event = save_record(db, EventRecord(None, talent.programme_id, "meetup", "ミートアップ", datetime(2026, 7, 11, 13),
                                        datetime(2026, 7, 11, 16)))
    code, _, err = run(capsys, db, talent, "set", "events", str(event.id), "ends_at=9999-12-31T23:00",
                       "starts_at=1999-12-31T10:00")
    assert code == 2 and "ends_at: 2000-01-01〜2100-12-31 の日付で指定してください" in err, err
    assert "starts_at: 2000-01-01〜2100-12-31" in err


def test_a_talent_of_another_programme_is_refused_naming_the_option(db: Database, talent: TalentRecord,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`set` on a talent who takes no part in the programme crashed (exit 1, TypeError: the self-introduction of
    a participation not there read as None) and `get` printed nulls; now both say so and name --programme."""
    assert talent.id is not None
    other = new_programme(db)
    for args in (("get", "talents", str(talent.id), "--json"), ("set", "talents", str(talent.id), "kana=ヤマダ")):
        code = cli.main(["--db", db.url, "--programme", str(other), *args])
        out, err = capsys.readouterr()
        assert code == 2 and out == "", err
        assert err == f"エラー: 人材 {talent.id} はこのプログラムに参加していません（--programme で選んでください）\n"
    stored = get_record(db, TalentRecord, talent.id, talent.programme_id)
    assert stored.version == talent.version and stored.kana == ""


def test_set_refuses_a_region_of_no_part_in_the_programme(db: Database, talent: TalentRecord,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """region_preferences=99 was stored as typed (a wish for no region) and assigned_region_id=99 met the
    database's bare FOREIGN KEY refusal; the dialog and the roster offer only the programme's regions."""
    from colead_desktop.domain.records import RegionRecord

    assert talent.id is not None
    ours = save_record(db, RegionRecord(None, "北見"), talent.programme_id).id
    elsewhere = save_record(db, RegionRecord(None, "桑名"), new_programme(db)).id
    for assignment, field in ((f"region_preferences={ours},{elsewhere}", "region_preferences"),
                              ("assigned_region_id=9999", "assigned_region_id")):
        code, out, err = run(capsys, db, talent, "set", "talents", str(talent.id), assignment)
        assert code == 2 and out == "", err
        assert err.startswith(f"エラー: {field}: 地域 ") and "はこのプログラムの地域ではありません" in err
    assert get_record(db, TalentRecord, talent.id, talent.programme_id).version == talent.version
    code, out, _ = run(capsys, db, talent, "set", "talents", str(talent.id), f"region_preferences={ours}",
                       f"assigned_region_id={ours}")
    assert code == 0 and json.loads(out)["region_preferences"] == [ours]


def test_set_refuses_a_vision_no_worksheet_choice_has(db: Database, talent: TalentRecord,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`b3_profile={"vision_choice": "zzz"}` was stored, and the company's exported B-5 worksheet could then not be
    read back (「B-3 経営課題!C2: …の値「zzz」が読めません」): the vision is one of the worksheet's four choices."""
    from colead_desktop.domain.company_profile import VISION_CHOICES
    from colead_desktop.domain.records import CompanyRecord, RegionRecord

    region = save_record(db, RegionRecord(None, "北見"), talent.programme_id)
    assert region.id is not None
    company = save_record(db, CompanyRecord(None, region.id, "株式会社テスト"), talent.programme_id)
    code, _, err = run(capsys, db, talent, "set", "companies", str(company.id),
                       'b3_profile={"vision_choice": "zzz"}')
    assert code == 2 and "b3_profile__vision_choice: 「zzz」は選択肢にありません" in err, err
    chosen = json.dumps({"vision_choice": VISION_CHOICES[0][0]}, ensure_ascii=False)
    code, _, err = run(capsys, db, talent, "set", "companies", str(company.id), f"b3_profile={chosen}")
    assert code == 0, err


def test_set_refuses_an_item_no_worksheet_has_naming_it(db: Database, talent: TalentRecord,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Review prog20 item 2: a typo in B-1/B-3 JSON (`"visoin"`) was stored as an answer no sheet shows. Every
    unknown item and every value of the wrong kind is named, field and key, and nothing is written."""
    from colead_desktop.domain.records import CompanyRecord, RegionRecord

    region = save_record(db, RegionRecord(None, "北見"), talent.programme_id)
    assert region.id is not None
    company = save_record(db, CompanyRecord(None, region.id, "株式会社テスト", b3_profile={"barriers": "人手不足"}),
                          talent.programme_id)
    code, _, err = run(capsys, db, talent, "set", "companies", str(company.id),
                       'b3_profile={"visoin": "拡大", "barriers": 3}', 'b1_checklist={"ceo_vison": true}')
    assert code == 2, err
    assert "b3_profile__visoin: 「visoin」はB-3の項目にありません（項目: company_description、" in err, err
    assert "b1_checklist__ceo_vison: 「ceo_vison」はB-1の項目にありません" in err, err
    assert "b3_profile__barriers: 文字列にしてください" in err, err
    stored = get_record(db, CompanyRecord, company.id, talent.programme_id)  # type: ignore[arg-type]
    assert (stored.b1_checklist, stored.b3_profile, stored.version) == ({}, {"barriers": "人手不足"}, company.version)
    code, _, err = run(capsys, db, talent, "--lang", "en", "set", "companies", str(company.id),
                       'b1_checklist={"digital_keen": "yes"}')
    assert code == 2 and "b1_checklist__digital_keen: Use true or false." in err, err
    code, _, err = run(capsys, db, talent, "set", "companies", str(company.id), 'b1_checklist={"digital_keen": true}',
                       'b3_profile={"vision_text": "拡大"}')
    assert code == 0, err
