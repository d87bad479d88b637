"""The 支払処理 dialog on a new programme (review14a items 6 and 7): 再作成… asks first, saying that a file sent twice
pays twice; each run's file is offered a name of its own; runs are numbered 1, 2, 3… in the programme, with no gap
where the database's ids have one."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.db.payment_models import PaymentRunRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.payment_runs import RunStatus
from colead_desktop.services import payment_runs as runs
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.run_dialog import RunDialog
from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, approved, fee_bearing_talents, set_payer

DAY = next_bank_business_day(tokyo_today() + timedelta(days=7))
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Asked:
    """The questions asked (answered with `answer`), the file names offered (saved into `folder`) and the messages."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.questions: list[str] = []
        self.names: list[str] = []
        self.told: list[str] = []
        self.answer = Yes
        self.folder = folder
        monkeypatch.setattr(QMessageBox, "warning", self._ask)
        monkeypatch.setattr(QMessageBox, "question", self._ask)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: self.told.append(text))
        monkeypatch.setattr(RunDialog, "_ask_target", lambda _d, name: self._target(name))

    def _ask(self, _parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer

    def _target(self, name: str) -> Path:
        self.names.append(name)
        return self.folder / name


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> RunDialog:
    programme_id = new_programme(context.db)
    set_payer(context.db, programme_id)
    for talent_id in fee_bearing_talents(context.db, programme_id, 2):
        approved(context.db, programme_id, talent_id)
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    widget = RunDialog(context)
    qtbot.addWidget(widget)
    widget.day.setDate(DAY)
    return widget


def test_remaking_a_file_asks_first_and_is_offered_a_name_of_its_own(
        dialog: RunDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(monkeypatch, tmp_path)
    dialog.ask_create()
    assert asked.names == [f"sogofurikomi_{DAY:%Y%m%d}_run1.txt"] and (tmp_path / asked.names[0]).exists()
    asked.questions.clear()
    asked.answer = No
    dialog.ask_regenerate()
    assert len(asked.questions) == 1 and "二重払い" in asked.questions[0]  # it says what sending it again does
    assert len(asked.names) == 1 and runs.list_runs(dialog.db, dialog.programme_id)[0].files == 1  # nothing made
    asked.answer = Yes
    dialog.ask_regenerate()
    assert asked.names[1] == f"sogofurikomi_{DAY:%Y%m%d}_run1_2.txt"  # never the name of the file sent
    assert (tmp_path / asked.names[1]).read_bytes() == (tmp_path / asked.names[0]).read_bytes()


def test_a_second_run_on_the_same_date_gets_the_next_number_and_another_file_name(
        dialog: RunDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked(monkeypatch, tmp_path)
    dialog.ask_create()
    first = runs.list_runs(dialog.db, dialog.programme_id)[0]
    runs.withdraw_run(dialog.db, dialog.programme_id, first.run_id, WHO)  # its statements wait for the next run
    other = new_programme(dialog.db, "令和9年度 テスト", 2027)
    with dialog.db.session() as session:  # ids jump: another programme's run, or sequence values a stopped server lost
        session.add(PaymentRunRow(id=first.run_id + 32, programme_id=other, transfer_date=DAY,
                                  created_at=datetime.now(), created_by=WHO, file_sha256="", file_name="",
                                  status=RunStatus.WITHDRAWN))
    dialog.reload()
    dialog.ask_create()
    second = runs.list_runs(dialog.db, dialog.programme_id)[0]
    assert second.run_id == first.run_id + 33
    assert asked.names == [f"sogofurikomi_{DAY:%Y%m%d}_run1.txt", f"sogofurikomi_{DAY:%Y%m%d}_run2.txt"]
    assert [dialog.history.item(row, 0).text() for row in range(2)] == ["2", "1"]
    assert asked.told[-1].startswith("支払処理 2 を作成しました")
    # a refusal names the run as the dialog does, with the id `colead … --run` takes where they differ
    runs.withdraw_run(dialog.db, dialog.programme_id, second.run_id, WHO)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: refused.append(text))
    dialog.withdraw(second.run_id)  # a window that had not seen it withdrawn yet
    assert refused == [f"支払処理 2（ID {second.run_id}） はすでに取消されています"]
    with pytest.raises(InputError, match=f"支払処理 2（ID {second.run_id}） は取消されています"):
        runs.regenerate_run_file(dialog.db, second.run_id, tmp_path / "again.txt", WHO)
