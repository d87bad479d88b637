"""Every workbook export onto a full disk: one OSError for the caller to explain, nothing for the garbage collector
to fail on later (openpyxl's half-written zip used to log a traceback per sheet), and no file left behind: neither
the `.part` beside the target nor a sheet's temporary file in the system's temp folder."""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl.worksheet import _writer as openpyxl_writer

from colead_desktop.domain.agenda import meetup_2021
from colead_desktop.domain.b5 import B5Worksheet
from colead_desktop.domain.demo_payments import demo_payees, demo_statements
from colead_desktop.domain.meetup_docs import MeetupPack
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.withholding_monthly import monthly_withholding
from colead_desktop.exports.b5_workbook import write_b5_workbook
from colead_desktop.exports.payments_xlsx import write_payments_workbook
from colead_desktop.exports.review_workbook import ReviewSheet, write_review_workbook
from colead_desktop.exports.roster_template import write_template
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.exports.shiharai_chosho_xlsx import write_chosho_workbook
from colead_desktop.exports.withholding_monthly_xlsx import write_withholding_monthly
from tests.failure_conditions import fill, tmpfs

STATEMENTS = [replace(st, status=StatementStatus.PAID, paid_on=date(2022, 3, 10))
              for st in demo_statements(demo_payees([(str(i), f"試験 太郎{i}", "シケン タロウ") for i in range(16)]))]
PACK = MeetupPack(meetup_2021("https://ovice.example/main"),
                  solve(PlanInput(2, "mix", 1, (Table("北見", 4), Table("桑名", 4)),
                                  tuple(Talent(f"t{i}", "engineer") for i in range(6)))), (), ())

WRITERS: dict[str, Callable[[Path], Path]] = {
    "payments": lambda out: write_payments_workbook(STATEMENTS, out),
    "chosho": lambda out: write_chosho_workbook(STATEMENTS, 2022, "経済産業省", out),
    "withholding": lambda out: write_withholding_monthly(monthly_withholding(STATEMENTS), "経済産業省", out),
    "roster": lambda out: write_template(out, "名簿", ["氏名", "フリガナ"]),
    "rotation": lambda out: write_rotation(out, PACK),
    "review": lambda out: write_review_workbook(ReviewSheet(1, "募集", 1, "審査員", (), (), ()), out),
    "b5": lambda out: write_b5_workbook(B5Worksheet(), out),
}


def _temp_sheets() -> set[str]:
    return {path for path in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(path)}


@pytest.mark.parametrize("name", WRITERS)
def test_a_full_disk_is_one_error_and_leaves_nothing(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ignored: list[sys.UnraisableHookArgs] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    sheets_before = _temp_sheets()
    with tmpfs(tmp_path / "full") as folder:
        fill(folder)
        with pytest.raises(OSError) as failure:
            WRITERS[name](folder / f"{name}.xlsx")
        gc.collect()  # what openpyxl left unfinished is torn down here, while the hook is in place
        assert failure.value.errno == errno.ENOSPC
        assert [path.name for path in folder.iterdir()] == ["filler"]
    assert [str(args.exc_value) for args in ignored] == []
    assert _temp_sheets() == sheets_before
