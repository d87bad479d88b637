"""What text from outside (forms, Excel, CSV) becomes before it is stored: NFKC-normalised and trimmed.

A module of its own, light to import: the 全銀 file's 再作成 checks accounts with it without loading the record
rules of domain/validation.py (issue 15)."""

from __future__ import annotations

import unicodedata


def normalise_text(value: str) -> str:
    """NFKC and trimmed: what text from outside (forms, Excel, CSV) becomes before it is stored."""
    return unicodedata.normalize("NFKC", value).strip()
