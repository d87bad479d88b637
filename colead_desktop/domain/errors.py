"""Errors that carry a localised message a user can act on."""

from __future__ import annotations


class InputError(ValueError):
    """Bad or infeasible input. The message is localised and names the field or row."""


class ValidationFailed(InputError):
    """Fields broke their rules; `errors` maps each field name to its localised message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("\n".join(f"{name}: {text}" for name, text in errors.items()))
