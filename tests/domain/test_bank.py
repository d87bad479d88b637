"""Bank details validation and masking."""

import pytest

from colead_desktop.domain.bank import AccountType, mask_number, validate_account
from colead_desktop.domain.errors import InputError


def test_valid_account_is_normalised_and_masked() -> None:
    acct = validate_account("t01", "0001", "101", "普通", "34567", "やまだ たろう", "ミズホ", "キタミ")
    assert (acct.number, acct.holder_kana, acct.bank_name_kana) == ("0034567", "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾐｽﾞﾎ")
    assert acct.account_type.zengin_code == "1"
    assert acct.masked() == "0001-101 普通 ****567"
    assert "0034567" not in repr(acct) and "ﾔﾏﾀﾞ" not in repr(acct)
    assert mask_number("1234567") == "****567" and mask_number("12") == "****"


@pytest.mark.parametrize(("text", "code"), [("普通", "1"), ("当座", "2"), ("貯蓄", "4"),
                                            ("savings", "4"), ("2", "2")])
def test_account_type_codes(text: str, code: str) -> None:
    assert AccountType.from_text(text).zengin_code == code


@pytest.mark.parametrize(("field", "value", "needle"), [
    ("bank_code", "001", "金融機関コードは4桁"), ("bank_code", "０００１", "金融機関コード"),
    ("branch_code", "1010", "支店コードは3桁"), ("number", "12345678", "口座番号は7桁"),
    ("number", "12a4567", "口座番号"), ("account_type", "定期", "預金種目"),
    ("holder", "Yamada 太郎", "口座名義"), ("bank_name_kana", "ミツビシユーエフジェイギンコウ", "金融機関名"),
])
def test_invalid_details(field: str, value: str, needle: str) -> None:
    args = dict(who="t05", bank_code="0005", branch_code="001", account_type="当座",
                number="1234567", holder="ｽｽﾞｷ ｼﾞﾛｳ")
    args[field] = value
    with pytest.raises(InputError, match=needle):
        validate_account(**args)
