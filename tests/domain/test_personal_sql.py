"""personal.shown_sql masks in SQLite as personal.shown does in Python, value for value."""

from __future__ import annotations

import sqlite3

import pytest

from colead_desktop.domain.personal import shown, shown_sql

VALUES = ("", "a", "ab", "abc", "abcd", "t0@example.invalid", "090-1234-5678", "𠮟責@例.jp", "電話", "　全角　",
          "末尾の改行\n", None, 42)


@pytest.mark.parametrize("name", ["email", "phone", "account_number", "name", "affiliation"])
@pytest.mark.parametrize("reveal", [False, True])
def test_sqlite_shows_each_value_as_python_does(name: str, reveal: bool) -> None:
    with sqlite3.connect(":memory:") as connection:
        connection.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, x)")
        connection.executemany("INSERT INTO t (n, x) VALUES (?, ?)", enumerate(VALUES))
        in_sql = [row[0] for row in connection.execute(f"SELECT {shown_sql(name, 't.x', reveal)} FROM t ORDER BY n")]
    assert in_sql == [shown(name, value, reveal) for value in VALUES]
    assert reveal or name not in {"email", "phone", "account_number"} or in_sql[5] == "****lid"
