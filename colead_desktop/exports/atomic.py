"""Write files so that a reader never sees a half-written one, and never write through what is not a file.

The temporary file sits beside the target as `.<name>.<pid>.<random>.part`: the pid says who owns it, so a
`.part` left by a process that was killed can be recognised and removed (`remove_stale_parts`) while one
that a running export is still writing is kept.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import BinaryIO

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.os_failures import PART_NAME
from colead_desktop.domain.progress import Cancelled

EVERYONE = 0o666
"""The mode an export's file is created with; the umask removes what the user does not share (issue 18 item 7:
colleagues on a shared folder read the handouts, itineraries and calendars)."""
OWNER_ONLY = 0o600
"""The mode of files with bank data, addresses or people's payments (Zengin files, payment statements, the payments
and 支払調書 workbooks, the audit CSV) and of what the app keeps (backups, receipts): whatever the umask says."""


def check_target(target: Path) -> None:
    """Refuse a target that exists and is not a regular file (link, device, FIFO, socket, folder).

    `os.lstat` does not follow a symbolic link, so a link is refused rather than written through: an
    export must never replace `/dev/full` or turn a link into a file.
    """
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise InputError(msg("書き出し先 {path} は通常のファイルではありません（リンク・デバイス・フォルダなど）。"
                             "別のファイル名を指定してください。",
                             "The output {path} is not a regular file (a link, device, folder…). "
                             "Choose another file name.", path=target))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (a process we may not signal still exists)."""
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process nobody has reaped yet (e.g. orphans under a container's init) still answers
    kill(pid, 0) but will never finish its file. Linux says so in /proc; elsewhere assume it runs."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat_line.rsplit(")", 1)[1].split()[0] == "Z"


def prepare_folder(folder: Path) -> None:
    """Make `folder` if it is missing and remove the stale parts in it: what an export into it does once before its
    files (then written with folder_ready=True), since scanning the folder again for each file is quadratic."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing = []
    while not os.path.lexists(folder) and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


@contextmanager
def undone_on_failure(folder: Path, targets: Sequence[Path] = ()) -> Iterator[None]:
    """Prepare `folder` (prepare_folder) for an export of `targets` into it, and undo what the export made there if
    it fails (a full disk halfway): the targets that were not there before, then the folders made for it, deepest
    first and only while empty. A target that existed was replaced whole or kept, and a folder that existed is
    never removed. A cancelled export (Cancelled, Ctrl-C) keeps its complete files, as the progress dialog says,
    and only a folder it left empty goes."""
    folder = Path(folder)
    made = _missing_folders(folder)
    there = {target for target in targets if os.path.lexists(target)}
    try:
        prepare_folder(folder)
        yield
    except BaseException as exc:
        if isinstance(exc, Exception) and not isinstance(exc, Cancelled):
            for target in targets:
                if target not in there:
                    with suppress(FileNotFoundError):
                        os.unlink(target)
        for empty in made:
            with suppress(OSError):  # not empty (someone else's file) or already gone: it stays as it is
                empty.rmdir()
        raise


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the `.part` files in `folder` whose owning process is gone; returns what was removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = PART_NAME.match(entry.name)
        if match and entry.is_file(follow_symlinks=False) and not pid_alive(int(match["pid"])):
            with suppress(FileNotFoundError):  # another process cleaned it first
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _create_part(target: Path, mode: int) -> tuple[Path, int]:
    """The new temporary file and its descriptor, open for writing."""
    import secrets  # here: with hmac and hashlib it costs every start of the command line a few ms

    while True:
        tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:  # 1 in 4 billion; draw another name
            continue


@contextmanager
def _part(target: Path, mode: int, folder_ready: bool) -> Iterator[tuple[Path, int]]:
    """The temporary file beside `target` (its path and open descriptor, which the caller closes); renamed over
    `target` when the block ends normally, else deleted."""
    target = Path(target)
    check_target(target)
    with nullcontext() if folder_ready else undone_on_failure(target.parent):
        tmp, descriptor = _create_part(target, mode)
        renamed = False
        try:
            try:
                yield tmp, descriptor
            except OSError as exc:
                if exc.filename is None:  # a write or close names no file (a full disk): the message names the target
                    exc.filename = str(tmp)
                raise
            check_target(target)  # again: something may have been put there while we were writing
            os.replace(tmp, target)
            renamed = True
        finally:
            if not renamed:
                with suppress(FileNotFoundError):
                    tmp.unlink()


@contextmanager
def atomic_path(target: Path, mode: int = EVERYONE, folder_ready: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success rename it over `target`, else delete it.

    `mode` is the new file's mode before the umask: owner-only files (backups, receipts) pass 0o600 so
    that they are never readable by others, not even while being written. `folder_ready=True` when the caller has
    prepared the folder itself (prepare_folder), once for all its files.
    """
    with _part(target, mode, folder_ready) as (tmp, descriptor):
        os.close(descriptor)
        yield tmp


@contextmanager
def atomic_paths(targets: Sequence[Path], mode: int = EVERYONE) -> Iterator[list[Path]]:
    """As `atomic_path` for files that belong together (a tour's calendar and its members'): each is renamed into
    place only when the whole block ends normally, so a full disk halfway leaves none of them, not a partial set."""
    with ExitStack() as parts:
        # First in, last out: a rename that fails after others were made undoes them too.
        for folder in dict.fromkeys(Path(target).parent for target in targets):
            parts.enter_context(undone_on_failure(folder, [Path(t) for t in targets if Path(t).parent == folder]))
        yield [parts.enter_context(atomic_path(target, mode, folder_ready=True)) for target in targets]


@contextmanager
def atomic_file(target: Path, mode: int = EVERYONE, folder_ready: bool = False) -> Iterator[BinaryIO]:
    """As `atomic_path`, but the temporary file comes open for writing (closed before the rename): a writer that
    takes a file object saves reopening the file, which costs a thousand statement PDFs about a file creation
    each."""
    with _part(target, mode, folder_ready) as (_tmp, descriptor), os.fdopen(descriptor, "wb") as out:
        yield out


def write_atomically(target: Path, write: Callable[[Path], object], mode: int = EVERYONE) -> Path:
    """Call `write(tmp_path)` and move the result to `target`."""
    with atomic_path(target, mode) as tmp:
        write(tmp)
    return Path(target)


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))
