"""A company stored with a B-3 item no worksheet has (an older `colead set` took any key) stays editable: the dialog,
which shows only the worksheets' items, could not save it at all once the rule refused unknown items, whatever the
user changed. An item it already holds is let be; a new unknown item is still refused, in the dialog and the service."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.records import CompanyRecord, RegionRecord
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.records import get_record, save_record
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.record_dialog import RecordDialog
from tests.programmes import new_programme


def stored_with_a_stray_item(db: Database, programme: int) -> CompanyRecord:
    region = save_record(db, RegionRecord(None, "北見"), programme)
    assert region.id is not None
    company = save_record(db, CompanyRecord(None, region.id, "株式会社テスト", b3_profile={"barriers": "人手不足"}),
                          programme)
    with db.session() as session:  # as an older version's `colead set` stored it
        session.get_one(models.Company, company.id).b3_profile = {"barriers": "人手不足", "visoin": "拡大"}
    assert company.id is not None
    return get_record(db, CompanyRecord, company.id, None)


def test_the_service_lets_a_stored_item_be_and_refuses_a_new_one(db: Database) -> None:
    programme = new_programme(db, "令和9年度 企業テスト", 2027)
    company = stored_with_a_stray_item(db, programme)
    saved = save_record(db, replace(company, contact_phone="0157-00-0000"))
    assert saved.b3_profile == {"barriers": "人手不足", "visoin": "拡大"} and saved.contact_phone == "0157-00-0000"
    with pytest.raises(ValidationFailed) as refused:
        save_record(db, replace(saved, b3_profile={**saved.b3_profile, "mision": "x"}))
    assert set(refused.value.errors) == {"b3_profile__mision"}
    with pytest.raises(ValidationFailed) as changed:  # the stray item given a new value is an edit like any other
        save_record(db, replace(saved, b3_profile={**saved.b3_profile, "visoin": "縮小"}))
    assert set(changed.value.errors) == {"b3_profile__visoin"}


def test_the_dialog_saves_a_company_with_a_stored_stray_item(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db, "令和9年度 企業ダイアログ", 2027)
    company = stored_with_a_stray_item(db, programme)
    kind = next(kind for kind in record_kinds() if kind.key == "companies")
    dialog: RecordDialog[CompanyRecord] = RecordDialog(kind.form, company, kind.choices(load_lookups(db, programme)))
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "name").setText("株式会社テスト（改）")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.findChild(QLabel, "validation_label").text() == "" and ok.isEnabled()
    edited, errors = dialog.record()
    assert errors == {} and edited.b3_profile["visoin"] == "拡大"
