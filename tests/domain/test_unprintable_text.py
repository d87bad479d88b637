"""Characters the PDFs' fonts do not have (emoji, Arabic, Hebrew…) are refused in records by field (a name would
print with a box and disagree with the workbook), while the symbols the fonts have (★, ♪, é…) stay allowed. The
rule is the fonts' own character map."""

from __future__ import annotations

from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.domain.validation import unprintable, validate


def talent(name: str, motivation: str = "") -> TalentRecord:
    return TalentRecord(None, 1, name, skills=("engineer",), motivation=motivation)


def test_an_emoji_in_any_text_field_is_refused_by_that_field() -> None:
    assert validate(talent("試験 太郎")) == {}
    errors = validate(talent("試験 太郎😀"))
    assert set(errors) == {"name"} and "😀" in errors["name"] and "印刷できない" in errors["name"]
    assert set(validate(talent("試験 太郎", motivation="よろしく👍🏻"))) == {"motivation"}


def test_symbols_the_font_has_are_text_and_emoji_sequences_are_caught_by_their_joiner() -> None:
    assert unprintable("★☆♪〒※") == ()
    assert unprintable("❤\ufe0f") == ("❤", "\ufe0f")  # the font has no heart, nor the emoji selector
    assert unprintable("👨\u200d💻👨") == ("👨", "\u200d", "💻")


def test_one_message_serves_every_printed_text_and_names_the_field() -> None:
    from colead_desktop.domain.errors import InputError
    from colead_desktop.domain.validation import check_printable, printable, printable_problem

    said = "「😀」（U+1F600）は印刷できないため使えません（PDFの書体にない文字です）。"
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


def test_arabic_and_hebrew_are_refused_showing_the_characters_and_their_code_points() -> None:
    errors = validate(talent("Ali علي"))
    assert errors == {"name": "「علي」（U+0639、U+0644、U+064A）は印刷できないため使えません（PDFの書体にない文字です）。"}
    region = RegionRecord(None, "תל אביב", prefecture="架空県")
    assert set(validate(region)) == {"name"} and "U+05EA" in validate(region)["name"]
    assert "ほか2字" in validate(talent("אבגדהוז"))["name"]  # five shown, the rest counted


def test_latin_names_with_accents_and_japanese_symbols_still_print() -> None:
    for name in ("José Müller-Łukasz", "Ørsted Æsir", "髙橋 﨑", "ソフトバンク㈱ ①", "Ω α ж", "試験\n太郎\t",
                 "段落\u2028区切り\u3000", "外字 𠮟責"):  # the layout's own breaks and spaces; 𠮟 is in the font
        assert unprintable(name) == (), name


def test_the_rule_is_the_fonts_own_character_map() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from colead_desktop.domain.font_coverage import PDF_FONTS, font_characters
    from colead_desktop.paths import font_path

    for name in PDF_FONTS:
        mapped = TTFontFile(str(font_path(name))).charToGlyph
        assert font_characters(font_path(name)) == {c for c, glyph in mapped.items() if glyph}
