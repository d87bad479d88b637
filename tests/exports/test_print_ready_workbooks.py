"""Every workbook as LibreOffice prints it: A4 in the orientation chosen for each sheet, one page wide, pages
numbered, header rows repeated, and wrapped cells in rows tall enough that no text prints over another row.

Each set of five workbooks (rotation, payments, 支払調書, monthly withholding, B-5) is converted in one soffice
run, on the demo and on invented records with very long names and texts; page images go to artifacts/print18.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import meetup_2021
from colead_desktop.domain.b5 import B5Worksheet
from colead_desktop.domain.demo_payments import demo_payees, demo_statements
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import MeetupPack, TableBrief, TalentSheet
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.withholding_monthly import monthly_withholding
from colead_desktop.exports.b5_workbook import write_b5_workbook
from colead_desktop.exports.payments_xlsx import write_payments_workbook
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.exports.shiharai_chosho_xlsx import write_chosho_workbook
from colead_desktop.exports.withholding_monthly_xlsx import write_withholding_monthly
from colead_desktop.services import meetup
from colead_desktop.services import payments as pay
from colead_desktop.services import tax_documents
from colead_desktop.services.demo import load_demo
from colead_desktop.services.meetup_exports import export_rotation
from colead_desktop.services.tour_exports import export_b5
from tests.exports.test_b5_workbook import FILLED
from tests.programmes import demo_programme
from tests.services.payments_fixtures import pay as pay_in_run

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="LibreOffice and poppler-utils are needed")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "print18"
LONG_NAME = "ヴァン・デル・ヴェステンハーゲン＝シュミット 亜里沙エリザベート"
LONG_ADDRESS = "北海道北見市端野町三区字端野123番地45 ハイツ・オホーツク・リバーサイド・レジデンス北見東 第二棟 1205号室"
LONG_TEXT = ("地域の課題はデジタル人材の不足とサプライチェーンの見える化の遅れであり、まずはセンサーデータの"
             "収集基盤（IoT・LPWA）を整えたうえで、受発注と在庫のデータを一元化したい。")
WORKBOOKS = ("rotation", "payments", "chosho", "withholding", "b5")


@dataclass(frozen=True)
class Page:
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@pytest.fixture(autouse=True)
def _japanese() -> Iterator[None]:
    set_language("ja")
    yield
    set_language("ja")


def to_pdf(folder: Path, books: dict[str, Path]) -> dict[str, Path]:
    """Every workbook of `books` converted by LibreOffice in one run, as LibreOffice prints it."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder / "pdf"), *map(str, books.values())], check=True, capture_output=True,
                   timeout=300)
    return {name: folder / "pdf" / f"{path.stem}.pdf" for name, path in books.items()}


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [Page(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", out)]


def words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x0, y0, x1, y1, word) of every word pdftotext finds."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, text in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                                               r"([^<]*)</word>", body):
            found.append((page, float(x0), float(y0), float(x1), float(y1), text))
    return found


def overlapping(pdf: Path) -> list[tuple[str, str]]:
    """Pairs of words printed over each other: the sign of a row too short for its wrapped text."""
    pairs = []
    by_page: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for page, *box in words(pdf):
        by_page.setdefault(page, []).append(tuple(box))  # type: ignore[arg-type]
    for boxes in by_page.values():
        for i, (ax0, ay0, ax1, ay1, a) in enumerate(boxes):
            for bx0, by0, bx1, by1, b in boxes[i + 1:]:
                w, h = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
                if w > 1 and h > 0.3 * min(ay1 - ay0, by1 - by0):
                    pairs.append((a, b))
    return pairs


def flat_text(pdf: Path) -> str:
    return "".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())


def look(pdf: Path, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "3", str(pdf), str(ARTIFACTS / name)], check=True)


def check_printed(pdfs: dict[str, Path], prefix: str) -> dict[str, list[Page]]:
    """What every printed workbook must be: A4, no words over each other; page images for looking at."""
    printed = {}
    for name, pdf in pdfs.items():
        sizes = pages(pdf)
        assert sizes, name
        assert all(sorted((round(p.width), round(p.height))) == [595, 842] for p in sizes), (name, sizes)
        assert overlapping(pdf) == [], name
        look(pdf, f"{prefix}_{name}")
        printed[name] = sizes
    return printed


