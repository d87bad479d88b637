"""全銀 総合振込 file: byte positions checked against payments-japan.md §2.3, not the layout table."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colead_desktop.domain.bank import validate_account
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.zengin import Originator, Transfer, build_file, parse_file

ORIGIN = Originator("0123456789", "ｶ)ｼﾞﾑｷﾖｸ", validate_account(
    "origin", "0009", "100", "当座", "7654321", "ｶ)ｼﾞﾑｷﾖｸ", "ﾐﾂｲｽﾐﾄﾓ", "ﾄｳｷﾖｳ"))


def transfers() -> list[Transfer]:
    return [
        Transfer("t01", validate_account("t01", "0001", "101", "普通", "1234567", "やまだ たろう",
                                         "ミズホ", "キタミ"), 243_412, "1", "20210009"),
        Transfer("t02", validate_account("t02", "0005", "002", "貯蓄", "42", "キュウヨ　イチロウ"), 10_000),
        Transfer("t03", validate_account("t03", "9900", "019", "当座", "7000001", "ｶ)ﾃﾞｼﾞﾀﾙ"), 1),
    ]


def test_records_byte_by_byte() -> None:
    data = build_file(ORIGIN, transfers(), date(2022, 3, 10))
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 7
    records = lines[:-1]
    assert all(len(r) == 120 for r in records)
    header, d1, d2, d3, trailer, end = records
    # header: positions 1-based per §2.3
    assert header[0:1] == b"1" and header[1:3] == b"21" and header[3:4] == b"0"
    assert header[4:14] == b"0123456789"
    assert header[14:54] == "ｶ)ｼﾞﾑｷﾖｸ".encode("cp932").ljust(40)
    assert header[54:58] == b"0310" and header[58:62] == b"0009"
    assert header[62:77] == "ﾐﾂｲｽﾐﾄﾓ".encode("cp932").ljust(15)
    assert header[77:80] == b"100" and header[95:96] == b"2" and header[96:103] == b"7654321"
    assert header[103:120] == b" " * 17
    # data
    assert d1[0:1] == b"2" and d1[1:5] == b"0001" and d1[5:20] == "ﾐｽﾞﾎ".encode("cp932").ljust(15)
    assert d1[20:23] == b"101" and d1[23:38] == "ｷﾀﾐ".encode("cp932").ljust(15)
    assert d1[38:42] == b"0000" and d1[42:43] == b"1" and d1[43:50] == b"1234567"
    assert d1[50:80] == "ﾔﾏﾀﾞ ﾀﾛｳ".encode("cp932").ljust(30)
    assert d1[80:90] == b"0000243412" and d1[90:91] == b"0"
    assert d1[91:101] == b"1".ljust(10) and d1[101:111] == b"20210009" + b"  " and d1[111:113] == b"  "
    assert d1[113:120] == b" " * 7 and d2[101:111] == b" " * 10  # 顧客コード2 blank when there is none
    assert d2[42:43] == b"4" and d2[43:50] == b"0000042" and d2[80:90] == b"0000010000"
    assert d2[50:80].rstrip() == "ｷﾕｳﾖ ｲﾁﾛｳ".encode("cp932")
    assert d3[42:43] == b"2" and d3[80:90] == b"0000000001"
    # trailer and end
    assert trailer[0:1] == b"8" and trailer[1:7] == b"000003"
    assert trailer[7:19] == str(243_412 + 10_000 + 1).zfill(12).encode()
    assert trailer[19:] == b" " * 101
    assert end == b"9" + b" " * 119


def test_parser_reads_fields_back() -> None:
    parsed = parse_file(build_file(ORIGIN, transfers(), date(2022, 3, 10)))
    assert [r["data_type"] for r in parsed] == ["1", "2", "2", "2", "8", "9"]
    assert parsed[0]["transfer_date"] == "0310" and parsed[0]["kind"] == "21"
    assert [r["holder_name"].rstrip() for r in parsed[1:4]] == ["ﾔﾏﾀﾞ ﾀﾛｳ", "ｷﾕｳﾖ ｲﾁﾛｳ", "ｶ)ﾃﾞｼﾞﾀﾙ"]
    assert sum(int(r["amount"]) for r in parsed[1:4]) == int(parsed[4]["total"]) == 253_413
    assert int(parsed[4]["count"]) == 3


@pytest.mark.parametrize("code", ["2021-0009", "12345678901", "２０２１"])
def test_a_second_customer_code_must_be_ten_digits(code: str) -> None:
    [first, *others] = transfers()
    with pytest.raises(InputError, match="t01"):
        build_file(ORIGIN, [Transfer(first.payee_id, first.account, first.amount_yen, "1", code), *others],
                   date(2022, 3, 10))


@pytest.mark.parametrize(("day", "next_day"), [
    (date(2021, 11, 23), "2021-11-24"),  # 勤労感謝の日
    (date(2021, 12, 31), "2022-01-04"),  # 銀行休業日 12/31-1/3
    (date(2022, 3, 12), "2022-03-14"),   # Saturday
])
def test_transfer_date_must_be_bank_business_day(day: date, next_day: str) -> None:
    with pytest.raises(InputError, match=f"次の営業日は {next_day}"):
        build_file(ORIGIN, transfers(), day)


@pytest.mark.parametrize("amount", [0, -1, 10 ** 10])
def test_bad_amounts_name_the_payee(amount: int) -> None:
    bad = transfers()
    bad[1] = Transfer("t02", bad[1].account, amount)
    with pytest.raises(InputError, match="受取人 t02"):
        build_file(ORIGIN, bad, date(2022, 3, 10))


@settings(max_examples=50)
@given(st.lists(st.integers(1, 9_999_999_999), min_size=1, max_size=30))
def test_trailer_totals(amounts: list[int]) -> None:
    account = transfers()[0].account
    data = build_file(ORIGIN, [Transfer(f"p{i}", account, a) for i, a in enumerate(amounts)],
                      date(2022, 3, 10))
    parsed = parse_file(data)
    assert len(data) == 122 * (len(amounts) + 3)
    assert int(parsed[-2]["total"]) == sum(amounts) and int(parsed[-2]["count"]) == len(amounts)
