"""What a secretariat sets up for a programme (a fiscal year): the programme itself, the payer and its bank
file identity (全銀 振込依頼人), and the regions with their labs.

The wizard (新しいプログラム…), プログラム設定, `colead programme create FILE.json` and 次年度を作成… all build
and check these same values, so the rules for them live here once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, TypeVar

from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.bank_directory import bank_info
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.kana import invalid_characters, to_zengin_kana, zengin_bytes
from colead_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE, printable_problem
from colead_desktop.domain.normalise import canonical_address, canonical_phone, normalise_text


@dataclass(frozen=True)
class ZenginRequester:
    """The payer's identity in a 全銀 総合振込 file and the account the transfers are paid from.

    The account number is personal-grade data of the payer: kept out of repr like a payee's account."""

    requester_code: str = ""  # 10 digits, given by the bank (委託者コード)
    requester_kana: str = ""  # 振込依頼人名, bank kana
    bank_code: str = ""  # 4 digits
    branch_code: str = ""  # 3 digits
    account_type: AccountType = AccountType.ORDINARY
    account_number: str = field(default="", repr=False)  # up to 7 digits


@dataclass(frozen=True)
class PayerSetup:
    """The secretariat as it is printed on every statement (支払者) and the 支払調書."""

    name: str = ""
    address: str = ""
    phone: str = ""
    project_name: str = ""  # 事業名
    contract_no: str = ""  # optional
    invoice_no: str = ""  # 適格請求書発行事業者登録番号: "" or T + 13 digits
    zengin: ZenginRequester = ZenginRequester()


@dataclass(frozen=True)
class RegionSetup:
    """A region taking part, with its local IoT lab."""

    name: str
    prefecture: str = ""
    lab: str = ""  # the lab's name
    lab_contact: str = ""  # the lab's contact person
    lab_address: str = ""
    # The stored region this setup edits (load_setup fills it in), so プログラム設定 can rename a region; None for
    # a region being added, which then joins an existing region of the same name or is created.
    region_id: int | None = None


