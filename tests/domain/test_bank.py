"""Bank details validation and masking."""

import pytest

from colead_desktop.domain.bank import AccountType, holder_mismatch, validate_account
from colead_desktop.domain.personal import mask_number
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import TaxStatus


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


def test_full_width_digits_typed_or_pasted_are_digits() -> None:
    account = validate_account("t05", "０００５", "００１", "当座", "１２３４５", "ｽｽﾞｷ ｼﾞﾛｳ")
    assert (account.bank_code, account.branch_code, account.number) == ("0005", "001", "0012345")


@pytest.mark.parametrize(("field", "value", "needle"), [
    ("bank_code", "001", "金融機関コードは4桁"), ("bank_code", "００１", "金融機関コード"),
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


def test_every_bad_part_of_an_account_is_named_at_once_in_the_forms_order() -> None:
    """Review 15 item 9: the bank code's problem alone, then the number's after the code was fixed, then the name's."""
    with pytest.raises(InputError) as refused:
        validate_account("t05", "001", "001", "当座", "12a4567", "Yamada 太郎")
    lines = str(refused.value).split("\n")
    assert len(lines) == 3 and "金融機関コード" in lines[0] and "口座番号" in lines[1] and "口座名義" in lines[2]


@pytest.mark.parametrize(("holder", "kana", "to_company", "differs"), [
    ("ｻﾄｳ ｹﾝﾀ", "サトウ ケンタ", False, False),
    ("ｻﾄｳｹﾝﾀ", "さとう　けんた", False, False),  # spaces and the form of the kana do not matter
    ("ｱｵｷ ﾊﾙｶ", "サトウ ケンタ", False, True),
    ("ｶ)ｻﾝﾌﾟﾙｿﾌﾄ", "サトウ ケンタ", True, False),  # paid to the employer company
    ("ｶ)ｻﾝﾌﾟﾙｿﾌﾄ", "サトウ ケンタ", False, True),
    ("ｱｵｷ ﾊﾙｶ", "サトウ ケンタ", True, True),  # exempt, yet another person's account
    ("ｻﾄｳ ｹﾝﾀ", "", False, False), ("", "サトウ ケンタ", False, False),  # nothing to compare
])
def test_holder_mismatch(holder: str, kana: str, to_company: bool, differs: bool) -> None:
    assert holder_mismatch(holder, kana, to_company) is differs


def test_demo_accounts_are_in_the_payees_names() -> None:
    payees = demo_payees(PLACEHOLDER_TALENTS)
    assert not [p for p in payees if holder_mismatch(p.bank.holder_kana, p.kana, p.payee.tax is TaxStatus.EXEMPT)]
    assert payees[0].bank.holder_kana == "ｼﾞﾝｻﾞｲ 01" and all(p.bank.branch_name_kana for p in payees)
    assert [p.bank.holder_kana for p in payees if p.payee.tax is TaxStatus.EXEMPT] == ["ｶ)ｻﾝﾌﾟﾙｿﾌﾄ", "ｶ)ﾃﾞﾓﾃﾞﾝｷ"]
