"""Which programmes are the same payer's (domain/tax_scope.py)."""

from __future__ import annotations

from colead_desktop.domain.statements import Payer
from colead_desktop.domain.tax_scope import PayerProgramme, programmes_of_payer, same_payer


def _programme(pid: int, name: str, number: str = "", year: int = 2026, demo: bool = False) -> PayerProgramme:
    return PayerProgramme(pid, f"P{pid}", year, Payer(name, registration_no=number), demo)


def test_the_registration_number_decides_when_both_have_one() -> None:
    assert same_payer(_programme(1, "経済産業省", "T1234567890123"), _programme(2, "経産省", "Ｔ１２３４５６７８９０１２３"))
    assert not same_payer(_programme(1, "事務局", "T1234567890123"), _programme(2, "事務局", "T9999999999999"))


def test_else_the_name_ignoring_width_spaces_and_case() -> None:
    assert same_payer(_programme(1, "Co-LEAD 事務局", "T1234567890123"), _programme(2, "ｃｏ－ｌｅａｄ　事務局"))
    assert not same_payer(_programme(1, "事務局A"), _programme(2, "事務局B"))
    assert not same_payer(_programme(1, ""), _programme(2, ""))  # nothing says whose they are


def test_demo_programmes_never_mix_with_real_ones() -> None:
    assert not same_payer(_programme(1, "事務局"), _programme(2, "事務局", demo=True))


def test_the_chosen_programme_and_its_payers_others_oldest_first() -> None:
    chosen = _programme(3, "事務局", year=2027)
    others = [_programme(1, "事務局", year=2026), _programme(2, "別", year=2026), chosen, _programme(4, "", year=2025)]
    assert [p.programme_id for p in programmes_of_payer(chosen, others)] == [1, 3]
    lonely = _programme(4, "", year=2025)
    assert programmes_of_payer(lonely, others) == [lonely]
