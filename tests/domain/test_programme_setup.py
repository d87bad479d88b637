"""Programme setup: the rules of check_setup, the bank lookup and the strict reader of the create JSON."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.bank_directory import bank_info
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.programme_setup import (Finding, PayerSetup, ProgrammeSetup, RegionSetup, ZenginRequester,
                                                   check_setup, corporate_number_check_digit_ok, normalise_setup,
                                                   refuse_errors)
from colead_desktop.domain.programme_setup_json import read_setup_json

ZENGIN = ZenginRequester(requester_code="0123456789", requester_kana="ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ", bank_code="0005",
                         branch_code="001", account_type=AccountType.ORDINARY, account_number="1234567")
GOOD = ProgrammeSetup(
    name="ふるさと Co-LEAD 2025", fiscal_year=2025, start=date(2025, 6, 1), end=date(2026, 2, 28), sponsor="経済産業省",
    payer=PayerSetup(name="Co-LEAD 事務局", address="東京都千代田区霞が関1-3-1", contract_no="2025-001",
                     invoice_no="T7000012050002",
                     zengin=ZENGIN),
    regions=(RegionSetup("北見", "北海道", "北見 IoT ラボ"), RegionSetup("桑名", "三重県", "桑名 IoT ラボ")))

DOCUMENT: dict[str, Any] = {
    "name": "ふるさと Co-LEAD 2025", "fiscal_year": 2025, "start": "2025-06-01", "end": "2026-02-28",
    "payer": {"name": "Co-LEAD 事務局", "address": "東京都千代田区霞が関1-3-1", "contract_no": "2025-001",
              "invoice_no": "T7000012050002",
              "zengin": {"requester_code": "0123456789", "requester_kana": "コリードジムキョク", "bank_code": "0005",
                         "branch_code": "001", "account_type": "普通", "account_number": "1234567"}},
    "regions": [{"name": "北見", "prefecture": "北海道", "lab": "北見 IoT ラボ"},
                {"name": "桑名", "prefecture": "三重県", "lab": "桑名 IoT ラボ"}]}


def _with_zengin(**changes: Any) -> ProgrammeSetup:
    return replace(GOOD, payer=replace(GOOD.payer, zengin=replace(ZENGIN, **changes)))


def _with_payer(**changes: Any) -> ProgrammeSetup:
    return replace(GOOD, payer=replace(GOOD.payer, **changes))


def _errors(setup: ProgrammeSetup) -> dict[str, str]:
    return {f.field: f.message for f in check_setup(normalise_setup(setup)) if f.is_error}


def _warnings(setup: ProgrammeSetup) -> dict[str, str]:
    return {f.field: f.message for f in check_setup(normalise_setup(setup)) if not f.is_error}


def _document(**paths: Any) -> dict[str, Any]:
    """DOCUMENT with values replaced at dotted paths (None deletes the key)."""
    document = copy.deepcopy(DOCUMENT)
    for path, value in paths.items():
        *parents, last = path.split("__")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return document


def _refusal(document: Any) -> str:
    with pytest.raises(InputError) as caught:
        read_setup_json(document)
    return str(caught.value)


# ------------------------------------------------------------------ check_setup

def test_a_complete_setup_has_no_findings() -> None:
    assert check_setup(normalise_setup(GOOD)) == []


def test_name_payer_name_and_fiscal_year_are_required() -> None:
    errors = _errors(replace(GOOD, name="  ", fiscal_year=1999, payer=replace(GOOD.payer, name="")))
    assert set(errors) == {"name", "fiscal_year", "payer.name"}
    assert "2000" in errors["fiscal_year"] and "2100" in errors["fiscal_year"]
    assert _errors(replace(GOOD, fiscal_year=2101, start=date(2100, 6, 1), end=date(2100, 7, 1)))


def test_period_must_be_ordered_and_overlap_its_fiscal_year() -> None:
    assert set(_errors(replace(GOOD, start=date(2025, 9, 1), end=date(2025, 8, 31)))) == {"end"}
    # A period of FY2024 entered under FY2025 misses the year entirely: refused.
    assert set(_errors(replace(GOOD, start=date(2024, 6, 1), end=date(2025, 3, 31)))) == {"start"}
    assert _errors(replace(GOOD, start=date(2026, 4, 1), end=date(2026, 5, 1)))
    # The whole fiscal year, exactly, is fine; reaching past it is only a warning.
    assert check_setup(replace(GOOD, start=date(2025, 4, 1), end=date(2026, 3, 31))) == []
    late = replace(GOOD, start=date(2025, 4, 1), end=date(2026, 4, 30))
    assert _errors(late) == {} and set(_warnings(late)) == {"end"}
    early = replace(GOOD, start=date(2025, 3, 1))
    assert _errors(early) == {} and set(_warnings(early)) == {"start"}


def test_invoice_number_is_t_and_13_digits_after_nfkc() -> None:
    assert _errors(_with_payer(invoice_no="")) == {}
    assert _errors(_with_payer(invoice_no="Ｔ７０００－０１２０－５０００２")) == {}  # full width, hyphens
    assert normalise_setup(_with_payer(invoice_no="t7-0000-1205-0002")).payer.invoice_no == "T7000012050002"
    for bad in ("T700001205000", "7000012050002", "T70000120500023", "TT000012050002", "T7000O12050002"):
        assert set(_errors(_with_payer(invoice_no=bad))) == {"payer.invoice_no"}, bad


def test_invoice_check_digit_mismatch_is_a_warning() -> None:
    assert corporate_number_check_digit_ok("7000012050002")  # 国税庁
    assert corporate_number_check_digit_ok("4011001098993")
    assert not corporate_number_check_digit_ok("8000012050002")
    setup = _with_payer(invoice_no="T8000012050002")
    assert _errors(setup) == {} and set(_warnings(setup)) == {"payer.invoice_no"}


def test_zengin_codes_have_their_lengths() -> None:
    cases = {"requester_code": ("012345678", "01234567890", "012345678a"),  # 9 and 11 digits
             "bank_code": ("005", "00050", "０００X"), "branch_code": ("01", "0001"),
             "account_number": ("12345678", "12-4567")}
    for key, values in cases.items():
        for value in values:
            assert set(_errors(_with_zengin(**{key: value}))) == {f"payer.zengin.{key}"}, (key, value)


def test_full_width_digits_are_accepted_after_nfkc() -> None:
    setup = normalise_setup(_with_zengin(requester_code="０１２３４５６７８９", bank_code="０００５",
                                         account_number="１２３"))
    assert setup.payer.zengin.requester_code == "0123456789"
    assert check_setup(setup) == []


def test_requester_kana_is_converted_to_bank_kana_and_kanji_refused() -> None:
    assert normalise_setup(_with_zengin(requester_kana="こりーど　じむきょく")).payer.zengin.requester_kana == "ｺﾘ-ﾄﾞ ｼﾞﾑｷﾖｸ"
    errors = _errors(_with_zengin(requester_kana="コリード事務局"))
    assert set(errors) == {"payer.zengin.requester_kana"} and "事" in errors["payer.zengin.requester_kana"]
    assert set(_errors(_with_zengin(requester_kana="ｱ" * 41))) == {"payer.zengin.requester_kana"}
    assert _errors(_with_zengin(requester_kana="ｱ" * 40)) == {}


def test_an_incomplete_zengin_block_names_what_is_missing() -> None:
    errors = _errors(_with_zengin(requester_code="", account_number=""))
    assert set(errors) == {"payer.zengin.requester_code", "payer.zengin.account_number"}
    assert "振込依頼人コード" in errors["payer.zengin.requester_code"]


def test_an_empty_zengin_block_is_a_warning_only() -> None:
    setup = _with_payer(zengin=ZenginRequester())
    assert _errors(setup) == {}
    assert set(_warnings(setup)) == {"payer.zengin"}


def test_payer_account_must_be_ordinary_or_current() -> None:
    assert set(_errors(_with_zengin(account_type=AccountType.SAVINGS))) == {"payer.zengin.account_type"}
    assert _errors(_with_zengin(account_type=AccountType.CURRENT)) == {}


def test_unknown_bank_or_branch_is_a_warning_not_an_error() -> None:
    unknown_bank = _with_zengin(bank_code="0002")
    assert _errors(unknown_bank) == {} and set(_warnings(unknown_bank)) == {"payer.zengin.bank_code"}
    unknown_branch = _with_zengin(branch_code="999")
    assert _errors(unknown_branch) == {}
    assert set(_warnings(unknown_branch)) == {"payer.zengin.branch_code"}
    assert "三菱UFJ" in _warnings(unknown_branch)["payer.zengin.branch_code"]


def test_regions_have_unique_non_empty_names() -> None:
    regions = (RegionSetup("北見"), RegionSetup(" "), RegionSetup("北見"), RegionSetup("ｷﾀﾐ"), RegionSetup("キタミ"))
    errors = _errors(replace(GOOD, regions=regions))
    assert set(errors) == {"regions[1].name", "regions[2].name", "regions[4].name"}  # NFKC: ｷﾀﾐ == キタミ
    assert set(_warnings(replace(GOOD, regions=()))) == {"regions"}


def test_texts_longer_than_their_columns_are_errors() -> None:
    setup = replace(GOOD, name="名" * 201, payer=replace(GOOD.payer, address="住" * 301),
                    regions=(RegionSetup("地" * 101, lab_contact="人" * 101),))
    assert set(_errors(setup)) == {"name", "payer.address", "regions[0].name", "regions[0].lab_contact"}


def test_messages_follow_the_language() -> None:
    set_language("en")
    assert _errors(replace(GOOD, name=""))["name"] == "is required"


def test_the_no_regions_warning_starts_its_line_capitalised() -> None:
    """It shows alone on its line under the regions (review 14c item 13 read 「there are no regions…」)."""
    set_language("en")
    assert _warnings(replace(GOOD, regions=()))["regions"].startswith("There are no regions")


def test_refuse_errors_lists_every_error_with_its_path_and_lets_warnings_pass() -> None:
    refuse_errors([Finding("regions", "warning", is_error=False)])
    with pytest.raises(InputError) as caught:
        refuse_errors([Finding("name", "a"), Finding("payer.zengin.bank_code", "b")])
    assert str(caught.value) == "name: a\npayer.zengin.bank_code: b"


# ------------------------------------------------------------------ bank lookup

def test_bank_info_gives_names_and_bank_kana() -> None:
    info = bank_info("0005", "001")
    assert info is not None
    assert (info.bank_name, info.bank_kana, info.branch_name, info.branch_kana) == ("三菱UFJ", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "本店",
                                                                                  "ﾎﾝﾃﾝ")
    only_bank = bank_info("0001", "999")
    assert only_bank is not None and only_bank.bank_name == "みずほ" and not only_bank.branch_known
    assert bank_info("0002", "001") is None
    assert bank_info("abcd") is None


# ------------------------------------------------------------------ JSON

def test_reads_the_documented_shape() -> None:
    setup = read_setup_json(json.dumps(DOCUMENT, ensure_ascii=False))
    assert setup.payer.zengin.requester_kana == "ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ"  # converted to bank kana
    assert setup.payer.contract_no == "2025-001" and setup.regions[1] == RegionSetup("桑名", "三重県", "桑名 IoT ラボ")
    assert check_setup(setup) == []
    assert read_setup_json(DOCUMENT) == setup  # an object parsed already
    assert read_setup_json(json.dumps(DOCUMENT).encode()) == setup


def test_optional_fields_may_be_left_out_and_extras_are_read() -> None:
    minimal = _document(payer__contract_no=None, payer__invoice_no=None, payer__zengin=None)
    setup = read_setup_json(minimal)
    assert (setup.payer.contract_no, setup.payer.invoice_no, setup.payer.zengin) == ("", "", ZenginRequester())
    extras = _document(sponsor="経済産業省", payer__phone="03-1234-5678", payer__project_name="ふるさと Co-LEAD",
                       regions__0__lab_contact="北見 太郎", regions__0__lab_address="北見市1-1")
    setup = read_setup_json(extras)
    assert (setup.sponsor, setup.payer.phone, setup.payer.project_name) == ("経済産業省", "03-1234-5678",
                                                                            "ふるさと Co-LEAD")
    assert (setup.regions[0].lab_contact, setup.regions[0].lab_address) == ("北見 太郎", "北見市1-1")


def test_strings_are_nfkc_normalised() -> None:
    setup = read_setup_json(_document(name="ＣＯ－ＬＥＡＤ　２０２５ ", payer__zengin__bank_code="０００５"))
    assert setup.name == "CO-LEAD 2025" and setup.payer.zengin.bank_code == "0005"


def test_missing_fields_are_named() -> None:
    message = _refusal(_document(end=None, payer__address=None, regions__1__name=None))
    assert "end:" in message and "payer.address:" in message
    assert "regions[1].name:" in _refusal(_document(regions__1__name=None))
    assert "payer:" in _refusal(_document(payer=None))


def test_wrong_types_are_named() -> None:
    assert "fiscal_year:" in _refusal(_document(fiscal_year="2025"))
    assert "fiscal_year:" in _refusal(_document(fiscal_year=True))
    assert "start:" in _refusal(_document(start="2025/06/01"))
    assert "regions:" in _refusal(_document(regions={"name": "北見"}))
    assert "payer.zengin:" in _refusal(_document(payer__zengin="0005"))
    assert "payer.name:" in _refusal(_document(payer__name=["事務局"]))
    number = _refusal(_document(payer__zengin__bank_code=5))
    assert "payer.zengin.bank_code:" in number and "0" in number  # says leading zeros would be lost
    assert "payer.zengin.account_type:" in _refusal(_document(payer__zengin__account_type="貯蓄"))
    assert "オブジェクト" in _refusal("[]")


def test_unknown_keys_are_refused() -> None:
    assert "adress" in _refusal(_document(payer__adress="東京"))
    assert "region" in _refusal(_document(region=[]))


def test_hostile_documents_are_refused() -> None:
    assert "JSON" in _refusal('{"name": ')
    _refusal(b"\xff\xfe")
    _refusal('{"name": "a", "name": "b"}')
    _refusal(_document(name="a\u0000b"))
    _refusal(_document(name="x" * 100_001))
    _refusal(_document(regions=[{"name": str(n)} for n in range(101)]))


def test_reading_does_not_check_rules_but_the_rules_point_at_the_same_paths() -> None:
    setup = read_setup_json(_document(payer__zengin__requester_code="01234567890",  # 11 digits
                                      payer__zengin__requester_kana="コリード事務局",
                                      payer__invoice_no="T700001205000",  # T + 12 digits
                                      regions__1__name="北見"))
    assert set(_errors(setup)) == {"payer.zengin.requester_code", "payer.zengin.requester_kana",
                                   "payer.invoice_no", "regions[1].name"}


def test_a_long_name_is_reported_with_its_own_limit() -> None:
    assert "200" in _errors(read_setup_json(_document(name="x" * 10_000)))["name"]


def _stored_errors(stored: ProgrammeSetup, wanted: ProgrammeSetup) -> dict[str, str]:
    return {f.field: f.message for f in check_setup(wanted, stored) if f.is_error}


def test_a_value_stored_before_its_rule_is_let_be_until_the_edit_changes_it() -> None:
    """An emoji stored in a name by an older version blocked every later save of the setup, even one by accounting,
    which may change only the payer (the programme's tab read-only): only the values an edit changes must follow
    the rules; the others' errors are said as warnings."""
    stored = replace(GOOD, name="桑名😀", end=date(2025, 5, 1),  # an emoji, and a period ending before it starts
                     payer=replace(GOOD.payer, zengin=replace(ZENGIN, bank_code="")),
                     regions=(RegionSetup("北見", region_id=1), RegionSetup("北見", region_id=2)))
    assert set(_errors(stored)) == {"name", "end", "payer.zengin.bank_code", "regions[1].name"}
    payer_edit = replace(stored, payer=replace(stored.payer, address="東京都千代田区霞が関1-3-2"))
    assert _stored_errors(stored, payer_edit) == {}
    warned = {f.field for f in check_setup(payer_edit, stored) if not f.is_error}
    assert {"name", "end", "payer.zengin.bank_code", "regions[1].name"} <= warned
    assert set(_stored_errors(stored, replace(stored, name="北見😀"))) == {"name"}
    assert set(_stored_errors(stored, replace(stored, fiscal_year=2026))) >= {"end"}  # the period, checked as one
    assert set(_stored_errors(stored, replace(stored, payer=replace(stored.payer, zengin=replace(
        stored.payer.zengin, branch_code="002"))))) == set()  # the block's missing code is not this edit's


def test_a_region_added_or_renamed_to_a_stored_name_is_a_duplicate_wherever_listed() -> None:
    stored = replace(GOOD, regions=(RegionSetup("キタミ", region_id=1), RegionSetup("桑名", region_id=2)))
    renamed = replace(stored, regions=(RegionSetup("桑名", region_id=1), RegionSetup("桑名", region_id=2)))
    assert set(_stored_errors(stored, renamed)) == {"regions[1].name"}  # said of the unchanged one, still an error
    added = replace(stored, regions=(*stored.regions, RegionSetup("ｷﾀﾐ")))
    assert set(_stored_errors(normalise_setup(stored), normalise_setup(added))) == {"regions[2].name"}
