"""Withholding follows 所得税法204条 with integer truncation (payments-japan.md §1.2 table)."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.withholding import withholding_tax


@pytest.mark.parametrize(("gross", "tax"), [
    (0, 0), (1, 0), (9, 0), (10, 1), (30_000, 3_063), (33_333, 3_403), (150_000, 15_315),
    (999_999, 102_099), (1_000_000, 102_100), (1_000_001, 102_100), (1_000_005, 102_101),
    (1_200_000, 142_940), (1_333_333, 170_166), (111_370, 11_370),
])
def test_published_examples(gross: int, tax: int) -> None:
    assert withholding_tax(gross) == tax


@given(st.integers(min_value=0, max_value=10 ** 11))
def test_formula_with_exact_rationals(amount: int) -> None:
    """Independent of the implementation: exact fractions, then floor."""
    if amount <= 1_000_000:
        expected = int(Fraction(amount) * Fraction(1021, 10000))
    else:
        expected = int((amount - 1_000_000) * Fraction(2042, 10000)) + 102_100
    tax = withholding_tax(amount)
    assert type(tax) is int and tax == expected


@given(st.integers(min_value=0, max_value=5_000_000))
def test_monotone_and_continuous_at_threshold(amount: int) -> None:
    assert withholding_tax(amount) <= withholding_tax(amount + 1) <= withholding_tax(amount) + 1


@pytest.mark.parametrize("bad", [-1, 1.5, True, "100"])
def test_rejects_non_yen(bad: object) -> None:
    with pytest.raises(InputError):
        withholding_tax(bad)  # type: ignore[arg-type]
