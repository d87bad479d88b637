"""The print centre's catalogue lists every printable document and writes each with its export's writer."""

from __future__ import annotations

import subprocess

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.services import documents, payments
from colead_desktop.services.demo import load_demo
from tests.programmes import new_programme


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_catalogue_on_the_demo(db, tmp_path):
    demo = load_demo(db)
    docs = documents.list_documents(db, demo)
    kinds = {d.kind for d in docs}
    assert kinds == {"itinerary", "meetup", "statement"}
    assert len({d.key for d in docs}) == len(docs)
    statements = [d for d in docs if d.kind == "statement"]
    assert statements[0].key == "statement:all" and len(statements) == 17
    kuwana = [d for d in docs if d.parent == "itinerary:demo-kuwana-2021"]
    # the demo tour's party is the people of its event: 5 talents, 2 lab staff and the secretariat member
    assert [d.name for d in kuwana][:2] == ["加藤 拓海", "吉田 誠"] and len(kuwana) == 8
    assert all(d.key.startswith("itinerary:demo-kuwana-2021/talent-") for d in kuwana[:5])

    one = documents.write_document(db, demo, "statement:1", tmp_path / "one.pdf")
    assert _text(one) == _text(payments.export_statement_pdf(db, 1, tmp_path / "same.pdf"))  # bytes differ: timestamps
    assert "2021-0001" in _text(one)
    assert _text(documents.write_document(db, demo, "statement:all", tmp_path / "all.pdf")).count("支払明細書") >= 16
    assert "桑名" in _text(documents.write_document(db, demo, "itinerary:demo-kuwana-2021", tmp_path / "k.pdf"))
    for doc in (d for d in docs if d.kind == "meetup"):
        assert _text(documents.write_document(db, demo, doc.key, tmp_path / doc.file_name)).strip()


def test_an_empty_programme_and_an_unknown_kind(db, tmp_path):
    programme = new_programme(db)
    assert documents.list_documents(db, programme) == []
    with pytest.raises(InputError):
        documents.write_document(db, programme, "nonsense:1", tmp_path / "x.pdf")


def test_another_programme_lists_none_of_the_demos_documents(db):
    load_demo(db)
    assert documents.list_documents(db, new_programme(db)) == []
