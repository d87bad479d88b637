"""Exports write only to regular files or new names, and clean up temporary files of dead processes."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.exports.atomic import (OWNER_ONLY, atomic_file, remove_stale_parts, write_atomically,
                                          write_bytes_atomically)
from tests.processes import dead_pid


def make_symlink(path: Path) -> None:
    (path.parent / "elsewhere.txt").write_text("keep me")
    path.symlink_to(path.parent / "elsewhere.txt")


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_folder(path: Path) -> None:
    path.mkdir()


def make_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


@pytest.mark.parametrize("make", [make_symlink, make_fifo, make_folder, make_socket])
def test_a_target_that_is_not_a_regular_file_is_refused(tmp_path: Path, make) -> None:
    target = tmp_path / "out.csv"
    make(target)
    before = os.lstat(target)
    with pytest.raises(InputError, match="out.csv"):
        write_bytes_atomically(target, b"data")
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not list(tmp_path.glob(".*.part"))
    if make is make_symlink:
        assert (tmp_path / "elsewhere.txt").read_text() == "keep me"


def test_a_device_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    set_language("en")
    with pytest.raises(InputError, match=f"{os.devnull} is not a regular file"):
        write_bytes_atomically(Path(os.devnull), b"data")
    assert Path(os.devnull).is_char_device()


def test_a_link_planted_while_writing_is_refused_at_the_rename(tmp_path: Path) -> None:
    target = tmp_path / "bank.txt"
    target.write_text("old")

    def write(tmp: Path) -> None:
        tmp.write_text("new")
        target.unlink()
        target.symlink_to(tmp_path / "victim")  # an attacker swaps the target during the export

    with pytest.raises(InputError, match="bank.txt"):
        write_atomically(target, write)
    assert target.is_symlink()
    assert not (tmp_path / "victim").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_regular_files_and_new_names_are_written(tmp_path: Path) -> None:
    existing = tmp_path / "a.txt"
    existing.write_text("old")
    write_bytes_atomically(existing, b"new")
    write_bytes_atomically(tmp_path / "sub" / "b.txt", b"fresh")
    assert existing.read_bytes() == b"new"
    assert (tmp_path / "sub" / "b.txt").read_bytes() == b"fresh"


def test_stale_parts_of_dead_processes_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    stale = tmp_path / f".report.pdf.{dead_pid()}.0badc0de.part"
    live = tmp_path / f".other.pdf.{os.getpid()}.cafebabe.part"
    foreign = tmp_path / ".notes.part"  # not our naming: never touched
    for path in (stale, live, foreign):
        path.write_bytes(b"half")
    write_bytes_atomically(tmp_path / "new.txt", b"x")  # every export into the folder cleans it first
    assert not stale.exists()
    assert live.exists() and foreign.exists()
    assert remove_stale_parts(tmp_path) == []


def test_atomic_file_is_owner_only_while_written_and_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "statement.pdf"
    with atomic_file(target, OWNER_ONLY) as out:
        out.write(b"%PDF-half")
        part = next(tmp_path.glob(".statement.pdf.*.part"))
        assert not target.exists() and stat.S_IMODE(part.stat().st_mode) & 0o077 == 0
    assert target.read_bytes() == b"%PDF-half" and stat.S_IMODE(target.stat().st_mode) & 0o077 == 0
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(RuntimeError), atomic_file(target) as out:
        out.write(b"other")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"%PDF-half" and not list(tmp_path.glob(".*.part"))


def test_a_ready_folder_is_not_swept_again(tmp_path: Path) -> None:
    """folder_ready: the caller (a folder export) swept the folder once; each file does not rescan it."""
    stale = tmp_path / f".report.pdf.{dead_pid()}.0badc0de.part"
    stale.write_bytes(b"half")
    with atomic_file(tmp_path / "a.pdf", folder_ready=True) as out:
        out.write(b"a")
    assert stale.exists() and (tmp_path / "a.pdf").read_bytes() == b"a"
