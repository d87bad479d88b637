"""Zengin kana normalisation (payments-japan.md §4 examples) and validation."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.kana import converted_to_zengin_kana, holder_kana, invalid_characters, to_zengin_kana


@pytest.mark.parametrize(("text", "kana"), [
    ("やまだ\u3000たろう", "ﾔﾏﾀﾞ ﾀﾛｳ"),
    ("キュウヨ イチロウ", "ｷﾕｳﾖ ｲﾁﾛｳ"),
    ("ｶﾞｯｺｳ", "ｶﾞﾂｺｳ"),
    ("ジョン・スミス", "ｼﾞﾖﾝ ｽﾐｽ"),
    ("ヴァイオリン", "ｳﾞｱｲｵﾘﾝ"),
    ("カブシキガイシャ", "ｶﾌﾞｼｷｶﾞｲｼﾔ"),
    ("カ）コーポ", "ｶ)ｺ-ﾎﾟ"),
    ("ｙａｍａｄａ　ｔａｒｏ", "YAMADA TARO"),
    ("パピプペポ", "ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"),
    ("ｻﾄｳ  ﾊﾅｺ ", "ｻﾄｳ ﾊﾅｺ"),
])
def test_normalisation(text: str, kana: str) -> None:
    assert to_zengin_kana(text) == kana
    assert invalid_characters(kana) == []


def test_rejections_name_the_payee() -> None:
    set_language("ja")
    with pytest.raises(InputError, match="t07の口座名義.*山 田"):
        holder_kana("山田 ハナコ", "t07")
    with pytest.raises(InputError, match="30バイト"):
        holder_kana("ア" * 31, "t07")
    assert holder_kana("ア" * 15 + "ガ" * 7 + "ｲ", "t07") == "ｱ" * 15 + "ｶﾞ" * 7 + "ｲ"  # 30 bytes
    with pytest.raises(InputError):
        holder_kana("ｻﾄｳ,ﾊﾅｺ", "t07")
    with pytest.raises(InputError, match="空"):
        holder_kana("　", "t07")
    set_language("en")
    try:
        with pytest.raises(InputError, match="t07: the account holder kana has characters"):
            holder_kana("＠ハナコ", "t07")
    finally:
        set_language("ja")


@given(st.text(alphabet="あいうえおかがきぎゃゅょっアイウエオカガパピャュョッーヴ　・ABCxyz0123()-./ ",
               max_size=40))
def test_normalised_output_is_single_byte_and_idempotent(text: str) -> None:
    kana = to_zengin_kana(text)
    assert invalid_characters(kana) == []
    assert len(kana.encode("cp932")) == len(kana)
    assert to_zengin_kana(kana) == kana
    assert not set(kana) & set("ｧｨｩｪｫｬｭｮｯｰ")


# Bank kana and what lies next to it: every allowed character, the small kana and ｰ inside its range, full-width
# and hiragana forms, spaces (doubled, leading, trailing) and marks that combine.
_NEAR_BANK_KANA = st.text(st.sampled_from(
    [chr(c) for c in range(0xFF66, 0xFFA0)] + list("0123456789ABCXYZabc()-./ 　ー・ァカガぱ\u3099\u309a") ), max_size=12)


# Words of bank kana one space apart: the text the conversion is skipped for.
_BANK_KANA_WORDS = st.lists(st.text(st.sampled_from([chr(0xFF66)] + [chr(c) for c in range(0xFF71, 0xFFA0)]
                                                    + list("0123456789ABCXYZ()-./")), min_size=1, max_size=6),
                            min_size=1, max_size=3).map(" ".join)


@given(st.one_of(_NEAR_BANK_KANA, _BANK_KANA_WORDS))
def test_text_already_in_bank_kana_skips_a_conversion_that_would_not_change_it(text: str) -> None:
    assert to_zengin_kana(text) == converted_to_zengin_kana(text)
    assert converted_to_zengin_kana(converted_to_zengin_kana(text)) == converted_to_zengin_kana(text)


@given(_NEAR_BANK_KANA)
def test_the_whole_text_check_finds_what_the_character_check_finds(text: str) -> None:
    kana = to_zengin_kana(text)
    assert invalid_characters(kana) == list(dict.fromkeys(c for c in kana if not re.fullmatch(
        r"[0-9A-Z\uff66-\uff9d\uff9e\uff9f()\-./ ]", c)))
