"""A correction given as the corrected complete set of a statement's records (`colead payments adjust --records`):
what a stored record holds that it would lose if it were deleted and a new one added in its place, and the two
refusals when the file cannot tell which stored record a record of the file corrects. Rather than guess (and move a
receipt, a note or the text printed on the statement to another record), the correction is refused naming the
records; nothing is written.

One rule for every kind of record: a record's receipts, note, company and approver, and an expense's description
(the text its statement line prints), stay with it; they change only as the correction says (the file's
description of an expense) or in the record editor of the adjusting statement's draft."""

from __future__ import annotations

from collections.abc import Sequence

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


def expense_label(day: str, category: str, amount_yen: int, description: str = "") -> str:
    """An expense as the refusals name it: its day, category, amount and (when it has one) description."""
    shown = msg("・「{d}」", ", “{d}”", d=description) if description else ""
    return msg("経費（{day}・{category}・{amount:,}円{shown}）", "expense ({day}, {category}, ¥{amount:,}{shown})",
               day=day, category=category, amount=amount_yen, shown=shown)


def expense_holds(receipts: int, description: str, description_given: bool) -> list[str]:
    """What an expense holds that a new expense added in its place would not: its receipts, and its description
    unless the file gives that description to a record it adds."""
    held = [msg("領収書 {n} 件", "{n} receipt(s)", n=receipts)] if receipts else []
    if description and not description_given:
        held.append(msg("内容「{d}」", "the description “{d}”", d=description))
    return held


def day_holds(note: str, company: bool = False, approver: str = "") -> list[str]:
    """What a tour day or work day holds that a new day added in its place would not."""
    held = [(bool(note), msg("メモ", "note")), (company, msg("企業", "company")), (bool(approver), msg("承認者", "approver"))]
    return [text for holds, text in held if holds]


def refuse_losing(record: str, held: Sequence[str]) -> None:
    """InputError when `record` (named with its kind and date) holds `held`, which deleting it and adding the file's
    new records in its place would lose: which new record it became cannot be told."""
    if held:
        what = msg("・", ", ").join(held)
        raise InputError(msg(
            "{record}には{what}があります。ファイルのどの記録がこの記録の訂正か決められないため、訂正しませんでした"
            "（{what}が失われます）。日付を変えるのは一度に一日に、経費の日付・費目・金額を変えるのは一度に一つにするか、"
            "画面の「訂正明細書」のあと記録の編集で変えてください",
            "The {record} holds {what}. Which record of the file corrects it cannot be told, so nothing was corrected "
            "(its {what} would be lost). Move one day at a time and change one of an expense's date, category and "
            "amount at a time, or use 訂正明細書 in the window and change it in the record editor", record=record, what=what))


def refuse_alike(records: Sequence[str]) -> None:
    """InputError naming `records`: stored records the file cannot tell apart but which hold different things
    (receipts, descriptions, notes), so which of them the file keeps, moves or drops cannot be told."""
    raise InputError(msg(
        "{records} は、ファイルからは見分けられません（日付・費目・金額が同じです）が、領収書・内容・メモが違います。"
        "どれがファイルのどの記録か決められないため、訂正しませんでした。経費はファイルに \"description\"（内容）を"
        "書いて見分けるか、一度に一つずつ訂正してください",
        "{records} cannot be told apart from the file (same date, category and amount) but hold different receipts, "
        "descriptions or notes. Which is which record of the file cannot be told, so nothing was corrected. Give the "
        "expenses their \"description\" in the file, or correct them one at a time",
        records=msg("、", "; ").join(records)))
