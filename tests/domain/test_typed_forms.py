"""Phone numbers, times and postal codes as people type them (full-width, 「ー」 for a hyphen, 9:00) are stored in one
form; names and titles typed in the app keep their full-width punctuation."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from colead_desktop.domain.itinerary import PlaceKind
from colead_desktop.domain.json_input import Node
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.normalise import canonical_phone, canonical_time
from colead_desktop.domain.programme_setup import (PayerSetup, ProgrammeSetup, RegionSetup, check_setup,
                                                   normalise_setup)
from colead_desktop.domain.records import CompanyRecord, TalentRecord
from colead_desktop.domain.tour_places import PlaceDraft, build_place
from colead_desktop.domain.validation import normalised, validate

TYPED_PHONES = ["０８０ー３３３３ー４４４４", "080ｰ3333ｰ4444", "080 3333 4444", "080　3333　4444", "080(3333)4444",
                "(080)3333-4444", "080‐3333‐4444", "080‑3333‑4444", "080–3333–4444", "080—3333—4444",
                "080−3333−4444", "080―3333―4444", " 080.3333.4444 "]


@pytest.mark.parametrize("typed", TYPED_PHONES)
def test_a_phone_number_typed_any_common_way_is_stored_grouped_by_ascii_hyphens(typed: str) -> None:
    talent = normalised(TalentRecord(id=None, programme_id=1, name="山田 太郎", skills=("engineer",), phone=typed))
    assert talent.phone == "080-3333-4444"
    assert validate(talent) == {}


def test_the_groups_are_kept_as_typed_and_digits_alone_stay_digits() -> None:
    assert canonical_phone("０１２３ー４５ー６７８９") == "0123-45-6789"  # the area code's length is the writer's
    assert canonical_phone("０３１２３４５６７８") == "0312345678"


@pytest.mark.parametrize("garbage", ["080-3333-444a", "090-333-44", "080-3333-44445", "(080)", "ー", "090-1234-5678 内線2",
                                     "+81-90-1234-5678", "80-3333-4444"])
def test_garbage_is_still_refused(garbage: str) -> None:
    talent = normalised(TalentRecord(id=None, programme_id=1, name="山田 太郎", skills=("engineer",), phone=garbage))
    assert "電話番号の形式が正しくありません" in validate(talent)["phone"]


@pytest.mark.parametrize(("typed", "stored"), [("9:00", "09:00"), ("０９：００", "09:00"), ("９:３０", "09:30"),
                                               ("17:00:00", "17:00"), ("23:59", "23:59"), ("0:05", "00:05")])
def test_a_time_typed_h_mm_or_full_width_is_stored_hh_mm(typed: str, stored: str) -> None:
    assert canonical_time(typed) == stored
    company = normalised(CompanyRecord(id=None, region_id=1, name="桑名ものづくり", opens=typed, closes="23:59"))
    assert company.opens == stored
    assert "opens" not in validate(company)


@pytest.mark.parametrize("garbage", ["9時", "25:00", "9:60", "9:5", "17:00:30", "0.375", "9:00 AM"])
def test_a_time_that_is_not_one_is_refused(garbage: str) -> None:
    company = normalised(CompanyRecord(id=None, region_id=1, name="桑名ものづくり", opens=garbage))
    assert validate(company)["opens"] == "時刻は HH:MM 形式で入力してください。"


def test_names_keep_full_width_brackets_while_identifiers_are_canonical() -> None:
    company = normalised(CompanyRecord(id=None, region_id=1, name=" 株式会社きたみ（旧 北見工業） ",
                                       contact_email="ｉｎｆｏ@kitami.example.jp", postal_code="０９０ー０００１",
                                       project_summary="ＩｏＴで（見える化）"))
    assert company.name == "株式会社きたみ（旧 北見工業）"
    assert company.project_summary == "ＩｏＴで（見える化）"
    assert (company.contact_email, company.postal_code) == ("info@kitami.example.jp", "090-0001")
    assert validate(company) == {}


def test_a_furigana_typed_half_width_is_stored_full_width_katakana() -> None:
    """Only the 全銀 file narrows kana, and only a bank account's (review 14c item 8)."""
    for typed in ("ﾀﾅｶ ﾀﾛｳ", " タナカ タロウ ", "ﾀﾅｶ　ﾀﾛｳ"):
        talent = normalised(TalentRecord(id=None, programme_id=1, name="田中 太郎", skills=("engineer",), kana=typed))
        assert talent.kana == "タナカ タロウ"
    assert normalised(TalentRecord(None, 1, "ガーデン 次郎", kana="ｶﾞｰﾃﾞﾝ ｼﾞﾛｳ")).kana == "ガーデン ジロウ"


def test_a_json_time_may_be_written_h_mm_too() -> None:
    assert Node({"start": "9:00"}, "item").field("start").time().isoformat() == "09:00:00"
    with pytest.raises(InputError, match="HH:MM"):
        Node({"start": "9時"}, "item").field("start").time()


def test_a_programme_setup_keeps_typed_names_and_stores_its_phone_in_one_form() -> None:
    typed = ProgrammeSetup("令和8年度 ふるさと Co-LEAD（試行）", 2026, date(2026, 4, 1), date(2027, 3, 31),
                           payer=PayerSetup(name=" 株式会社コリード（事務局） ", phone="０３ー１２３４ー５６７８"),
                           regions=(RegionSetup("桑名（三重）"), RegionSetup("ｷﾀﾐ"), RegionSetup("キタミ")))
    setup = normalise_setup(typed)
    assert (setup.name, setup.payer.name, setup.regions[0].name) == (
        "令和8年度 ふるさと Co-LEAD（試行）", "株式会社コリード（事務局）", "桑名（三重）")
    assert setup.payer.phone == "03-1234-5678"
    assert [f.field for f in check_setup(setup) if f.is_error and f.field.startswith("regions")] == ["regions[2].name"]


def test_a_date_and_time_of_day_may_be_written_with_h_mm_in_json() -> None:
    assert Node({"time": "2021-11-25 9:00"}, "movement").field("time").datetime() == datetime(2021, 11, 25, 9, 0)
    assert Node({"time": "２０２１-１１-２５T９：００"}, "movement").field("time").datetime() == datetime(2021, 11, 25, 9, 0)


def test_a_place_typed_in_the_place_dialog_keeps_its_name_and_takes_h_mm_hours() -> None:
    draft = PlaceDraft("六華苑（旧諸戸清六邸）", PlaceKind.FACILITY, "三重県桑名市（概算）", "35.07", "136.69",
                       opens="9:00", closes="１７：００")
    place, errors = build_place(draft, "rokkaen")
    assert errors == {} and place is not None
    assert (place.name, place.address) == ("六華苑（旧諸戸清六邸）", "三重県桑名市（概算）")
    assert (place.opens, place.closes) == (time(9, 0), time(17, 0))
