"""The holidays package's Japanese holidays, the source of colead_desktop/domain/jp_holiday_table.py.

`make holidays` (python -m tests.domain.jp_holiday_source) writes the table again; the table's test compares the two.
"""

from datetime import date
from pathlib import Path

import holidays

FIRST, LAST = 2015, 2040
TABLE = Path(__file__).parents[2] / "colead_desktop" / "domain" / "jp_holiday_table.py"


def package_holidays() -> dict[date, str]:
    return {day: name for year in range(FIRST, LAST + 1)
            for day, name in holidays.country_holidays("JP", years=year, language="ja").items()}


def write_table() -> None:
    rows = [f'    "{day.isoformat()}": "{name}",' for day, name in sorted(package_holidays().items())]
    text = TEXT_HEAD + "\n".join(rows) + "\n}\n"
    TABLE.write_text(text, encoding="utf-8")


TEXT_HEAD = f'''"""Japanese public holidays {FIRST}-{LAST}, written by `make holidays` from the holidays package.

The package imports every country's module (~0.5 s), which the first tour check or bank-day question of a
process would wait for; this table answers those years at once. tests/domain/test_jp_holiday_table.py checks
that it still agrees with the package; other years are asked of the package.
"""

FIRST_YEAR = {FIRST}
LAST_YEAR = {LAST}
HOLIDAYS: dict[str, str] = {{
'''


if __name__ == "__main__":
    write_table()
