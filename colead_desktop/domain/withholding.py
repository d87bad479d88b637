"""源泉徴収 on 報酬 paid to individuals (所得税法204条1項, incl. 復興特別所得税).

The tax is computed on one payment to one person, with the combined rate applied in integer
arithmetic and truncated below ¥1, because that is how the national tax agency's worked examples
and the accountants' spreadsheets compute it (payments-japan.md §1.1-1.2). Float arithmetic would
drift by a yen on amounts such as ¥33,333.
"""

from __future__ import annotations

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

THRESHOLD_YEN = 1_000_000
"""Above this amount of one payment the part over it is taxed at the doubled rate."""

TAX_AT_THRESHOLD_YEN = 102_100
"""floor(1,000,000 × 10.21%): the tax on the first ¥1,000,000, added to the upper tier."""

LOWER_RATE_PER_10000 = 1021
"""10.21% = 10% 所得税 × 1.021 復興特別所得税, in units of 1/10,000."""

UPPER_RATE_PER_10000 = 2042
"""20.42% for the part of one payment over ¥1,000,000."""


def withholding_tax(amount_yen: int) -> int:
    """Tax withheld from one payment of `amount_yen` (the withholding base) to an individual.

    floor(A × 10.21%) for A ≤ ¥1,000,000, else floor((A − 1,000,000) × 20.42%) + ¥102,100.
    """
    if isinstance(amount_yen, bool) or not isinstance(amount_yen, int) or amount_yen < 0:
        raise InputError(msg("源泉徴収の対象額は0以上の整数（円）で指定してください: {value}",
                             "The withholding base must be a whole number of yen, 0 or more: {value}",
                             value=repr(amount_yen)))
    if amount_yen <= THRESHOLD_YEN:
        return amount_yen * LOWER_RATE_PER_10000 // 10000
    return (amount_yen - THRESHOLD_YEN) * UPPER_RATE_PER_10000 // 10000 + TAX_AT_THRESHOLD_YEN
