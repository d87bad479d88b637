"""The payer's tax documents on the database: the 支払調書 list and the monthly withholding (所得税徴収高計算書) add up
the paid statements of every programme of the chosen programme's payer (domain/tax_scope.py), for the GUI, the
CLI and the JSON alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import PaymentPayerRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg, output_language
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.statement_totals import StatementTotals, add_up
from colead_desktop.domain.statements import Payer, Statement
from colead_desktop.domain.tax_scope import PayerProgramme, covered_text, programmes_of_payer
from colead_desktop.domain.withholding_monthly import WithholdingMonth, monthly_withholding
from colead_desktop.services.payment_statements import payer_in, statements_in
from colead_desktop.services.payments import money_in


@dataclass(frozen=True)
class PayerPayments:
    payer: Payer  # as the chosen programme's statements print it
    programmes: tuple[PayerProgramme, ...]  # the chosen one and the others of its payer, oldest first
    statements: tuple[Statement, ...]  # their paid statements

    @property
    def covers(self) -> str:
        return covered_text(self.programmes)


def payer_payments(db: Database, programme_id: int) -> PayerPayments:
    """The paid statements of every programme of `programme_id`'s payer, read in one transaction."""
    return _payer_read(db, programme_id, lambda session, ids: statements_in(session, ids, StatementStatus.PAID))


def _payer_money(db: Database, programme_id: int) -> PayerPayments:
    """payer_payments as far as the statements' money goes (payments.money_in): what the monthly withholding
    needs, without the payee and payer each full statement looks up (800 payees in two programmes: 0.7 s)."""
    return _payer_read(db, programme_id, lambda session, ids: [st for st in _by_number(money_in(session, ids))
                                                               if st.status is StatementStatus.PAID])


def _by_number(money: dict[int, list[Statement]]) -> list[Statement]:
    """The statements of all the programmes, by number (a stable sort: one number in two programmes keeps the
    programmes' order)."""
    return sorted(chain.from_iterable(money.values()), key=lambda st: st.statement_no)


def _payer_read(db: Database, programme_id: int,
                read: Callable[[Session, list[int]], list[Statement]]) -> PayerPayments:
    with db.session() as session:
        scope = _payer_scope(session, programme_id)
        paid = read(session, [p.programme_id for p in scope])
        return PayerPayments(payer_in(session, programme_id), scope, tuple(paid))


def _payer_scope(session: Session, programme_id: int) -> tuple[PayerProgramme, ...]:
    stored = {row.programme_id: row for row in session.scalars(select(PaymentPayerRow))}
    programmes = [PayerProgramme(p.id, p.name, p.fiscal_year, _payer_named(stored.get(p.id), p), p.is_demo)
                  for p in session.scalars(select(models.Programme))]
    chosen = next((p for p in programmes if p.programme_id == programme_id), None)
    if chosen is None:
        raise InputError(msg("プログラム {id} が見つかりません", "Programme {id} was not found", id=programme_id))
    return tuple(programmes_of_payer(chosen, programmes))


def _payer_named(row: PaymentPayerRow | None, programme: models.Programme) -> Payer:
    """The payer as set up, else the programme's secretariat; never the programme's own name, which the
    statements print when nothing else is known but which says nothing about who pays."""
    if row is None:
        return Payer(programme.secretariat)
    return Payer(row.name, row.address, row.registration_no)


def export_chosho(db: Database, programme_id: int, year: int, target: Path) -> Path:
    from colead_desktop.exports.shiharai_chosho_xlsx import write_chosho_workbook

    payments = payer_payments(db, programme_id)
    with output_language("ja"):  # a tax form (支払調書): always Japanese, whatever the app or export language
        return write_chosho_workbook(payments.statements, year, payments.payer.name, Path(target), payments.covers)


@dataclass(frozen=True)
class PaymentsOverview:
    """The 支払 page's totals row and withholding tab."""
    totals: StatementTotals  # the chosen programme's statements
    covers: str  # the programmes of its payer the months add up, as a line of text
    months: list[WithholdingMonth]  # the payer's


def payments_overview(db: Database, programme_id: int) -> PaymentsOverview:
    """From one read of the money of the payer's statements: the totals and the months read the same statements,
    and reading them twice made a third of the 支払 page's visit on a thousand statements (issue 15)."""
    with db.session() as session:
        scope = _payer_scope(session, programme_id)
        money = money_in(session, [p.programme_id for p in scope])
    return PaymentsOverview(add_up(money.get(programme_id, [])), covered_text(scope),
                            monthly_withholding(_by_number(money)))


def export_withholding_monthly(db: Database, programme_id: int, target: Path) -> Path:
    from colead_desktop.exports.withholding_monthly_xlsx import write_withholding_monthly

    payments = _payer_money(db, programme_id)
    return write_withholding_monthly(monthly_withholding(payments.statements), payments.payer.name, Path(target),
                                     payments.covers)


# ---------------------------------------------------------------- JSON (colead payments chosho / withholding)

def _scope_json(payments: PayerPayments) -> dict[str, Any]:
    return {"payer": payments.payer.name,
            "programmes": [{"id": p.programme_id, "name": p.name, "fiscal_year": p.fiscal_year}
                           for p in payments.programmes]}


def chosho_json(db: Database, programme_id: int, year: int) -> dict[str, Any]:
    """The 支払調書 list's rows of `year` as the workbook has them, with the payer and programmes covered."""
    from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows

    payments = payer_payments(db, programme_id)
    return {**_scope_json(payments), "year": year,
            "rows": [asdict(row) for row in chosho_rows(payments.statements, year)]}


def withholding_json(db: Database, programme_id: int) -> dict[str, Any]:
    """The payer's withholding by month as the 源泉徴収（月別） tab shows it."""
    payments = _payer_money(db, programme_id)
    return {**_scope_json(payments), "months": [
        {**asdict(m), "month": f"{m.month:%Y-%m}", "statements": list(m.statements)}
        for m in monthly_withholding(payments.statements)]}
