"""Contracts of the programme's pairs stored, and the work days they do not cover (issue 19 item 6).

Rules in domain/contracts.py. A contract's save is checked like every editable record (services/versions.py):
from the state the editor loaded, else StaleRecord.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db import models
from colead_desktop.db.matching_models import MatchingCompanyRow, MatchingPairLogRow, MatchingPairRow, PairContractRow
from colead_desktop.db.payment_models import StatementRow, WorkDayRow
from colead_desktop.domain.contracts import (
    Contract,
    NEEDS_NDA,
    ContractKind,
    Pair,
    WorkDay,
    check_signed_document,
    contract_problems,
    needs_attention,
    state_of,
    uncovered_days,
    uncovered_warning,
)
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.matching import PairStatus
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.team import Area
from colead_desktop.services import attachments
from colead_desktop.services.lookups import kind_name, row_by_id
from colead_desktop.services.versions import check_version, stale_data_refused

_FIELDS = ("kind", "sent_on", "signed_on", "expires_on", "signatories", "document_sha256", "note")


def _contract(row: PairContractRow) -> Contract:
    return Contract(row.id, row.pair_id, ContractKind(row.kind), row.sent_on, row.signed_on, row.expires_on,
                    row.signatories, row.document_sha256, row.note, row.version)


def _contracts_in(session: Session, programme_id: int) -> list[Contract]:
    rows = session.scalars(select(PairContractRow).join(MatchingPairRow)
                           .where(MatchingPairRow.programme_id == programme_id).order_by(PairContractRow.id))
    return [_contract(row) for row in rows]


def contracts(db: Database, programme_id: int) -> list[Contract]:
    with db.session() as session:
        return _contracts_in(session, programme_id)


@dataclass(frozen=True)
class Document:
    """A signed contract's file as the user chose it."""

    file_name: str
    data: bytes


def get_contract(db: Database, contract_id: int) -> Contract:
    with db.session() as session:
        return _contract(row_by_id(session, PairContractRow, contract_id))


def save_contract(db: Database, contract: Contract, base: Contract | None = None,
                  document: Document | None = None) -> Contract:
    """Add (id None) or change a contract; a change only over the state `base` the editor loaded (else
    StaleRecord, nothing written). ValidationFailed names the fields. `document`, the signed PDF newly chosen
    (its hash is the contract's `document_sha256`), is stored in the same transaction."""
    problems = contract_problems(contract, tokyo_today())
    if problems:
        raise ValidationFailed(problems)
    with stale_data_refused(kind_name(PairContractRow), contract, base, lambda: get_contract(db, contract.id or 0)), \
            db.session(immediate=True) as session:
        if document is not None:
            if check_signed_document(document.data, document.file_name) != contract.document_sha256:
                raise InputError(msg("署名済みPDFが契約の記録と一致しません", "The signed PDF does not match the contract"))
            attachments.store(session, document.data, document.file_name, area=Area.MATCHING)
        if contract.id is None:
            row_by_id(session, MatchingPairRow, contract.pair_id)
            row = PairContractRow(pair_id=contract.pair_id)
            session.add(row)
        else:
            row = row_by_id(session, PairContractRow, contract.id)
            check_version(kind_name(PairContractRow), _contract(row), contract, base)
            if row.pair_id != contract.pair_id:
                raise InputError(msg("契約のペアは変更できません", "A contract's pair cannot be changed"))
        for name in _FIELDS:
            setattr(row, name, getattr(contract, name))
        session.flush()
        return _contract(row)


def document_of(db: Database, contract: Contract) -> bytes:
    """The contract's signed PDF, checked against its SHA-256 (AttachmentMissing/Damaged otherwise)."""
    assert contract.document_sha256 is not None
    with db.session() as session:
        return attachments.read(session, contract.document_sha256, document_name(contract))


def document_name(contract: Contract) -> str:
    """The name a signed contract's file is shown under (no person's name: the pair's and contract's ids)."""
    return f"{contract.kind.value}-pair{contract.pair_id}-contract{contract.id}.pdf"


def delete_contract(db: Database, expected: Contract) -> None:
    """Delete the contract if it is still exactly `expected` (else StaleRecord)."""
    with db.session(immediate=True) as session:
        row = row_by_id(session, PairContractRow, expected.id or 0)
        check_version(kind_name(PairContractRow), _contract(row), expected, expected)
        session.delete(row)


@dataclass(frozen=True)
class Attention:
    """A line of the dashboard's contracts to see to: a pair, what waits, and the date it concerns."""

    pair_id: int
    talent: str
    company: str
    what: str
    on: date | None


