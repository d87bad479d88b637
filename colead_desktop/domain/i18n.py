"""Language choice for messages produced outside Qt (domain, services, CLI, reports).

The GUI uses Qt Linguist for its own strings; rules that live in plain Python return text through
`msg()`, which carries both languages at the call site so a message can never lack a translation.
"""

from __future__ import annotations

from typing import Literal

Language = Literal["ja", "en"]
_current: Language = "ja"


def set_language(language: Language) -> None:
    global _current
    if language not in ("ja", "en"):
        raise ValueError(f"unsupported language: {language}")
    _current = language


def language() -> Language:
    return _current


def msg(ja: str, en: str, **params: object) -> str:
    """Return the message in the current language, formatted with `params`."""
    template = ja if _current == "ja" else en
    return template.format(**params) if params else template
