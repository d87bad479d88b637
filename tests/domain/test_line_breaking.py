"""Japanese line breaking: words, numbers with units and kinsoku survive any column width."""

from __future__ import annotations

import pytest

from colead_desktop.domain.line_breaking import CANNOT_END, CANNOT_START, cell_units, pieces, wrap_text

TEXT = "ブレイクアウト/4で30分、「地域の課題」について話す。See https://example.jp/colead2021/meetup now"


def units(text: str) -> float:
    return float(cell_units(text))


def test_words_numbers_and_brackets_are_whole_pieces() -> None:
    assert pieces(TEXT) == ["ブレイクアウト/4", "で", "30分、", "「地", "域", "の", "課", "題」", "に", "つ", "い", "て",
                            "話", "す。", "See ", "https://example.jp/colead2021/meetup ", "now"]
    assert pieces("データ・サイエンティスト") == ["データ・", "サイエンティスト"]
    assert pieces("¥10,000の日当") == ["¥10,000", "の", "日", "当"]


@pytest.mark.parametrize("width", range(17, 60))
def test_no_line_breaks_a_word_when_the_word_fits(width: int) -> None:
    lines = wrap_text(TEXT, width, units)
    assert all(units(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == TEXT.replace(" ", "")
    for word in ("ブレイクアウト/4", "30分、", "「地", "題」", "す。", "See", "now"):
        assert any(word in line for line in lines), (width, lines)
    assert all(line[:1] not in CANNOT_START and line[-1:] not in CANNOT_END for line in lines if line)


def test_a_url_wider_than_the_line_is_cut_after_its_slashes() -> None:
    assert wrap_text("https://example.jp/colead2021/meetup", 20, units) == ["https://example.jp/", "colead2021/meetup"]


def test_a_piece_wider_than_the_line_never_starts_a_line_with_closing_punctuation() -> None:
    lines = wrap_text("アイウエオ。", 10, units)
    assert lines == ["アイウエ", "オ。"]
    assert wrap_text("ラボ", 1, units) == ["ラ", "ボ"]  # narrower than one character: still progresses


def test_own_line_breaks_and_spaces_are_kept() -> None:
    assert wrap_text("a b\n\nc", 10, units) == ["a b", "", "c"]
    assert wrap_text("alpha beta gamma", 10, units) == ["alpha beta", "gamma"]
