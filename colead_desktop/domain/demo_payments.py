"""Demo payment data for the 16 talents of the FY2021 programme.

EVERYTHING HERE IS INVENTED: days worked, fares, hotel bills, bank codes, branch names, account
numbers and the two employer companies are made up for demonstrations and tests; none of it
describes a real person, company or account. Talent ids, names and フリガナ come from the caller
(the demo loader owns talent identities). Each account is in the payee's own name: the holder is
the payee's フリガナ in bank kana (never derived from kanji, §2.4), except for the two payees paid
to their (invented) employer, whose account is in the company's name.
Tours follow the programme: Kitami 2021-11-16..18 (6 talents), Kuwana 2021-11-25..27 (5),
Okinawa 2021-11-25..27 (5); business-model work runs December 2021 – February 2022.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from colead_desktop.domain.bank import BankAccount, validate_account
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import is_holiday_or_weekend
from colead_desktop.domain.kana import to_zengin_kana
from colead_desktop.domain.payments import (
    FY2021_PRESET, Activity, Expense, ExpenseCategory, PayeeInput, PaymentPolicy, TaxStatus,
    WorkDay, compute_payment,
)
from colead_desktop.domain.statements import Employer, Payer, Statement

TOURS: tuple[tuple[str, date, int, int], ...] = (
    # region, first tour day, number of talents, lowest one-way fare (yen)
    ("kitami", date(2021, 11, 16), 6, 38_000),
    ("kuwana", date(2021, 11, 25), 5, 11_000),
    ("okinawa", date(2021, 11, 25), 5, 29_000),
)
FARE_CATEGORY = {"kitami": ExpenseCategory.AIR, "kuwana": ExpenseCategory.RAIL,
                 "okinawa": ExpenseCategory.AIR}
EXEMPT = {  # index → (why no withholding, the invented employer's account holder)
    9: ("所属企業（株式会社サンプルソフト・架空）へ支払（法人のため源泉徴収なし）", "ｶ)ｻﾝﾌﾟﾙｿﾌﾄ"),
    10: ("所属企業（株式会社デモ電機・架空）へ支払（法人のため源泉徴収なし）", "ｶ)ﾃﾞﾓﾃﾞﾝｷ")}
EMPLOYERS = {9: Employer("株式会社サンプルソフト（架空）", "東京都港区（架空）2-2-2"),
             10: Employer("株式会社デモ電機（架空）", "大阪府大阪市北区（架空）3-3-3")}
BRANCHES = ("ホンテン", "シンジユク", "シブヤ", "ウメダ", "ナゴヤ", "サツポロ", "ハカタ", "ヨコハマ",
            "キヨウト", "センダイ", "ナハ", "コウベ", "ヒロシマ", "チバ", "オオミヤ", "カナザワ")  # invented
BANKS = (("0001", "ﾐｽﾞﾎ"), ("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ"), ("0010", "ﾘｿﾅ"),
         ("0033", "PAYPAY"), ("0036", "ﾗｸﾃﾝ"))
DEMO_PAYER = Payer(name="ふるさとCo-LEAD事務局（架空）", address="東京都千代田区（架空）1-1-1",
                   programme="令和3年度 ふるさとCo-LEAD（デモ）", contract_no="DEMO-2021-001")
TRANSFER_DATE = date(2022, 3, 10)
PLACEHOLDER_TALENTS = tuple((f"t{i:02d}", f"人材{i:02d}", f"ジンザイ {i:02d}") for i in range(1, 17))
"""Stand-ins for the 16 talents where no demo database is at hand (self-check, benchmarks, tests)."""
FEE_BORNE_BY_PAYEE_YEN = 330


@dataclass(frozen=True)
class DemoPayee:
    payee: PayeeInput
    kana: str
    bank: BankAccount
    fee_yen: int
    employer: Employer | None = None


def _work_days(rng: random.Random) -> tuple[WorkDay, ...]:
    """2–8 distinct weekday work days between December and February (some exceed the 5-day cap)."""
    start, span = date(2021, 12, 1), (date(2022, 2, 28) - date(2021, 12, 1)).days
    weekdays = [start + timedelta(d) for d in range(span + 1)
                if not is_holiday_or_weekend(start + timedelta(d))]
    picked = sorted(rng.sample(weekdays, rng.randint(2, 8)))
    return tuple(WorkDay(day, Activity.SUPPORT) for day in picked)


def _expenses(rng: random.Random, region: str, first: date, fare: int,
              index: int) -> tuple[Expense, ...]:
    last = first + timedelta(days=2)
    category = FARE_CATEGORY[region]
    direct_fares = index % 4 == 1  # the secretariat bought some tickets itself
    out = [Expense(first, category, fare + rng.randrange(0, 9_000, 10), direct_fares, "往路"),
           Expense(last, category, fare + rng.randrange(0, 9_000, 10), direct_fares, "復路"),
           Expense(first, ExpenseCategory.RAIL, rng.randrange(600, 2_400, 10), False,
                   "自宅最寄駅〜空港・駅")]
    nightly = {"kitami": 8_200, "kuwana": 7_500, "okinawa": 9_300}[region]
    out.append(Expense(first, ExpenseCategory.LODGING, nightly * 2, region != "kitami",
                       "2泊"))
    return tuple(out)


def demo_payees(talents: Sequence[tuple[str, str, str]], seed: int = 2021) -> list[DemoPayee]:
    """Invented payment data for exactly 16 (talent id, name, フリガナ) triples, in tour order."""
    if len(talents) != sum(t[2] for t in TOURS):
        raise InputError(msg("デモ支払データには16人の人材が必要です（{n}人）",
                             "Demo payments need 16 talents ({n} given)", n=len(talents)))
    rng = random.Random(seed)
    result, index = [], 0
    for region, first, count, fare in TOURS:
        for _ in range(count):
            talent_id, name, kana = talents[index]
            code, bank_name = BANKS[index % len(BANKS)]
            reason, holder = EXEMPT.get(index, ("", to_zengin_kana(kana)))
            bank = validate_account(talent_id, code, f"{rng.randint(1, 899):03d}",
                                    "普通", f"{rng.randint(1, 9_999_999):07d}",
                                    holder, bank_name, BRANCHES[index])
            payee = PayeeInput(
                payee_id=talent_id, name=name,
                tax=TaxStatus.EXEMPT if reason else TaxStatus.INDIVIDUAL,
                exempt_reason=reason, region=region,
                tour_days=tuple(first + timedelta(days=d) for d in range(3)),
                work_days=_work_days(rng), expenses=_expenses(rng, region, first, fare, index))
            result.append(DemoPayee(payee, kana, bank, FEE_BORNE_BY_PAYEE_YEN if index % 5 == 3 else 0,
                                    EMPLOYERS.get(index)))
            index += 1
    return result


def demo_statements(payees: Sequence[DemoPayee],
                    policy: PaymentPolicy = FY2021_PRESET) -> list[Statement]:
    """Draft statements for the demo payees, computed with `policy`."""
    return [Statement(statement_no=f"DEMO-{i:04d}", payer=DEMO_PAYER,
                      result=compute_payment(p.payee, policy, p.fee_yen),
                      period=(date(2021, 11, 16), date(2022, 2, 28)), issue_date=date(2022, 3, 1),
                      transfer_date=TRANSFER_DATE, bank=p.bank,
                      payee_address="（架空の住所）", employer=p.employer)
            for i, p in enumerate(payees, start=1)]
