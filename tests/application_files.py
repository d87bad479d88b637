"""Web-form exports of talent applications for the call tests: a good one and one with a bad cell and a repeat."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook, load_workbook

from colead_desktop.exports import review_workbook as wb

HEADER = ["タイムスタンプ", "氏名", "メールアドレス", "Q1. 動機", "Q2. 経験", "Q3. PR", "条件1", "条件2", "条件3",
          "条件4", "条件5", "備考"]
ON_TIME = ["2026/09/01 10:00", "山田 太郎", "taro@example.jp", "地域課題に関心があります,\n  改行と空白もそのまま",
           "ＩｏＴの経験", "", "はい", "はい", "はい", "はい", "はい", ""]
LATE_UNMET = ["2026/09/30 18:00", "ＳＡＴＯ　花子", "hanako@example.jp", "動機", "経験", "PR", "はい", "はい", "いいえ",
              "はい", "はい", "メモ"]
TIED = ["2026/09/02 09:00", "鈴木 一郎", "ichiro@example.jp", "動機", "経験", "", "1", "1", "1", "1", "1", ""]
BAD_TIME = ["2026/13/01 10:00", "田中 次郎", "jiro@example.jp", "動機", "経験", "", "はい", "はい", "はい", "はい",
            "はい", ""]
REPEAT = ["2026/09/02 10:00", "山田 太郎", "TARO@example.jp", "二回目", "", "", "はい", "はい", "はい", "はい", "はい", ""]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as out:
        csv.writer(out).writerows([HEADER, *rows])
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def fill(path: Path, scores: dict[int, int | str], conflict: int | None = None) -> None:
    """Score every item of each application as given (by application id), as a reviewer would in Excel."""
    book = load_workbook(path)
    sheet = book[wb.REVIEW_SHEET]
    for row in sheet.iter_rows(min_row=2):
        if row[wb.KEY_COLUMN - 1].value and row[0].value in scores:
            row[wb.SCORE_COLUMN - 1].value = scores[row[0].value]
            row[wb.COMMENT_COLUMN - 1].value = "具体的な経験あり"
    if conflict is not None:
        for row in book[wb.CONFLICT_SHEET].iter_rows(min_row=2):
            if row[0].value == conflict:
                row[wb.CONFLICT_COLUMN - 1].value = wb.YES
                row[wb.NOTE_COLUMN - 1].value = "元同僚"
    book.save(path)