@dataclass(frozen=True)
class ProgrammeSetup:
    name: str
    fiscal_year: int
    start: date
    end: date
    sponsor: str = ""  # e.g. 経済産業省
    payer: PayerSetup = PayerSetup()
    regions: tuple[RegionSetup, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A problem with one field of a setup; `field` is its path, e.g. `payer.zengin.bank_code`, `regions[1].name`.

    Errors stop the setup from being saved; warnings are shown and the user may go on."""

    field: str
    message: str
    is_error: bool = True


# Column widths of the tables the setup is stored in (programme, payment_payer, region): longer text is an
# error here rather than a truncation or a database refusal later.
_MAX_CHARS = {"name": 200, "sponsor": 200, "payer.name": 200, "payer.address": 300, "payer.phone": 30,
              "payer.project_name": 200, "payer.contract_no": 50, "name_of_region": 100, "prefecture": 20,
              "lab": 200, "lab_contact": 100, "lab_address": 300}
_ZENGIN_LABELS = {"requester_code": ("振込依頼人コード", "requester code"),
                  "requester_kana": ("振込依頼人名（カナ）", "requester name (kana)"),
                  "bank_code": ("金融機関コード", "bank code"), "branch_code": ("支店コード", "branch code"),
                  "account_number": ("口座番号", "account number")}
REQUESTER_KANA_MAX_BYTES = 40  # the header's 振込依頼人名 field
FISCAL_YEARS = (2000, 2100)  # the dates the app handles (domain/validation.py) hold these years
D = TypeVar("D")


def fiscal_year_period(fiscal_year: int) -> tuple[date, date]:
    """年度 N runs from 1 April N to 31 March N+1."""
    return date(fiscal_year, 4, 1), date(fiscal_year + 1, 3, 31)


# The setup's codes, numbers and payer's address, stored in one form however they are typed (full-width digits, 「ー」
# for a hyphen): the address prints on every statement. A lab's address is the shared region record's, which only
# an administrator writes: normalising it here would make accounting's save of the payer rewrite it, and be refused.
_IDENTIFIERS: dict[str, Callable[[str], str]] = {
    "phone": canonical_phone, "address": canonical_address,
    **dict.fromkeys(("contract_no", "invoice_no", "requester_code", "requester_kana", "bank_code", "branch_code",
                     "account_number"), normalise_text)}


def normalise_setup(setup: ProgrammeSetup) -> ProgrammeSetup:
    """The setup as it is checked and stored: every text trimmed, the codes, numbers and payer's address
    NFKC-normalised (names are kept as typed: NFKC is for text from outside, which programme_setup_json reads), the requester name
    converted to bank kana (form only: full-width → half-width, small → large kana; never from kanji), and
    the invoice number without the hyphens and spaces it is often printed with (T1-2345-6789-0123)."""
    setup = _normalised_texts(setup)
    zengin = replace(setup.payer.zengin, requester_kana=to_zengin_kana(setup.payer.zengin.requester_kana))
    invoice = setup.payer.invoice_no.replace("-", "").replace(" ", "").upper()
    return replace(setup, payer=replace(setup.payer, invoice_no=invoice, zengin=zengin))


def _normalised_texts(value: D) -> D:
    changes: dict[str, Any] = {}
    for item in fields(value):  # type: ignore[arg-type]  # only called with the setup dataclasses
        current = getattr(value, item.name)
        if isinstance(current, str) and not isinstance(current, AccountType):
            changes[item.name] = _IDENTIFIERS.get(item.name, str.strip)(current)
        elif isinstance(current, tuple):
            changes[item.name] = tuple(_normalised_texts(part) for part in current)
        elif hasattr(current, "__dataclass_fields__"):
            changes[item.name] = _normalised_texts(current)
    return replace(value, **changes)  # type: ignore[type-var]


def check_setup(setup: ProgrammeSetup, stored: ProgrammeSetup | None = None) -> list[Finding]:
    """Every problem of a (normalised) setup, in the order of the wizard's pages; [] when it is complete. With
    `stored` (normalised), `setup` edits it: the errors of values the edit leaves as they were are warnings. A value
    stored before its rule (a name with an emoji, from an older version) is let be until it is changed, as a tour's
    texts are: shown, it no longer blocks an edit elsewhere (accounting, which may change only the payer, could not
    save it past the programme's read-only tab)."""
    findings = [*_programme(setup), *_payer(setup.payer), *_zengin(setup.payer.zengin), *_regions(setup.regions)]
    return findings if stored is None else _let_stored_be(findings, stored, setup)


def _let_stored_be(findings: list[Finding], stored: ProgrammeSetup, wanted: ProgrammeSetup) -> list[Finding]:
    kept = msg("（保存済みの値はこのまま残せます。変更するときはこの規則に従ってください）",
               " (the stored value may stay as it is; a change must follow this rule)")
    return [replace(finding, message=finding.message + kept, is_error=False)
            if finding.is_error and not _changed(stored, wanted, finding.field) else finding for finding in findings]


_PERIOD = ("fiscal_year", "start", "end")  # checked together: a change of one checks the others again
_REGION_PATH = re.compile(r"regions\[(\d+)\]\.(\w+)")


def _changed(stored: ProgrammeSetup, wanted: ProgrammeSetup, path: str) -> bool:
    """Whether the edit changes the value at a finding's `path` (a region by its stored id, wherever it is listed)."""
    if path in _PERIOD:
        return any(getattr(stored, name) != getattr(wanted, name) for name in _PERIOD)
    if (region_path := _REGION_PATH.fullmatch(path)) is not None:
        region, key = wanted.regions[int(region_path[1])], region_path[2]

        def edited(candidate: RegionSetup, name: str) -> bool:  # added, or its `name` field changed
            before = next((r for r in stored.regions
                           if candidate.region_id is not None and r.region_id == candidate.region_id), None)
            return before is None or getattr(before, name) != getattr(candidate, name)

        # a name is checked against the others': one added or renamed to it makes it a duplicate, wherever listed
        return edited(region, key) or key == "name" and any(
            edited(other, "name") and normalise_text(other.name) == normalise_text(region.name)
            for other in wanted.regions if other is not region)
    before_value: Any = stored
    value: Any = wanted
    for name in path.split("."):
        before_value, value = getattr(before_value, name), getattr(value, name)
    return bool(before_value != value)


def refuse_errors(findings: list[Finding]) -> None:
    """InputError listing every error finding as `path: message` (warnings pass), for the CLI and services."""
    errors = [f"{finding.field}: {finding.message}" for finding in findings if finding.is_error]
    if errors:
        raise InputError("\n".join(errors))


def _error(path: str, ja: str, en: str, **params: object) -> Finding:
    return Finding(path, msg(ja, en, **params))


def _warning(path: str, ja: str, en: str, **params: object) -> Finding:
    return Finding(path, msg(ja, en, **params), is_error=False)


def _required(path: str, value: str) -> list[Finding]:
    return [] if value else [_error(path, "入力してください", "is required")]


def _text(path: str, value: str, limit_key: str | None = None) -> list[Finding]:
    """A text field's length, and that the PDFs can print it (the programme's name heads every document)."""
    limit = _MAX_CHARS[limit_key or path]
    if len(value) > limit:
        return [_error(path, "{n} 文字以内で入力してください", "must be at most {n} characters", n=limit)]
    problem = printable_problem(value)
    return [] if problem is None else [Finding(path, problem)]


def _digits(value: str, low: int, high: int) -> bool:
    return value.isascii() and value.isdigit() and low <= len(value) <= high


def _programme(setup: ProgrammeSetup) -> list[Finding]:
    found = [*_required("name", setup.name), *_text("name", setup.name), *_text("sponsor", setup.sponsor)]
    if not FISCAL_YEARS[0] <= setup.fiscal_year <= FISCAL_YEARS[1]:
        return [*found, _error("fiscal_year", "年度は {lo}〜{hi} で入力してください",
                               "the fiscal year must be from {lo} to {hi}", lo=FISCAL_YEARS[0], hi=FISCAL_YEARS[1])]
    for path, day in (("start", setup.start), ("end", setup.end)):
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            found.append(_error(path, "{lo}〜{hi} の日付で入力してください", "must be a date from {lo} to {hi}",
                                lo=EARLIEST_DATE.isoformat(), hi=LATEST_DATE.isoformat()))
    if setup.start > setup.end:
        return [*found, _error("end", "終了日は開始日以降にしてください", "the end must not be before the start")]
    first, last = fiscal_year_period(setup.fiscal_year)
    # A programme may start before April (preparation) or run into the next year (final reports), so only
    # a period that misses its fiscal year entirely is refused; one reaching beyond it is a warning.
    if setup.end < first or setup.start > last:
        found.append(_error("start", "期間が {fy} 年度（{a}〜{b}）と重なっていません",
                            "the period does not overlap fiscal year {fy} ({a} to {b})",
                            fy=setup.fiscal_year, a=first.isoformat(), b=last.isoformat()))
    else:
        for path, outside in (("start", setup.start < first), ("end", setup.end > last)):
            if outside:
                found.append(_warning(path, "期間が {fy} 年度（{a}〜{b}）の外にはみ出しています",
                                      "the period reaches outside fiscal year {fy} ({a} to {b})",
                                      fy=setup.fiscal_year, a=first.isoformat(), b=last.isoformat()))
    return found


def _payer(payer: PayerSetup) -> list[Finding]:
    found = [*_required("payer.name", payer.name)]
    for key in ("name", "address", "phone", "project_name", "contract_no"):
        found += _text(f"payer.{key}", getattr(payer, key))
    if not payer.contract_no:
        # Optional (not every secretariat has one when it starts), but each fiscal year has its own contract and
        # the number prints on every statement: 次年度を作成… clears last year's, and this reminds.
        found.append(_warning("payer.contract_no",
                              "契約番号が未入力です。支払明細書に印刷される今年度の契約番号を入力してください",
                              "the contract number is missing; enter this year's, which prints on the statements"))
    invoice = payer.invoice_no
    if invoice and not (invoice[:1] == "T" and _digits(invoice[1:], 13, 13)):
        found.append(_error("payer.invoice_no", "登録番号は T と13桁の数字で入力してください（例: T1234567890123）",
                            "the registration number must be T and 13 digits (e.g. T1234567890123)"))
    elif invoice and not corporate_number_check_digit_ok(invoice[1:]):
        # Only a corporation's number is its 法人番号 with this check digit; a sole proprietor's is assigned
        # separately, so a mismatch asks for a second look instead of refusing.
        found.append(_warning("payer.invoice_no",
                              "登録番号の検査用数字（先頭の数字）が法人番号の規則と合いません。番号を確認してください",
                              "the registration number's check digit (its first digit) does not follow the "
                              "corporate number rule; check the number"))
    return found


def corporate_number_check_digit_ok(number: str) -> bool:
    """法人番号 (13 digits): the first digit is 9 − (Σ Pn × Qn mod 9) over the other 12, where Pn is the n-th
    digit counted from the right and Qn is 1 for odd n, 2 for even n (法人番号の指定等に関する省令 第2条)."""
    base = number[1:]
    total = sum(int(digit) * (1 if n % 2 else 2) for n, digit in enumerate(reversed(base), start=1))
    return int(number[0]) == 9 - total % 9


def _zengin(zengin: ZenginRequester) -> list[Finding]:
    values = {key: getattr(zengin, key) for key in _ZENGIN_LABELS}
    if not any(values.values()):
        return [_warning("payer.zengin",
                         "全銀（振込依頼人）の設定がありません。明細書は作成できますが、全銀ファイルは作成できません",
                         "the Zengin requester is not set up: statements work, the bank transfer file will not")]
    found = [_error(f"payer.zengin.{key}", "全銀の設定が途中です: {f}を入力してください",
                    "the Zengin setup is incomplete: enter the {f_en}", f=ja, f_en=en)
             for key, (ja, en) in _ZENGIN_LABELS.items() if not values[key]]
    rules = (("requester_code", 10, 10, "振込依頼人コードは10桁の数字で入力してください", "the requester code must be 10 digits"),
             ("bank_code", 4, 4, "金融機関コードは4桁の数字で入力してください", "the bank code must be 4 digits"),
             ("branch_code", 3, 3, "支店コードは3桁の数字で入力してください", "the branch code must be 3 digits"),
             ("account_number", 1, 7, "口座番号は1〜7桁の数字で入力してください", "the account number must be 1 to 7 digits"))
    for key, low, high, ja, en in rules:
        if values[key] and not _digits(values[key], low, high):
            found.append(_error(f"payer.zengin.{key}", ja, en))
    found += _requester_kana(zengin.requester_kana)
    if zengin.account_type not in (AccountType.ORDINARY, AccountType.CURRENT):
        found.append(_error("payer.zengin.account_type", "預金種目は 普通 か 当座 にしてください",
                            "the account type must be ordinary or current"))
    if _digits(zengin.bank_code, 4, 4):
        found += _bank_lookup(zengin.bank_code, zengin.branch_code)
    return found


def _requester_kana(text: str) -> list[Finding]:
    kana = to_zengin_kana(text)
    if not kana:
        return []
    bad = invalid_characters(kana)
    if bad:
        return [_error("payer.zengin.requester_kana",
                       "銀行で使えない文字があります: {chars}"
                       "（使える文字: 半角カナ・英大文字・数字・( ) - . / とスペース。漢字は使えません）",
                       "has characters banks refuse: {chars} (allowed: half-width kana, A-Z, 0-9, ( ) - . / and "
                       "space; no kanji)", chars=" ".join(bad))]
    if zengin_bytes(kana) > REQUESTER_KANA_MAX_BYTES:
        return [_error("payer.zengin.requester_kana",
                       "半角{n}文字（バイト）以内にしてください。銀行に届けた略称で入力してください",
                       "must be at most {n} half-width characters (bytes); enter the abbreviation registered "
                       "with the bank", n=REQUESTER_KANA_MAX_BYTES)]
    return []


def _bank_lookup(bank_code: str, branch_code: str) -> list[Finding]:
    """Unknown codes are warnings: the package's data lags behind branch openings and merges."""
    info = bank_info(bank_code, branch_code)
    if info is None:
        return [_warning("payer.zengin.bank_code", "金融機関コード {code} は銀行コード表にありません。コードを確認してください",
                         "bank code {code} is not in the bank code list; check it", code=bank_code)]
    if _digits(branch_code, 3, 3) and not info.branch_known:
        return [_warning("payer.zengin.branch_code",
                         "支店コード {code} は {bank} の支店コード表にありません。コードを確認してください",
                         "branch code {code} is not in the branch list of {bank}; check it",
                         code=branch_code, bank=info.bank_name)]
    return []


def _regions(regions: tuple[RegionSetup, ...]) -> list[Finding]:
    if not regions:
        return [_warning("regions", "地域がありません。ラウンドテーブルのテーブルは地域から作られます",
                         "There are no regions; the round tables are made from them")]
    found: list[Finding] = []
    seen: set[str] = set()
    for index, region in enumerate(regions):
        path = f"regions[{index}]"
        if not region.name:
            found.append(_error(f"{path}.name", "地域名を入力してください", "the region name is required"))
        elif normalise_text(region.name) in seen:  # ｷﾀﾐ and キタミ, typed as they are, are one name
            found.append(_error(f"{path}.name", "地域名「{n}」が重複しています", "the region name {n} appears twice",
                                n=region.name))
        seen.add(normalise_text(region.name))
        found += _text(f"{path}.name", region.name, "name_of_region")
        for key in ("prefecture", "lab", "lab_contact", "lab_address"):
            found += _text(f"{path}.{key}", getattr(region, key), key)
    return found
