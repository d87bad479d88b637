"""Review 11's command-line findings: a refused number names its JSON path; a place whose own fields failed is
not reported again as missing where it is used; emoji are refused with the roster's words where printed text
enters (programme setup, applications, expenses), while old data holding one still reads and prints."""

from __future__ import annotations

import json
import re
from datetime import date, time
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Item, ItemKind, Tour
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf
from colead_desktop.services import payment_records, tours
from tests.application_files import ON_TIME, write_csv
from tests.cli.json_commands import documents, encoded, run
from tests.cli.run import colead
from tests.domain.test_programme_setup import DOCUMENT
from tests.programmes import new_programme
from tests.services.statement_fixtures import WHO, add_payees

EMOJI_SAID = "「😀」（U+1F600）は印刷できないため使えません（PDFの書体にない文字です）。"


def test_a_thirty_digit_party_size_is_refused_naming_its_path(tmp_path: Path) -> None:
    raw = encoded(documents()["tour"]).replace(b'"party_size": 8', b'"party_size": 1' + b"0" * 30)
    outcome = run("tour", raw, tmp_path)
    assert outcome.code == 2 and outcome.stdout == ""
    assert outcome.stderr.strip() == "エラー: tour.party_size: 数値 100000000000… の桁が多すぎます（18 文字まで）"


def test_a_number_out_of_float_range_names_its_path(tmp_path: Path) -> None:
    raw = encoded(documents()["tour"]).replace(b"35.0655", b"1e999")
    outcome = run("tour", raw, tmp_path)
    assert outcome.code == 2 and "places[0].lat: 数値 1e999 は大きすぎます" in outcome.stderr


def test_a_place_with_a_bad_latitude_is_reported_once(tmp_path: Path) -> None:
    data = documents()["tour"]
    data["places"][0]["lat"] = 135.0  # the venue "v", used by base_venue and both items
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 2 and outcome.stdout == ""
    assert outcome.stderr.strip() == "エラー: places[0].lat: -90〜90 の数値で指定してください"


def test_a_reference_to_a_place_that_does_not_exist_is_still_reported(tmp_path: Path) -> None:
    data = documents()["tour"]
    data["places"][0]["lat"] = 135.0
    data["items"][0]["place"] = "nowhere"
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 2
    assert "items[0].place: 場所「nowhere」が places にありません" in outcome.stderr
    assert "「v」" not in outcome.stderr


def test_lodging_nights_over_the_tour_limit_is_refused_as_in_the_dialog(tmp_path: Path) -> None:
    data = documents()["tour"]
    data["tour"]["lodging_nights"] = 32
    outcome = run("tour", encoded(data), tmp_path)
    assert outcome.code == 2 and "tour.lodging_nights: 0〜31 の整数で指定してください" in outcome.stderr


def test_programme_create_refuses_an_emoji_in_the_name_and_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    document = json.loads(json.dumps(DOCUMENT))
    document["name"] = "令和8年度 Co-LEAD😀"
    document["payer"]["address"] = "東京都千代田区😀"
    source = tmp_path / "p.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = colead("programme", "create", str(source))
    assert result.returncode == 2 and result.stdout == ""
    assert f"name: {EMOJI_SAID}" in result.stderr and f"payer.address: {EMOJI_SAID}" in result.stderr
    assert not list(data_dir.glob("*.sqlite3")) or "Co-LEAD😀" not in colead("programme", "list").stdout


def test_an_application_name_with_an_emoji_is_refused_naming_row_and_column(db: Database, tmp_path: Path) -> None:
    new_programme(db)
    call_id = str(json.loads(colead("calls", "list", "--json").stdout)[1]["id"])
    row = list(ON_TIME)
    row[1] = "山田 太郎😀"
    refused = colead("calls", "import-applications", "--call", call_id, str(write_csv(tmp_path / "a.csv", [row])))
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"2行目「氏名」: {EMOJI_SAID}" in refused.stderr
    assert json.loads(colead("calls", "applications", "--call", call_id).stdout) == []


def test_an_expense_description_with_an_emoji_is_refused_and_old_ones_still_read(db: Database) -> None:
    programme, (talent,) = add_payees(db, 1)
    with pytest.raises(InputError, match=re.escape(f"内容: {EMOJI_SAID}")):
        payment_records.add_expense(db, programme, talent, date(2021, 11, 16), "air", 41_000, False, WHO,
                                    "往路😀")
    assert payment_records.expenses(db, programme, talent) == []
    with db.session() as session:  # stored before the rule
        session.add(ExpenseRow(talent_id=talent, programme_id=programme, day=date(2021, 11, 16), category="air",
                               amount_yen=41_000, paid_directly=False, description="往路😀"))
    [stored] = payment_records.expenses(db, programme, talent)
    assert stored.description == "往路😀"
    payment_records.update_expense(db, stored.id, WHO, stored.day, "air", 42_000, False, "往路")  # the fix
    assert payment_records.expenses(db, programme, talent)[0].description == "往路"


def test_a_tour_stored_with_an_emoji_still_prints(db: Database, tmp_path: Path) -> None:
    """The rule is at input: a tour saved before it (or by an older version) exports as it is."""
    old = tours.save_tour(db, new_programme(db), Tour(
        region="架空市", start_date=date(2026, 10, 6), title="架空市ツアー😀",
        items=(Item(1, time(10), time(11), ItemKind.COMPANY_VISIT, None, title="見学🏭"),)))
    target = tmp_path / "itinerary.pdf"
    write_itinerary_pdf(old, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_exporting_a_tour_stored_with_arabic_warns_which_characters_print_as_geta(db: Database,
                                                                                  tmp_path: Path) -> None:
    programme = new_programme(db)
    old = tours.save_tour(db, programme, Tour(region="架空市", start_date=date(2026, 10, 6), title="架空市ツアー علي"))
    done = colead("--programme", str(programme), "export", "itinerary", "--tour", old.id,
                  "--out", str(tmp_path / "i.pdf"))
    assert done.returncode == 0
    assert done.stderr.splitlines()[-1] == ("注意: 書体にない文字「علي」（U+0639、U+0644、U+064A）は〓で印刷されています。"
                                            "元の記録を直してください。")
