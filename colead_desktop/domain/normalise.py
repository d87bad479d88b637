"""What text from outside (forms, Excel, CSV) becomes before it is stored: NFKC-normalised and trimmed.

A module of its own, light to import: the 全銀 file's 再作成 checks accounts with it without loading the record
rules of domain/validation.py (issue 15)."""

from __future__ import annotations

import unicodedata


def narrow_characters(value: str) -> str:
    """NFKC, not trimmed: full-width digits and signs as their ASCII forms (１２，３４５ → 12,345) in text still
    being typed, where a space may be part of it."""
    return unicodedata.normalize("NFKC", value)


def normalise_text(value: str) -> str:
    """NFKC and trimmed: what text from outside (forms, Excel, CSV) becomes before it is stored."""
    return narrow_characters(value).strip()
