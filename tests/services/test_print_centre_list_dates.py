"""The print centre's list names a meetup's documents by their day as documents print dates: 和暦 with the ISO date
beside it in Japanese, the Gregorian date in English (domain/jp_calendar.both_dates). Invented programme."""

from __future__ import annotations

from datetime import datetime

import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.types import EventKind
from colead_desktop.services.documents import list_documents
from tests.programmes import new_programme


@pytest.mark.parametrize(("lang", "label"), [("ja", "令和3年10月10日（2021-10-10） プログラム"),
                                             ("en", "10 Oct 2021 agenda")])
def test_a_meetups_documents_are_listed_by_their_printed_date(db: Database, lang: str, label: str) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    with db.session() as session:
        session.add(models.Event(programme_id=programme_id, kind=EventKind.MEETUP.value, title="第1回ミートアップ",
                                 starts_at=datetime(2021, 10, 10, 13), ends_at=datetime(2021, 10, 10, 17)))
    with output_language(lang):  # type: ignore[arg-type]
        labels = [d.name for d in list_documents(db, programme_id) if d.kind == "meetup"]
    assert label in labels
