"""Errors that carry a localised message a user can act on."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from colead_desktop.domain.i18n import msg


class InputError(ValueError):
    """Bad or infeasible input. The message is localised and names the field or row."""


MAX_SHOWN_PROBLEMS = 20  # more would scroll the first ones away; the count says how many remain


def shown_problems(problems: Sequence[object], limit: int = MAX_SHOWN_PROBLEMS) -> list[str]:
    """The first `limit` problems, a line each, then 「…ほか N 件」 for the rest (a file's import, a JSON input)."""
    lines = [str(problem) for problem in problems[:limit]]
    if len(problems) > limit:
        lines.append(msg("…ほか {n} 件", "… and {n} more", n=len(problems) - limit))
    return lines


class InputProblems(InputError):
    """Every problem of one input at once, each naming its row or field; the message shows the first
    MAX_SHOWN_PROBLEMS of them a line each and how many more there are."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(shown_problems(self.problems)))


class ValidationFailed(InputError):
    """Fields broke their rules; `errors` maps each field name to its localised message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("\n".join(f"{name}: {text}" for name, text in errors.items()))


def every_part(parts: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
    """Each part's value ({name: what makes it}), or one InputError with every part's problem, a line each in the
    order given (the form's): all the fields a user must fix, not the next one after each fix."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, make in parts.items():
        try:
            values[name] = make()
        except InputError as bad:
            problems.append(str(bad))
    if problems:
        raise InputError("\n".join(problems))
    return values


def not_found(kind: str, row_id: object) -> InputError:
    """「支払処理 999 が見つかりません」: `kind` is what the user calls the record, in the current language (lower case
    in English, where it starts the sentence here)."""
    return InputError(msg("{kind} {id} が見つかりません", "{kind} {id} not found", kind=kind[:1].upper() + kind[1:],
                          id=row_id))
