"""Emoji are refused in records by field (the PDFs' font has none: a name would print with a box and disagree
with the workbook), while the symbols the font has (★, ♪, 𠮷's neighbours…) stay allowed."""

from __future__ import annotations

from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.validation import unprintable, validate


def talent(name: str, motivation: str = "") -> TalentRecord:
    return TalentRecord(None, 1, name, skills=("engineer",), motivation=motivation)


def test_an_emoji_in_any_text_field_is_refused_by_that_field() -> None:
    assert validate(talent("試験 太郎")) == {}
    errors = validate(talent("試験 太郎😀"))
    assert set(errors) == {"name"} and "😀" in errors["name"] and "印刷できない" in errors["name"]
    assert set(validate(talent("試験 太郎", motivation="よろしく👍🏻"))) == {"motivation"}


def test_symbols_the_font_has_are_text_and_emoji_sequences_are_caught_by_their_joiner() -> None:
    assert unprintable("★☆♪〒※") is None
    assert unprintable("❤\ufe0f") == "\ufe0f"  # a text symbol asked to show as emoji
    assert unprintable("👨\u200d💻") == "👨"


def test_one_message_serves_every_printed_text_and_names_the_field() -> None:
    from colead_desktop.domain.errors import InputError
    from colead_desktop.domain.validation import check_printable, printable, printable_problem

    said = "「😀」（絵文字）は印刷できないため使えません。"
    assert printable_problem("往路😀") == said and printable_problem("往路 羽田→女満別") is None
    errors: dict[str, str] = {}
    check_printable(errors, {"title": "視察😀", "region": "架空市"})
    assert errors == {"title": said}
    assert printable("架空市", "地域") == "架空市"
    try:
        printable("架空市😀", "地域")
    except InputError as exc:
        assert str(exc) == f"地域: {said}"
    else:
        raise AssertionError("an emoji was taken")
