"""`colead export statements` and `colead export ics` on a disk that fills: one localised message, and nothing the
export made stays behind — neither the folders it created nor the files it had finished before the disk filled.
A folder that existed is kept, with what was in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from colead_desktop import cli
from tests.failure_conditions import _migrated, fill, sqlite_url, tmpfs


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo programme: 16 issued statements (about 58 kB of PDF each), tours and events."""
    return sqlite_url(_migrated(tmp_path_factory.mktemp("demo") / "demo.sqlite3", demo=True))


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "full") as folder:
        fill(folder)
        yield folder


def _export(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    code = cli.main(["--db", url, "export", *args])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", err
    assert err.count("\n") == 1 and err.startswith("エラー: ") and "空き容量" in err, err
    return err


def _tree(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.parametrize("what", [["statements"], ["ics", "--programme"],
                                  ["ics", "--tour", "demo-kuwana-2021", "--per-person"]])
def test_a_full_disk_leaves_no_folder_the_export_made(what: list[str], demo_url: str, full: Path, data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _export(capsys, demo_url, *what, "--out", str(full / "new" / "deeper"))
    assert _tree(full) == ["filler"]


def test_statements_written_before_the_disk_filled_are_removed_and_the_folder_kept(
        demo_url: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with tmpfs(tmp_path / "small", size="256k") as folder:  # room for a few of the 16 statements
        (folder / "mine.txt").write_text("前からあるファイル", encoding="utf-8")
        _export(capsys, demo_url, "statements", "--out", str(folder))
        assert _tree(folder) == ["mine.txt"]
        assert (folder / "mine.txt").read_text(encoding="utf-8") == "前からあるファイル"


def test_a_statement_that_was_there_before_stays(demo_url: str, tmp_path: Path, data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Only what the export created goes: a file of the same name from before is the user's (replaced whole or
    not at all), never deleted."""
    with tmpfs(tmp_path / "small", size="256k") as folder:
        (folder / "2021-0001_1.pdf").write_bytes(b"%PDF-1.4 earlier")
        _export(capsys, demo_url, "statements", "--out", str(folder))
        assert _tree(folder) == ["2021-0001_1.pdf"]
