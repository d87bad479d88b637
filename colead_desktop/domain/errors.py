"""Errors that carry a localised message a user can act on."""

from __future__ import annotations


class InputError(ValueError):
    """Bad or infeasible input. The message is localised and names the field or row."""
