"""Strict reading of the JSON documents the CLI's JSON commands take, and typed reads that name the path.

The documents come from scripts and hand edits, so nothing in them is trusted: the bytes must be UTF-8
and at most MAX_BYTES; nesting is measured before Python's recursive parser sees it; numbers with more
digits than any real value are refused before they are converted; NaN/Infinity, duplicate keys, lone
surrogates and control characters are refused. Every refusal is an InputError (the CLI's exit 2).
`Node` then reads typed values so each error names its place, e.g. `payees[3].expenses[0].amount_yen`.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from typing import Any, TypeVar

from colead_desktop.domain.errors import InputError, InputProblems
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.validation import date_problem, yen_problem
from colead_desktop.domain.normalise import canonical_datetime, canonical_time, normalise_text

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 18  # an integer literal of 19+ characters is beyond any count, amount or seed we take
MAX_TEXT = 200  # characters of one id, name or label

S = TypeVar("S", bound=str)
T = TypeVar("T")

# A JSON string (escapes included) or one bracket: the depth scan skips brackets inside strings.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)  # an unterminated string runs to the end once
# Control characters other than tab and newline, and UTF-16 surrogates (valid JSON escapes, invalid text).
_BAD_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_MISSING = object()
# The json module's messages, said in Japanese (a message it adds later stays as it writes it).
_DECODER_PROBLEMS = {
    "Expecting value": "値がありません（余分な「,」、閉じていない括弧、引用符のない文字列など）",
    "Expecting ',' delimiter": "「,」がありません",
    "Expecting ':' delimiter": "「:」がありません",
    "Expecting property name enclosed in double quotes": "キーは \"…\" で囲んでください（最後の要素の後の「,」は使えません）",
    "Unterminated string starting at": "文字列の \" が閉じていません",
    "Extra data": "文書の後に余分なデータがあります",
    "Invalid \\escape": "使えないエスケープ（\\ の後の文字）があります",
    "Invalid control character at": "文字列に制御文字があります",
}


def parse(raw: bytes) -> Node:
    """The document in `raw` as the root Node, or InputError saying what is wrong and where."""
    if len(raw) > MAX_BYTES:
        raise InputError(msg("入力が大きすぎます（{n:,} バイトまで）", "The input is too large (at most {n:,} bytes)",
                             n=MAX_BYTES))
    text = _decode(raw)
    if not text.strip():
        raise InputError(msg("入力が空です（JSON の文書がありません）", "The input is empty (no JSON document)"))
    _check_depth(text)
    try:
        value = json.loads(text, parse_int=_integer_literal, parse_float=_float_literal,
                           parse_constant=_refuse_constant, object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as exc:
        raise InputError(msg("JSON の構文エラー: {line}行 {col}列: {said}",
                             "JSON syntax error at line {line}, column {col}: {err}", line=exc.lineno,
                             col=exc.colno, said=_DECODER_PROBLEMS.get(exc.msg, exc.msg), err=exc.msg)) from None
    _check_strings(value, "")
    return Node(value, "")


def _decode(raw: bytes) -> str:
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0  # Windows editors write one
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(msg("UTF-8 ではないバイトがあります（{offset} バイト目）。UTF-8 で保存してください",
                             "The input is not UTF-8 (bad byte at offset {offset}); save it as UTF-8",
                             offset=bom + exc.start)) from None


def _check_depth(text: str) -> None:
    depth = 0
    for token in _TOKEN.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(msg("入れ子が深すぎます（{n} 段まで）",
                                     "The input is nested too deeply (at most {n} levels)", n=MAX_DEPTH))
        elif bracket in "]}":
            depth -= 1


class _BadNumber:
    """A number literal refused while parsing, kept in its place so the refusal can name its path (the parser
    itself knows only the line and column)."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def refusal(self, path: str) -> InputError:
        if len(self.literal) > MAX_NUMBER_CHARS:
            return InputError(msg("{path}: 数値 {head}… の桁が多すぎます（{n} 文字まで）",
                                  "{path}: the number {head}… is too long (at most {n} characters)",
                                  path=path or msg("入力", "input"), head=self.literal[:12], n=MAX_NUMBER_CHARS))
        return InputError(msg("{path}: 数値 {v} は大きすぎます", "{path}: the number {v} is out of range",
                              path=path or msg("入力", "input"), v=self.literal))


def _integer_literal(literal: str) -> int | _BadNumber:
    return _BadNumber(literal) if len(literal) > MAX_NUMBER_CHARS else int(literal)


def _float_literal(literal: str) -> float | _BadNumber:
    if len(literal) > MAX_NUMBER_CHARS * 2:
        return _BadNumber(literal)
    value = float(literal)
    return value if math.isfinite(value) else _BadNumber(literal)


def _refuse_constant(name: str) -> float:
    raise InputError(msg("{v} は数値として使えません", "{v} is not a number JSON allows", v=name))


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError(msg("キー「{k}」が同じオブジェクトに2回あります",
                                 "The key '{k}' appears twice in one object", k=_printable(key)))
        result[key] = value
    return result


def _printable(text: str) -> str:
    return _BAD_CHAR.sub("\ufffd", text)[:MAX_TEXT]