def attention(db: Database, programme_id: int, today: date) -> list[Attention]:
    """Contracts of live pairs waiting to be sent or signed, expiring soon or expired (an ended or dissolved
    pair's contracts need nothing more), and pairs agreed or further that have no NDA yet; soonest first."""
    with db.session() as session:
        pairs = {row.id: row for row in session.scalars(select(MatchingPairRow).where(
            MatchingPairRow.programme_id == programme_id))}
        talents = {row.id: row.name for row in session.execute(select(models.Talent.id, models.Talent.name).where(
            models.Talent.id.in_({p.talent_id for p in pairs.values()})))}
        companies = {row.id: row.name for row in session.execute(select(models.Company.id, models.Company.name).where(
            models.Company.id.in_({p.company_id for p in pairs.values()})))}
        made = _contracts_in(session, programme_id)

    def line(pair_id: int, what: str, on: date | None) -> Attention:
        pair = pairs[pair_id]
        return Attention(pair_id, talents.get(pair.talent_id, ""), companies.get(pair.company_id, ""), what, on)

    lines = [line(c.pair_id, f"{c.kind.label}: {state_of(c, today).label}", c.expires_on or c.sent_on)
             for c in made if needs_attention(c, today) and pairs[c.pair_id].status.live]
    with_nda = {c.pair_id for c in made if c.kind is ContractKind.NDA}
    lines += [line(pair.id, msg("NDA未作成", "No NDA yet"), None) for pair in pairs.values()
              if pair.status in NEEDS_NDA and pair.id not in with_nda]
    return sorted(lines, key=lambda a: (a.on or date.max, a.talent))


def uncovered_work_days(session: Session, programme_id: int, talent_id: int | None = None) -> list[WorkDay]:
    """The programme's (or one talent's) business-model work days that no signed NDA covers."""
    query = select(WorkDayRow).where(WorkDayRow.programme_id == programme_id)
    if talent_id is not None:
        query = query.where(WorkDayRow.talent_id == talent_id)
    work = [WorkDay(r.id, r.talent_id, r.day, r.activity, r.company_id) for r in session.scalars(query)]
    pairs = [Pair(r.id, r.talent_id, r.company_id, r.status) for r in session.scalars(
        select(MatchingPairRow).where(MatchingPairRow.programme_id == programme_id))]
    return uncovered_days(work, pairs, _contracts_in(session, programme_id))


def statement_warnings(db: Database, statement_id: int) -> list[str]:
    """The statement check's warnings: the work days it pays that no signed NDA covers."""
    with db.session() as session:
        row = row_by_id(session, StatementRow, statement_id)
        paid = set(session.scalars(select(WorkDayRow.id).where(WorkDayRow.statement_id == statement_id)))
        return [uncovered_warning(work) for work in uncovered_work_days(session, row.programme_id, row.talent_id)
                if work.id in paid]


DEMO_WHO = "デモ"
DEMO_NOTE = "デモ用の架空の契約"


def load_demo_contracts(session: Session, programme_id: int) -> None:
    """The demo's pairs and contracts (invented): each talent with an SME of their assigned region, in turn,
    under an NDA and a rights agreement signed before their first work day (December 2021), ended with the
    programme on 2022-03-31 (so a dashboard opened today lists no FY2021 contract as expired)."""
    participations = session.scalars(select(models.ProgrammeTalent).where(
        models.ProgrammeTalent.programme_id == programme_id).order_by(models.ProgrammeTalent.talent_id))
    taken: dict[int, int] = {}  # company id → talents paired with it
    for participation in participations:
        companies = list(session.scalars(select(models.Company.id).where(
            models.Company.region_id == participation.assigned_region_id).order_by(models.Company.id)))
        if not companies:
            continue
        company_id = min(companies, key=lambda c: (taken.get(c, 0), c))
        taken[company_id] = taken.get(company_id, 0) + 1
        pair = MatchingPairRow(programme_id=programme_id, talent_id=participation.talent_id, company_id=company_id,
                               status=PairStatus.ENDED)
        session.add(pair)
        session.flush()
        session.add_all([
            MatchingPairLogRow(pair_id=pair.id, from_status=None, to_status=PairStatus.ACTIVE, reason=DEMO_NOTE,
                               who=DEMO_WHO, at=datetime(2021, 11, 26, 10, 0)),
            MatchingPairLogRow(pair_id=pair.id, from_status=PairStatus.ACTIVE, to_status=PairStatus.ENDED,
                               reason=DEMO_NOTE, who=DEMO_WHO, at=datetime(2022, 3, 31, 17, 0))])
        session.add_all(PairContractRow(pair_id=pair.id, kind=kind, sent_on=date(2021, 11, 15),
                                        signed_on=date(2021, 11, 26), expires_on=date(2022, 3, 31),
                                        signatories="（架空）人材本人 / 企業代表者", note=DEMO_NOTE)
                        for kind in ContractKind)
    for company_id, count in taken.items():
        session.add(MatchingCompanyRow(programme_id=programme_id, company_id=company_id, capacity=count,
                                       wants_skills=[]))
