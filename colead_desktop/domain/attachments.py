"""What an attachment (a receipt, a signed NDA) may be: its size limit, the file types accepted, its hash.

Attachments are stored in the database once per SHA-256 of their bytes (services/attachments.py); the hash
is also the check that what comes back out is what went in.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import PurePath

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""The largest attachment accepted (a scanned multi-page receipt fits; a video does not)."""

# suffix → (media type, where and how its bytes begin): the suffix alone would let any file in under a .pdf
# name. HEIC is what a phone's camera saves a photographed receipt as (an ISO box "ftyp" at byte 4).
_TYPES: dict[str, tuple[str, int, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", 0, (b"%PDF-",)),
    ".jpg": ("image/jpeg", 0, (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", 0, (b"\xff\xd8\xff",)),
    ".png": ("image/png", 0, (b"\x89PNG\r\n\x1a\n",)),
    ".tif": ("image/tiff", 0, (b"II*\x00", b"MM\x00*")),
    ".tiff": ("image/tiff", 0, (b"II*\x00", b"MM\x00*")),
    ".heic": ("image/heic", 4, (b"ftyp",)),
}
ACCEPTED_SUFFIXES = tuple(_TYPES)
UNKNOWN_MEDIA_TYPE = "application/octet-stream"  # only for files an earlier version accepted (migration 0020)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def media_type_of(file_name: str) -> str:
    """The media type a file name's suffix stands for (UNKNOWN_MEDIA_TYPE when none of ours)."""
    found = _TYPES.get(PurePath(file_name).suffix.lower())
    return found[0] if found else UNKNOWN_MEDIA_TYPE


def check_attachment(data: bytes, file_name: str) -> str:
    """The media type of `data` named `file_name`; InputError naming the file when it is empty, larger than
    MAX_ATTACHMENT_BYTES, of a type not accepted, or not what its suffix says."""
    name = PurePath(file_name).name
    if not data:
        raise InputError(msg("添付ファイル「{name}」は空です", "The attachment '{name}' is empty", name=name))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InputError(msg("添付ファイル「{name}」は大きすぎます（{size} MB、上限 {limit} MB）",
                             "The attachment '{name}' is too large ({size} MB; the limit is {limit} MB)",
                             name=name, size=_megabytes(len(data)), limit=_megabytes(MAX_ATTACHMENT_BYTES)))
    found = _TYPES.get(PurePath(name).suffix.lower())
    if found is None:
        raise InputError(msg("添付ファイル「{name}」の種類は使えません（{ok}）",
                             "The attachment '{name}' is not of a type accepted ({ok})",
                             name=name, ok=", ".join(ACCEPTED_SUFFIXES)))
    media_type, offset, starts = found
    if not data.startswith(starts, offset):
        raise InputError(msg("添付ファイル「{name}」の中身が {suffix} ではありません",
                             "The attachment '{name}' is not a {suffix} file inside",
                             name=name, suffix=PurePath(name).suffix.lower()))
    return media_type


def _megabytes(size: int) -> str:
    """Rounded up to 0.1 MB, so a file just over the limit never reads as the limit itself."""
    tenths = math.ceil(size * 10 / (1024 * 1024))
    return f"{tenths // 10}.{tenths % 10}".removesuffix(".0")