def test_demo_workbooks_print_on_a4_pages_without_overlaps(db: Database, tmp_path: Path) -> None:
    programme_id = load_demo(db)
    assert programme_id is not None and programme_id == demo_programme(db)
    event_id = meetup.meetup_event_id(db, programme_id)
    assert event_id is not None
    payees = pay.list_payees(db, programme_id)
    pay_in_run(db, programme_id, [p.statement_id for p in payees], date(2022, 3, 10), tmp_path / "runs")
    books = {"rotation": export_rotation(db, event_id, tmp_path / "rotation.xlsx"),
             "payments": pay.export_payments_workbook(db, programme_id, tmp_path / "payments.xlsx"),
             "chosho": tax_documents.export_chosho(db, programme_id, 2022, tmp_path / "chosho.xlsx"),
             "withholding": tax_documents.export_withholding_monthly(db, programme_id, tmp_path / "withholding.xlsx"),
             "b5": export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")}
    rotation = load_workbook(books["rotation"])["ローテーション"]
    ids = [rotation.cell(row, 1).value for row in range(2, rotation.max_row + 1)]
    names = [rotation.cell(row, 2).value for row in range(2, rotation.max_row + 1)]
    assert all(str(i).isdigit() for i in ids) and not set(ids) & set(names)  # ids, not the names again
    pdfs = to_pdf(tmp_path, books)
    printed = check_printed(pdfs, "demo")
    assert len(printed["rotation"]) == 2 and all(p.landscape for p in printed["rotation"])  # one page per sheet
    assert len(printed["withholding"]) == 1 and not printed["withholding"][0].landscape
    text = flat_text(pdfs["rotation"])
    assert "ローテーション" in text and "1/2" in text and "2/2" in text  # the page header and "page / pages"
    assert all(name.replace(" ", "") in text for name in names)


def long_pack() -> MeetupPack:
    tables = tuple(Table(t, 8) for t in ("北見", "桑名", "沖縄"))
    talents = tuple(Talent(f"t{i:02d}", "engineer") for i in range(12))
    plan = solve(PlanInput(3, "mix", 1, tables, talents))
    briefs = tuple(TableBrief(t, f"{t}・ブレイクアウトルーム/{i}", f"ブレイクアウト/{i}",
                              f"https://ovice.example/colead/meetup/2021/{i}") for i, t in enumerate(("北見", "桑名", "沖縄")))
    sheets = tuple(TalentSheet(f"t{i:02d}", f"{LONG_NAME}{i}", f"株式会社オホーツク・デジタル・ソリューションズ 第{i}開発部",
                               "データサイエンティスト・機械学習エンジニア", record_id=str(100 + i)) for i in range(12))
    agenda = replace(meetup_2021("https://ovice.example/main"), title="R&D・Co-LEAD ミートアップ &P")
    return MeetupPack(agenda, plan, briefs, sheets)


LONG_COVERS = "対象プログラム: " + "、".join(f"令和{y}年度 地域の人材と中小企業をつなぐ実証事業 {LONG_NAME}" for y in (7, 8, 9))
"""A payer's tax documents name every programme they add up: a title of several lines above the header."""


def test_long_names_and_texts_wrap_into_rows_tall_enough(tmp_path: Path) -> None:
    talents = [(str(i), f"{LONG_NAME}{i}", "ヴァン デル") for i in range(16)]
    statements = [replace(st, status=StatementStatus.PAID, paid_on=date(2022, 3, 10), payee_address=LONG_ADDRESS)
                  for st in demo_statements(demo_payees(talents))]
    b5 = replace(FILLED, venue_access=LONG_TEXT, venue_name=LONG_ADDRESS,
                 companies=tuple(replace(c, b3=tuple((code, LONG_TEXT) for code, _ in c.b3 if code != "vision_choice"))
                                 for c in FILLED.companies))
    books = {"rotation": write_rotation(tmp_path / "rotation.xlsx", long_pack()),
             "payments": write_payments_workbook(statements, tmp_path / "payments.xlsx"),
             "chosho": write_chosho_workbook(statements, 2022, "経済産業省 地域経済産業グループ", tmp_path / "chosho.xlsx",
                                             LONG_COVERS),
             "withholding": write_withholding_monthly(monthly_withholding(statements), "経済産業省",
                                                       tmp_path / "withholding.xlsx", LONG_COVERS),
             "b5": write_b5_workbook(b5, tmp_path / "b5.xlsx"),
             "payments_empty": write_payments_workbook([], tmp_path / "payments_empty.xlsx"),
             "chosho_empty": write_chosho_workbook([], 2022, "経済産業省", tmp_path / "chosho_empty.xlsx"),
             "b5_blank": write_b5_workbook(B5Worksheet(), tmp_path / "b5_blank.xlsx")}
    rotation = load_workbook(books["rotation"])["ローテーション"]
    assert rotation.row_dimensions[2].height and rotation.row_dimensions[2].height >= 30  # the name needs 2+ lines
    assert rotation.print_area == "'ローテーション'!$A$1:$G$13" and rotation.print_title_rows == "$1:$1"
    assert rotation.page_setup.fitToWidth == 1 and rotation.page_setup.fitToHeight == 0
    pdfs = to_pdf(tmp_path, books)
    printed = check_printed(pdfs, "long")
    assert all(p.landscape for p in printed["payments"] + printed["chosho"])
    for name in ("payments", "chosho"):
        assert LONG_NAME.replace(" ", "") + "1" in flat_text(pdfs[name])  # every line of the wrapped name printed
    assert "R&D・Co-LEADミートアップ&P" in flat_text(pdfs["rotation"])  # & in a title is text, not a header code
    chosho = flat_text(pdfs["chosho"])
    assert LONG_ADDRESS.replace(" ", "") in chosho
    assert LONG_TEXT in flat_text(pdfs["b5"])
