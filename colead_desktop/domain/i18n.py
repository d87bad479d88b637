"""Language choice for messages produced outside Qt (domain, services, CLI, reports).

The GUI uses Qt Linguist for its own strings; rules that live in plain Python return text through
`msg()`, which carries both languages at the call site so a message can never lack a translation.

An export may be written in another language than the app's (the user picks English for one handout): it runs
inside `output_language(lang)`, which overrides the app language for the current thread (or task) only, so the
window and other jobs keep theirs while the document is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal, TypeVar

Language = Literal["ja", "en"]
LANGUAGES: tuple[Language, ...] = ("ja", "en")
_current: Language = "ja"
_output: ContextVar[Language | None] = ContextVar("output_language", default=None)
T = TypeVar("T")


def set_language(language: Language) -> None:
    global _current
    if language not in ("ja", "en"):
        raise ValueError(f"unsupported language: {language}")
    _current = language


def language() -> Language:
    """The language of text made now: the export's when inside `output_language`, else the app's."""
    return _output.get() or _current


@contextmanager
def output_language(lang: Language | None) -> Iterator[Language]:
    """Write what runs inside in `lang` (None: the app language), in this thread only."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    token = _output.set(lang)
    try:
        yield language()
    finally:
        _output.reset(token)


def in_language(lang: Language | None, work: Callable[..., T]) -> Callable[..., T]:
    """`work` made to run in `lang`, for a job handed to another thread (the override does not cross threads)."""
    def run(*args: object, **kwargs: object) -> T:
        with output_language(lang):
            return work(*args, **kwargs)
    return run


def msg(ja: str, en: str, **params: object) -> str:
    """Return the message in the current language, formatted with `params`."""
    template = ja if language() == "ja" else en
    return template.format(**params) if params else template


def listed(items: Iterable[str], separator: str = "・") -> str:
    """A short list in one line: 月・水, 講師・北見工大, or with `separator` 「、」 names (English "Mon, Wed")."""
    return msg(separator, ", ").join(items)


def span(start: str, end: str) -> str:
    """From `start` to `end`: 09:00〜17:00, 10-01〜10-03 (English with an en dash, 09:00–17:00)."""
    return msg("{a}〜{b}", "{a}–{b}", a=start, b=end)
