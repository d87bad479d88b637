"""A document holding characters its fonts lack (stored before they were refused at input) prints them as 〓,
and the print centre says which ones beside its title, so the user knows to correct the record (review 14b,
item 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.engine import Database
from tests.ui.test_print_centre import KUWANA, STATEMENT, _preview, centre  # noqa: F401  # the fixture


def test_the_preview_names_the_characters_printed_as_geta(centre, qtbot, db: Database,  # noqa: F811
                                                            artifacts: Path) -> None:
    _preview(qtbot, centre, STATEMENT)
    assert centre.title_label.text() == "2021-0001 佐藤 健太" and centre.title_label.property("state") == ""
    with db.session() as session:
        session.execute(update(TourRow).where(TourRow.key == KUWANA.partition(":")[2]).values(region="桑名 علي"))
    _preview(qtbot, centre, KUWANA)
    assert centre.title_label.text() == "桑名 フィールドワークツアー 2021　〓＝印刷できない文字 3字"
    assert centre.title_label.toolTip() == ("書体にない文字「علي」（U+0639、U+0644、U+064A）は〓で印刷されます。"
                                            "元の記録を直してください。")
    assert centre.title_label.property("state") == "warning"
    QApplication.processEvents()
    centre.grab().save(str(artifacts / "print_centre_unprintable.png"))
    _preview(qtbot, centre, STATEMENT)
    assert centre.title_label.property("state") == ""
