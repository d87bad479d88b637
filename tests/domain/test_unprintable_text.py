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
