"""What an attachment may be: the size limit and the accepted types are refused naming the file."""

from __future__ import annotations

import pytest

from colead_desktop.domain.attachments import MAX_ATTACHMENT_BYTES, check_attachment, media_type_of
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language

PDF = b"%PDF-1.4 invented receipt"


def test_accepted_types_give_their_media_type() -> None:
    assert check_attachment(PDF, "領収書.PDF") == "application/pdf"
    assert check_attachment(b"\xff\xd8\xff\xe0 jpeg", "scan.jpeg") == "image/jpeg"
    assert check_attachment(b"\x89PNG\r\n\x1a\n...", "shot.png") == "image/png"
    assert media_type_of("old.docx") == "application/octet-stream"


@pytest.mark.parametrize(("data", "name", "said"), [
    (b"%PDF-" + b"x" * MAX_ATTACHMENT_BYTES, "大きな領収書.pdf", "大きすぎます（20.1 MB、上限 20 MB）"),
    (b"", "空.pdf", "空です"),
    (b"MZ\x90\x00 a program", "invoice.exe", "種類は使えません"),
    (b"MZ\x90\x00 a program", "invoice.pdf", "中身が .pdf ではありません"),
    (PDF, "no_suffix", "種類は使えません"),
])
def test_refusals_name_the_file(data: bytes, name: str, said: str) -> None:
    with pytest.raises(InputError) as caught:
        check_attachment(data, f"/somewhere/{name}")
    assert f"「{name}」" in str(caught.value) and said in str(caught.value)
    assert "somewhere" not in str(caught.value)


def test_the_limit_itself_is_accepted_and_the_message_has_english() -> None:
    assert check_attachment(b"%PDF-" + b"x" * (MAX_ATTACHMENT_BYTES - 5), "a.pdf") == "application/pdf"
    set_language("en")
    try:
        with pytest.raises(InputError, match=r"'b.pdf' is too large \(20.1 MB; the limit is 20 MB\)"):
            check_attachment(b"%PDF-" + b"x" * MAX_ATTACHMENT_BYTES, "b.pdf")
    finally:
        set_language("ja")
