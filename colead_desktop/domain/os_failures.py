"""Localised messages for file-system failures a user can fix: a full disk, a read-only or missing folder."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("ディスクの空き容量が足りません", "the disk is full"),
    errno.EDQUOT: ("ディスクの使用量の上限に達しています", "the disk quota is exceeded"),
    errno.EROFS: ("読み取り専用の場所です", "the location is read-only"),
    errno.EACCES: ("書き込み・読み取りの権限がありません", "permission denied"),
    errno.EPERM: ("この操作は許可されていません", "the operation is not permitted"),
    errno.EISDIR: ("同じ名前のフォルダがあります（ファイル名を指定してください）", "it is a folder; give a file name"),
    errno.ENOTDIR: ("パスの途中にフォルダではないファイルがあります", "part of the path is a file, not a folder"),
    errno.EEXIST: ("フォルダが必要な場所にファイルがあります", "a file is in the way where a folder is needed"),
    errno.ENOENT: ("フォルダまたはファイルが見つかりません", "the folder or file does not exist"),
    errno.ENAMETOOLONG: ("パスが長すぎます", "the path is too long"),
}

# exports/atomic.py writes to ".<name>.<pid>.<random>.part" beside the target: the pid tells a stale one
# (its owner is gone), and the user knows the target's name, not this one.
PART_NAME = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.part$")


def user_path(name: str | bytes | int | None) -> str | None:
    """The path a user asked for, given the one the OS error names (an atomic write's temp file → its target)."""
    if name is None or isinstance(name, int):
        return None
    path = Path(name.decode(errors="replace") if isinstance(name, bytes) else name)
    temp = PART_NAME.match(path.name)
    return str(path.with_name(temp["target"]) if temp else path)


def explain_os_error(exc: OSError) -> InputError | None:
    """A message naming the path and the reason, or None when the error is not one a user can act on."""
    reason = _REASONS.get(exc.errno or 0)
    if reason is None:
        return None
    # os.replace(tmp, target) names the target second; mkdir and open name their only path first.
    path = user_path(exc.filename2) or user_path(exc.filename)
    text = msg(*reason)
    if path is None:
        return InputError(msg("ファイルを書き込めません: {reason}", "Cannot write the file: {reason}", reason=text))
    return InputError(msg("{path} を使えません: {reason}", "Cannot use {path}: {reason}", path=path, reason=text))
