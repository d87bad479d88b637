"""A database at a real programme's size, made through the app's own services (issue 15).

The demo programme (its regions, payer, policy, 16 talents, 3 tours) plus invented talents, tours (copies of the
demo tours on other dates) and approved statements for talents with work days, each written by the service the
GUI or CLI would call, so the rows, audit entries and indexes are the ones a user's database has.

Run: `python -m benchmarks.bigdb PATH [--talents 10000 --tours 1000 --statements 1000]` (PATH: a new SQLite file).
Tests use `build(db, MODERATE)` or smaller sizes of their own.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.db.engine import Database  # noqa: E402
from colead_desktop.domain import records as rec  # noqa: E402
from colead_desktop.domain.demo_tours import demo_tours  # noqa: E402
from colead_desktop.services import payment_records, payment_statements, payments  # noqa: E402
from colead_desktop.services.demo import load_demo  # noqa: E402
from colead_desktop.services.programme_scope import regions_of  # noqa: E402
from colead_desktop.services.records import insert_record  # noqa: E402
from colead_desktop.services.tours import save_tour_in  # noqa: E402

WHO = "ベンチマーク 作成"
APPROVER = "ベンチマーク 承認"  # approval needs someone other than who computed the statements
FIRST_DAY = date(2021, 5, 1)  # inside the demo's fiscal year 2021
KANA = ("アイ", "イト", "ウエ", "オカ", "カト", "キム", "クボ", "ケン", "コバ", "サト", "シマ", "スズ", "セキ", "ソノ",
        "タカ", "チバ", "ツジ", "テラ", "トミ", "ナカ")


@dataclass(frozen=True)
class Size:
    talents: int
    tours: int
    statements: int


BIG = Size(10_000, 1_000, 1_000)  # the issue's: plus the demo's 16 talents, 3 tours and 16 statements
MODERATE = Size(60, 20, 30)  # the SQL-count and UI tests' size


def _kana(n: int) -> str:
    return f"{KANA[n % 20]}{KANA[n // 20 % 20]} {KANA[n // 400 % 20]}{KANA[n // 8000 % 20]}"


def add_talents(db: Database, programme_id: int, count: int) -> list[int]:
    """`count` invented talents in the programme, assigned to its regions in turn; their ids."""
    ids: list[int] = []
    with db.session() as session:
        regions = [r.id for r in regions_of(session, programme_id)]
    for start in range(0, count, 1_000):  # a transaction per thousand, as an import would write them
        with db.session() as session:
            for n in range(start, min(count, start + 1_000)):
                region = regions[n % len(regions)]
                saved = insert_record(session, rec.TalentRecord(
                    id=None, programme_id=programme_id, name=f"架空 人材{n:05d}", kana=_kana(n),
                    affiliation=f"架空株式会社{n % 97}", email=f"t{n}@example.invalid", home_city="東京都",
                    skills=("engineer", "data_scientist")[: 1 + n % 2], region_preferences=(region,),
                    assigned_region_id=region, data_note="ベンチマーク用の架空データ"), programme_id)
                assert saved.id is not None
                ids.append(saved.id)
    return ids


def add_tours(db: Database, programme_id: int, count: int) -> None:
    """`count` copies of the demo tours, a day apart in turn, so about three overlap on any day."""
    templates = demo_tours()
    with db.session() as session:
        for n in range(count):
            tour = templates[n % len(templates)]
            start = FIRST_DAY + timedelta(days=n // len(templates) % 300)
            save_tour_in(session, programme_id, replace(
                tour, id="", title=f"{tour.title}（{n + 1}）", start_date=start,
                items=tuple(replace(item, key="") for item in tour.items)))


def add_statements(db: Database, programme_id: int, talent_ids: list[int]) -> None:
    """For each talent: payee details with a bank account, two work days, a computed and approved statement."""
    for n, talent_id in enumerate(talent_ids):
        details = payments.payee_details(db, talent_id)
        payments.save_payee(db, talent_id, WHO, address="（架空の住所）", bank_code="0001", branch_code="001",
                            account_type="ordinary", account_number=f"{n + 1:07d}", holder_kana=details.kana,
                            bank_name_kana="ﾐｽﾞﾎ", branch_name_kana="ﾎﾝﾃﾝ")
        for day in (1, 2):
            payment_records.add_work_day(db, programme_id, talent_id, FIRST_DAY + timedelta(days=n % 300 + day),
                                         "support", WHO)
        statement_id = payment_statements.compute_draft(db, programme_id, talent_id, WHO, date(2022, 3, 25))
        payment_statements.approve_statement(db, statement_id, APPROVER)


def build(db: Database, size: Size) -> int:
    """Migrate, load the demo and add `size` to it; the programme's id."""
    db.migrate()
    programme_id = load_demo(db)
    assert programme_id is not None, "build a new database"
    talent_ids = add_talents(db, programme_id, size.talents)
    add_tours(db, programme_id, size.tours)
    add_statements(db, programme_id, talent_ids[: size.statements])
    return programme_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path, help="the new SQLite file")
    parser.add_argument("--talents", type=int, default=BIG.talents)
    parser.add_argument("--tours", type=int, default=BIG.tours)
    parser.add_argument("--statements", type=int, default=BIG.statements)
    args = parser.parse_args()
    if args.path.exists():
        parser.error(f"{args.path} exists: give a new file")
    start = time.perf_counter()
    build(Database(f"sqlite:///{args.path.resolve()}"), Size(args.talents, args.tours, args.statements))
    print(f"{args.path}: {args.talents:,} talents, {args.tours:,} tours, {args.statements:,} statements added "
          f"to the demo in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
