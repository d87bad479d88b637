"""A string column that the ORM reads and writes as a StrEnum.

The database keeps the plain value ('draft'), so the schema and the CHECK constraints stay as they are;
code sees only enum members. A stored value the enum does not know (a database written by a newer
version, or edited by hand) raises ValueError on read instead of being compared as an unknown string,
where every `!= DRAFT` test would silently treat it as some other status.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E]):
    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self._member(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        return None if value is None else self._member(value)

    def _member(self, value: str) -> E:
        try:
            return self.enum(value)
        except ValueError:
            known = ", ".join(member.value for member in self.enum)
            raise ValueError(f"{value!r} is not a {self.enum.__name__} (one of {known})") from None


def one_of(column: str, enum: type[StrEnum]) -> str:
    """The CHECK constraint text that keeps `column` to the enum's values, written from the enum itself."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
