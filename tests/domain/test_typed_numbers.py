"""A number typed into a text field: full-width digits are taken, and one beyond the field's bounds is refused
with the bounds named (a twenty-digit count is never converted, let alone stored)."""

from __future__ import annotations

from colead_desktop.domain.payments import PLAUSIBLE_EXPENSE_YEN, implausible_expense
from colead_desktop.domain.validation import optional_int


def test_bounds_are_named_and_full_width_digits_taken() -> None:
    errors: dict[str, str] = {}
    assert optional_int(errors, "nights", "３１", 0, 31) == 31 and errors == {}
    assert optional_int(errors, "nights", "", 0, 31) is None and errors == {}
    for text in ("32", "-1", "99999999999999999999", "9" * 5000, "三"):
        errors.clear()
        assert optional_int(errors, "nights", text, 0, 31) is None
        assert errors == {"nights": "0〜31 の整数を入力してください（空欄は未定）。"}, text


def test_an_expense_above_the_threshold_is_questioned() -> None:
    assert implausible_expense(PLAUSIBLE_EXPENSE_YEN) is None
    warning = implausible_expense(PLAUSIBLE_EXPENSE_YEN + 1)
    assert warning is not None and "1,000,001 円" in warning