def _check_strings(value: Any, path: str) -> None:
    """Refuse surrogates and control characters in every key and string, and the number literals refused while
    parsing, naming the path (depth is bounded, so recursion is)."""
    if isinstance(value, _BadNumber):
        raise value.refusal(path)
    if isinstance(value, str):
        if _BAD_CHAR.search(value):
            raise InputError(msg("{path}: 使えない文字（制御文字またはサロゲート）が含まれています",
                                 "{path}: contains a character that cannot be used (control or surrogate)",
                                 path=path or "input"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{_printable(key)}" if path else _printable(key)
            _check_strings(key, child)
            _check_strings(item, child)


class Node:
    """A value in the document and its path; the typed reads raise InputError naming the path.

    Reading a field that is absent gives a Node that fails with "is required" when read; optional
    fields are read through `maybe()`.
    """

    __slots__ = ("value", "path")

    def __init__(self, value: Any, path: str) -> None:
        self.value, self.path = value, path

    def fail(self, ja: str, en: str, **params: object) -> InputError:
        return InputError(msg("{path}: " + ja, "{path}: " + en, path=self.path or msg("入力", "input"), **params))

    def _present(self) -> Any:
        if self.value is _MISSING:
            raise self.fail("必須です", "is required")
        return self.value

    def maybe(self, read: Callable[[Node], T]) -> T | None:
        """`read(self)` for an optional field, None when the field is absent or null."""
        return None if self.value is _MISSING or self.value is None else read(self)

    def field(self, key: str) -> Node:
        value = self._present()
        if not isinstance(value, dict):
            raise self.fail("オブジェクトで指定してください", "must be an object")
        return Node(value.get(key, _MISSING), f"{self.path}.{key}" if self.path else key)

    def only_keys(self, known: tuple[str, ...]) -> None:
        """Refuse an object with keys beyond `known` (a misspelt optional key would otherwise be ignored)."""
        self.field(known[0])  # an object is required: fails naming the node otherwise
        unknown = [key for key in self.value if key not in known]
        if unknown:
            raise self.fail("不明なキーがあります: {u}（使えるキー: {k}）", "has unknown keys: {u} (known keys: {k})",
                            u=", ".join(unknown), k=", ".join(known))

    def items(self, max_items: int) -> list[Node]:
        value = self._present()
        if not isinstance(value, list):
            raise self.fail("配列で指定してください", "must be an array")
        if len(value) > max_items:
            raise self.fail("要素は {n:,} 個までです", "may hold at most {n:,} elements", n=max_items)
        return [Node(item, f"{self.path}[{index}]") for index, item in enumerate(value)]

    def text(self, max_length: int = MAX_TEXT) -> str:
        """A non-empty string, NFKC-normalised and trimmed like all text from outside."""
        value = self._present()
        text = normalise_text(value) if isinstance(value, str) else ""
        if not text:
            raise self.fail("空でない文字列で指定してください", "must be a non-empty string")
        if len(text) > max_length:
            raise self.fail("{n} 文字以内で指定してください", "must be at most {n} characters", n=max_length)
        return text

    def integer(self, low: int, high: int) -> int:
        value = self._present()
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail("{lo}〜{hi} の整数で指定してください", "must be a whole number from {lo} to {hi}",
                            lo=low, hi=high)
        return value

    def number(self, low: float, high: float) -> float:
        value = self._present()
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise self.fail("{lo}〜{hi} の数値で指定してください", "must be a number from {lo} to {hi}",
                            lo=low, hi=high)
        return float(value)

    def yen(self) -> int:
        value = self._present()
        problem = yen_problem(value)
        if problem is not None:
            raise InputError(f"{self.path}: {problem}")
        assert isinstance(value, int)
        return value

    def boolean(self) -> bool:
        value = self._present()
        if not isinstance(value, bool):
            raise self.fail("true または false で指定してください", "must be true or false")
        return value

    def choice(self, allowed: Iterable[S]) -> S:
        """The allowed option equal to the value (a StrEnum class gives its member)."""
        value, options = self._present(), list(allowed)
        for option in options:
            if value == option:
                return option
        raise self.fail("次のいずれかで指定してください: {o}", "must be one of: {o}", o=", ".join(options))

    def _formatted(self, parse_text: Callable[[str], T], length: int, shape: str,
                   canonical: Callable[[str], str] | None = None) -> T:
        value = self._present()
        if canonical is not None and isinstance(value, str):
            value = canonical(value)
        try:
            if not isinstance(value, str) or len(value) != length:
                raise ValueError(value)
            return parse_text(value)
        except ValueError:
            raise self.fail("{shape} 形式で指定してください", "must be written {shape}", shape=shape) from None

    def date(self) -> date:
        day = self._formatted(date.fromisoformat, 10, "YYYY-MM-DD")
        problem = date_problem(day)
        if problem is not None:
            raise InputError(f"{self.path}: {problem}")
        return day

    def time(self) -> time:
        """HH:MM, or any spelling of it the roster and the dialogs take too (9:00, ０９：００)."""
        return self._formatted(time.fromisoformat, 5, "HH:MM", canonical_time)

    def datetime(self) -> datetime:
        moment = self._formatted(datetime.fromisoformat, 16, "YYYY-MM-DDTHH:MM", canonical_datetime)
        problem = date_problem(moment.date())
        if problem is not None:
            raise InputError(f"{self.path}: {problem}")
        return moment


class Problems:
    """Collects the errors of independent parts of a document so one run can report them all."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def attempt(self, read: Callable[[], T]) -> T | None:
        """`read()`, or None after noting its InputError (each of an InputProblems' problems)."""
        try:
            return read()
        except InputProblems as exc:
            self.messages.extend(exc.problems)
            return None
        except InputError as exc:
            self.messages.append(str(exc))
            return None

    def each(self, *reads: Callable[[], Any]) -> list[Any] | None:
        """Every read's value, or None when any of them failed (each failure noted): the fields of one row."""
        noted = len(self.messages)
        values = [self.attempt(read) for read in reads]
        return None if len(self.messages) > noted else values

    def raise_any(self) -> None:
        """InputProblems with every problem noted, if any (the message shows the first 20 and counts the rest)."""
        if self.messages:
            raise InputProblems(self.messages)
