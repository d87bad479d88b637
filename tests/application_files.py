"""Web-form exports of talent applications for the call tests: a good one and one with a bad cell and a repeat."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

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
