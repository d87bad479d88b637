"""A save refused because the record changed since the editor loaded it (issue 16 item 3): nothing is lost.

The save carried the version it was edited from; the stored row has a newer one (another window, another app
instance, the CLI). StaleRecord carries the three states of the record: `base` (what the editor loaded, None
when unknown, as for `colead set --version N`), `mine` (the edit) and `theirs` (as stored now). The user picks,
field by field, mine or theirs (`merged`), and the result is saved over `theirs`; or reloads.

Works for any frozen dataclass with `version` (the records of domain/records.py, a tour of domain/itinerary.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, Literal, Protocol, TypeVar

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg



class Versioned(Protocol):
    """A frozen dataclass carrying the version it was read at."""

    @property
    def version(self) -> int: ...


T = TypeVar("T", bound=Versioned)
Side = Literal["mine", "theirs"]

# Identity and bookkeeping: the same on both sides of a conflict, never chosen.
NOT_CHOSEN = frozenset({"id", "uuid", "version", "programme_id"})


@dataclass(frozen=True)
class FieldConflict:
    """One field whose value in the edit differs from the stored one; `default` is the side kept unless the user
    picks the other: theirs when only they changed it, mine otherwise."""

    name: str
    mine: Any
    theirs: Any
    base: Any
    default: Side


class StaleRecord(InputError, Generic[T]):
    """A save from version `mine.version` over the newer stored `theirs`; nothing was written."""

    def __init__(self, kind: str, mine: T, theirs: T, base: T | None = None,
                 labels: Mapping[str, str] | None = None) -> None:
        """`labels`: the fields as the user knows them (in the UI language), for the message; a field without
        one is named by its attribute."""
        self.kind, self.mine, self.theirs, self.base = kind, mine, theirs, base
        self.conflicts = differing(mine, theirs, base)
        names = msg("、", ", ").join((labels or {}).get(c.name, c.name) for c in self.conflicts) or "-"
        # the versions mean something to `colead set --version N` (the CLI names them), not to the window's user
        self.loaded = (base if base is not None else mine).version
        super().__init__(msg(
            "この{kind}はその後ほかの操作で変更されたため、上書きせずにそのままにしました。違う項目: {names}",
            "This {kind} has been changed by another action since, so it was left as it is rather than overwritten. "
            "Fields that differ: {names}", kind=kind, names=names))

    def merged(self, choices: dict[str, Side] | None = None) -> T:
        """The record to save over `theirs`: each differing field from the side chosen (its default when not
        in `choices`), every other field as stored now, with the stored version (so a newer change refuses it)."""
        chosen = choices or {}
        mine = {c.name: c.mine for c in self.conflicts if chosen.get(c.name, c.default) == "mine"}
        return replace(self.theirs, **mine)  # type: ignore[type-var]  # T is a dataclass


def differing(mine: T, theirs: T, base: T | None) -> tuple[FieldConflict, ...]:
    """The fields where `mine` and `theirs` differ, in the record's order."""
    found: list[FieldConflict] = []
    for f in fields(mine):  # type: ignore[arg-type]  # T is a dataclass
        if f.name in NOT_CHOSEN:
            continue
        ours, stored = getattr(mine, f.name), getattr(theirs, f.name)
        if ours == stored:
            continue
        was = getattr(base, f.name) if base is not None else None
        only_they_changed = base is not None and ours == was
        found.append(FieldConflict(f.name, ours, stored, was, "theirs" if only_they_changed else "mine"))
    return tuple(found)
