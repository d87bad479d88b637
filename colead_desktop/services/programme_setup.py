"""A programme's setup in the database: create one (wizard, `colead programme create`), read and change it
(プログラム設定), and copy one into the next fiscal year (次年度を作成…).

The setup (domain/programme_setup.py) is stored in the programme row (name, year, period, sponsor = `ministry`,
secretariat = the payer's name), its payer row (payment_payer, which the statements and the 全銀 file read) and
the shared region records with this programme's membership (programme_region). Each call is one transaction
and refuses, writing nothing, while check_setup finds an error.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.budget_models import BudgetRow
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import AgendaBlockRow
from colead_desktop.db.payment_models import PaymentPayerRow, PaymentPolicyRow
from colead_desktop.db.tour_models import TourCheckSettings, TourRow
from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.next_year import (kept_inside, next_year_names, replace_year, same_date_later,
                                             weekday_shift)
from colead_desktop.domain.self_intro import STORED_INTRO_FIELDS
from colead_desktop.domain.programme_setup import (PayerSetup, ProgrammeSetup, RegionSetup, ZenginRequester,
                                                   check_setup, normalise_setup, refuse_errors)
from colead_desktop.services.calls import add_calls
from colead_desktop.services.payment_audit import audit_created, set_audited
from colead_desktop.services.payment_policy import new_entry_id, programme_preset
from colead_desktop.services.payment_policy_store import add_rate_row, policy_rows, rate_rows, rates_of, save_policy


def _programme(session: Session, programme_id: int) -> models.Programme:
    programme = session.get(models.Programme, programme_id)
    if programme is None:
        raise InputError(msg("プログラム {id} が見つかりません", "Programme {id} was not found", id=programme_id))
    return programme


def _checked(setup: ProgrammeSetup, stored: ProgrammeSetup | None = None) -> ProgrammeSetup:
    """`setup` normalised, or InputError for its errors (of the values it changes, when it edits `stored`)."""
    setup = normalise_setup(setup)
    refuse_errors(check_setup(setup, None if stored is None else normalise_setup(stored)))
    return setup


# ---------------------------------------------------------------- create, read, update

def create_programme(db: Database, setup: ProgrammeSetup, who: str, policy_from: int | None = None) -> int:
    """A new programme from `setup`; its id. The payment policy and the tour check settings are copied from
    programme `policy_from` (the rates as one new entry in force from this programme's start), else the policy
    is the preset as its own fiscal year's rate version (FY<year>) and the check settings are the defaults (no row)."""
    setup = _checked(setup)
    with db.session(immediate=True) as session:
        _refuse_taken_name(session, setup.name, setup.fiscal_year)
        source = _programme(session, policy_from) if policy_from is not None else None
        programme = models.Programme(name=setup.name, fiscal_year=setup.fiscal_year, start_date=setup.start,
                                     end_date=setup.end, ministry=setup.sponsor, secretariat=setup.payer.name)
        session.add(programme)
        session.flush()
        region_ids = _join_regions(session, programme.id, setup.regions, overwrite=False)
        _write_payer(session, programme.id, setup.payer, who)
        add_calls(session, programme.id)
        if source is None:
            save_policy(session, programme.id, programme_preset(session, programme), who)
        else:
            _copy_policy(session, source.id, programme.id, set(region_ids), setup.start, who)
            _copy_check_settings(session, source.id, programme.id)
        return programme.id


def load_setup(db: Database, programme_id: int) -> ProgrammeSetup:
    """The setup as stored, regions in the order they joined; each region carries its id for update_setup."""
    with db.session() as session:
        return setup_in(session, programme_id)


def setup_in(session: Session, programme_id: int) -> ProgrammeSetup:
    programme = _programme(session, programme_id)
    payer = session.scalars(select(PaymentPayerRow).where(PaymentPayerRow.programme_id == programme_id)).first()
    regions = session.scalars(select(models.Region).join(
        models.ProgrammeRegion, models.ProgrammeRegion.region_id == models.Region.id)
        .where(models.ProgrammeRegion.programme_id == programme_id).order_by(models.Region.id)).all()
    return ProgrammeSetup(
        name=programme.name, fiscal_year=programme.fiscal_year, start=programme.start_date,
        end=programme.end_date, sponsor=programme.ministry,
        payer=_payer_setup(payer) if payer is not None else PayerSetup(),
        regions=tuple(RegionSetup(r.name, r.prefecture, r.lab_name, r.lab_contact, r.lab_address, region_id=r.id)
                      for r in regions))


def update_setup(db: Database, programme_id: int, setup: ProgrammeSetup, who: str) -> None:
    """Store an edited setup. Regions with an id (from load_setup) are updated, even renamed; new ones join (an
    existing region of the same name is reused); a region left out leaves the programme unless it is in use."""
    with db.session() as session:
        update_setup_in(session, programme_id, setup, who)


def update_setup_in(session: Session, programme_id: int, setup: ProgrammeSetup, who: str) -> None:
    """update_setup in the caller's transaction."""
    setup = _checked(setup, setup_in(session, programme_id))
    _refuse_taken_name(session, setup.name, setup.fiscal_year, programme_id)
    programme = _programme(session, programme_id)
    programme.name, programme.fiscal_year = setup.name, setup.fiscal_year
    programme.start_date, programme.end_date = setup.start, setup.end
    programme.ministry, programme.secretariat = setup.sponsor, setup.payer.name
    kept = set(_join_regions(session, programme_id, setup.regions, overwrite=True))
    for membership in session.scalars(select(models.ProgrammeRegion)
                                      .where(models.ProgrammeRegion.programme_id == programme_id)).all():
        if membership.region_id not in kept:
            _refuse_if_region_used(session, programme_id, membership.region_id)
            session.execute(delete(BudgetRow).where(BudgetRow.programme_id == programme_id,
                                                    BudgetRow.region_id == membership.region_id))
            session.delete(membership)
    _write_payer(session, programme_id, setup.payer, who)


def _refuse_taken_name(session: Session, name: str, fiscal_year: int, programme_id: int | None = None) -> None:
    """Two programmes of one name in one fiscal year cannot be told apart in the programme list, and number their
    statements alike (2027-0001 in both): a second one, made or renamed, is refused."""
    taken = select(models.Programme.id).where(models.Programme.name == name,
                                              models.Programme.fiscal_year == fiscal_year)
    if programme_id is not None:
        taken = taken.where(models.Programme.id != programme_id)
    if session.scalars(taken).first() is not None:
        raise InputError(msg("プログラム名: 「{name}」（{year}年度）はすでにあります。別の名前か年度にしてください",
                             "Programme name: '{name}' (fiscal {year}) already exists; choose another name or year",
                             name=name, year=fiscal_year))


def _payer_setup(row: PaymentPayerRow) -> PayerSetup:
    return PayerSetup(name=row.name, address=row.address, phone=row.phone, project_name=row.programme_label,
                      contract_no=row.contract_no, invoice_no=row.registration_no,
                      zengin=ZenginRequester(requester_code=row.requester_code, requester_kana=row.name_kana,
                                             bank_code=row.bank_code, branch_code=row.branch_code,
                                             account_type=AccountType(row.account_type),
                                             account_number=row.account_number))


def _payer_columns(payer: PayerSetup) -> dict[str, Any]:
    zengin = payer.zengin
    return {"name": payer.name, "address": payer.address, "phone": payer.phone, "programme_label": payer.project_name,
            "contract_no": payer.contract_no, "registration_no": payer.invoice_no,
            "requester_code": zengin.requester_code, "name_kana": zengin.requester_kana, "bank_code": zengin.bank_code,
            "branch_code": zengin.branch_code, "account_type": zengin.account_type.value,
            "account_number": zengin.account_number}


def _write_payer(session: Session, programme_id: int, payer: PayerSetup, who: str) -> None:
    """Every change goes to the payments audit log (the account number masked), as for a payee's bank."""
    row = session.scalars(select(PaymentPayerRow).where(PaymentPayerRow.programme_id == programme_id)).first()
    if row is None:
        row = PaymentPayerRow(programme_id=programme_id, **_payer_columns(payer))
        session.add(row)
        audit_created(session, who, row)
    else:
        set_audited(session, who, row, _payer_columns(payer))


def _region_columns(region: RegionSetup) -> dict[str, str]:
    return {"name": region.name, "prefecture": region.prefecture, "lab_name": region.lab,
            "lab_contact": region.lab_contact, "lab_address": region.lab_address}


def _join_regions(session: Session, programme_id: int, regions: tuple[RegionSetup, ...], overwrite: bool) -> list[int]:
    """The regions' ids, each a member of the programme. A region is found by its id, else by its name (regions
    are shared by every programme), else created. `overwrite` sets every field (the user edited what was
    loaded); otherwise only the fields given, so a new year's setup cannot blank a lab's contact by leaving it out.
    """
    members = set(session.scalars(select(models.ProgrammeRegion.region_id)
                                  .where(models.ProgrammeRegion.programme_id == programme_id)))
    ids = []
    for region in regions:
        columns = _region_columns(region)
        row = session.get(models.Region, region.region_id) if region.region_id is not None else None
        if row is None and (row := _region_named(session, region.name)) is not None:
            del columns["name"]  # found by its name: kept as stored, however the setup spelled its widths
        if row is None:
            row = models.Region(**columns)
            session.add(row)
            session.flush()
        else:
            for key, value in columns.items():
                if overwrite or value:
                    setattr(row, key, value)
        if row.id not in members:
            session.add(models.ProgrammeRegion(programme_id=programme_id, region_id=row.id))
            members.add(row.id)
        ids.append(row.id)
    session.flush()
    return ids


def _region_named(session: Session, name: str) -> models.Region | None:
    """The region of this name as the setup's check compares names (ｷﾀﾐ is キタミ, 桑名（三重） is 桑名(三重)): names are
    kept as typed, and one typed with other widths than the stored one must not split the region in two."""
    wanted = normalise_text(name)
    return next((row for row in session.scalars(select(models.Region).order_by(models.Region.id))
                 if normalise_text(row.name) == wanted), None)


def _refuse_if_region_used(session: Session, programme_id: int, region_id: int) -> None:
    region = session.get(models.Region, region_id)
    name = region.name if region else str(region_id)
    used = session.scalars(select(models.ProgrammeTalent.id).where(
        models.ProgrammeTalent.programme_id == programme_id,
        models.ProgrammeTalent.assigned_region_id == region_id).limit(1)).first() is not None
    used = used or session.scalars(select(models.Event.id).where(
        models.Event.programme_id == programme_id, models.Event.region_id == region_id).limit(1)).first() is not None
    if used:
        raise InputError(msg("地域「{n}」はこのプログラムの人材またはイベントで使われているため外せません",
                             "The region {n} is used by this programme's talents or events, so it cannot be removed",
                             n=name))


# ---------------------------------------------------------------- policy and check settings

def _copy_policy(session: Session, source_id: int, target_id: int, region_ids: set[int], start: date,
                 who: str) -> None:
    """The source's policy (and the overrides of regions taking part), each with the rates in force on `start`
    (else its latest) as one new entry from `start`: the source's statements keep pointing at their own entries."""
    taken: set[str] = set()
    for row in policy_rows(session, source_id):
        if row.region_id is not None and row.region_id not in region_ids:
            continue
        rates = [rates_of(r) for r in rate_rows(session, row.id)]
        if not rates:
            continue
        in_force = [r for r in rates if r.effective_from <= start] or rates
        copy = PaymentPolicyRow(programme_id=target_id, region_id=row.region_id,
                                honorarium_scope=row.honorarium_scope, travel_rule=row.travel_rule,
                                withhold_reimbursements=row.withhold_reimbursements,
                                exclusion_reason=row.exclusion_reason)
        session.add(copy)
        audit_created(session, who, copy)
        region = session.get(models.Region, row.region_id) if row.region_id is not None else None
        entry_id = new_entry_id(session, f"{region.name}-" if region else "", start, taken)
        add_rate_row(session, copy.id, replace(in_force[-1], entry_id=entry_id, effective_from=start), who)


def _copy_check_settings(session: Session, source_id: int, target_id: int) -> None:
    row = session.scalars(select(TourCheckSettings).where(TourCheckSettings.programme_id == source_id)).first()
    if row is not None:
        session.add(TourCheckSettings(programme_id=target_id, params=dict(row.params), updated_at=row.updated_at))


# ---------------------------------------------------------------- next year

def copy_programme(db: Database, source_id: int, fiscal_year: int, *, talents: bool, events: bool, who: str,
                   name: str | None = None, project_name: str | None = None) -> int:
    """次年度を作成…: a new programme for `fiscal_year` from programme `source_id`; its id.

    Its name and the payer's 事業名 are `name` and `project_name` when given (the dialog shows the proposals
    editable), else next_year_names' proposals: the old year replaced, so the new year's statements never print
    the old one's 事業名.

    Copied: the regions taking part (shared records, so their labs come along), the payer without its contract
    number (each year has its own contract; check_setup then warns it is missing), the payment policy (the rates
    in force as one new entry from the new start, so the old statements keep theirs), the tour check settings
    and the calls (募集, without their deadlines). The period takes the same calendar dates a year later
    (domain/next_year.py). With `talents`, each talent's participation (region, wishes, self-introduction);
    with `events`, the events and their tours, every date moved by the same whole number of weeks so a Tuesday
    stays a Tuesday, titles with their year replaced as the programme's name, and the tours' talents only with
    `talents` (their staff always), and the events' agendas. Companies, venues, staff and templates are shared by
    every programme: nothing to copy. Payments, statements, attendance and round-table plans are never copied.
    """
    setup = load_setup(db, source_id)
    if fiscal_year <= setup.fiscal_year:
        raise InputError(msg("コピー先の年度は {year} 年度より後にしてください",
                             "The copy must be for a fiscal year after {year}", year=setup.fiscal_year))
    years = fiscal_year - setup.fiscal_year
    proposed = next_year_names(setup.name, setup.payer.project_name, setup.fiscal_year, fiscal_year)
    payer = replace(setup.payer, contract_no="",
                    project_name=proposed.project_name if project_name is None else project_name)
    copied = _checked(replace(setup, name=proposed.name if name is None else name, fiscal_year=fiscal_year,
                              start=same_date_later(setup.start, years), end=same_date_later(setup.end, years),
                              payer=payer))
    with db.session(immediate=True) as session:
        _refuse_taken_name(session, copied.name, fiscal_year)
        source = _programme(session, source_id)
        programme = models.Programme(name=copied.name, fiscal_year=fiscal_year, start_date=copied.start,
                                     end_date=copied.end, ministry=source.ministry, secretariat=source.secretariat)
        session.add(programme)
        session.flush()
        region_ids = [r.region_id for r in copied.regions if r.region_id is not None]
        session.add_all(models.ProgrammeRegion(programme_id=programme.id, region_id=r) for r in region_ids)
        if copied.payer != PayerSetup():
            _write_payer(session, programme.id, copied.payer, who)
        _copy_policy(session, source_id, programme.id, set(region_ids), copied.start, who)
        _copy_check_settings(session, source_id, programme.id)
        add_calls(session, programme.id, copy_from=source_id)
        if talents:
            _copy_talents(session, source_id, programme.id)
        if events:
            _copy_events(session, source_id, programme.id, EventCopy(
                weekday_shift(setup.start, years), (setup.start, setup.end), (copied.start, copied.end),
                setup.fiscal_year, fiscal_year, talents))
        return programme.id


def _copy_talents(session: Session, source_id: int, target_id: int) -> None:
    """The talents' participation, except archived talents': they join no programme (services/talent_archive)."""
    active = select(models.Talent.id).where(models.Talent.archived_at.is_(None))
    for row in session.scalars(select(models.ProgrammeTalent).where(models.ProgrammeTalent.programme_id == source_id,
                                                                    models.ProgrammeTalent.talent_id.in_(active))
                               .order_by(models.ProgrammeTalent.id)).all():
        session.add(models.ProgrammeTalent(programme_id=target_id, talent_id=row.talent_id,
                                           assigned_region_id=row.assigned_region_id,
                                           region_preferences=list(row.region_preferences), motivation=row.motivation,
                                           **{name: getattr(row, name) for name in STORED_INTRO_FIELDS}))


@dataclass(frozen=True)
class EventCopy:
    """How _copy_events moves events and tours: by `shift`, kept inside the new period (next_year.kept_inside),
    titles from `old_year` to `new_year`, with or without the tours' talents."""

    shift: timedelta
    old_period: tuple[date, date]
    new_period: tuple[date, date]
    old_year: int
    new_year: int
    talents: bool

    def title(self, text: str) -> str:
        return replace_year(text, self.old_year, self.new_year)

    def shift_of(self, first: date, last: date) -> timedelta:
        return kept_inside(first, last, self.shift, self.old_period, self.new_period)


def _copy_agenda(session: Session, source_event: int, target_event: int, how: EventCopy) -> None:
    for block in session.scalars(select(AgendaBlockRow).where(AgendaBlockRow.event_id == source_event)
                                 .order_by(AgendaBlockRow.position)).all():
        session.add(AgendaBlockRow(event_id=target_event, position=block.position, title=how.title(block.title),
                                   kind=block.kind, minutes=block.minutes, owner=block.owner, room=block.room,
                                   join_url=block.join_url))


def _copy_events(session: Session, source_id: int, target_id: int, how: EventCopy) -> None:
    """Events with their dates moved, and the programme's tours moved with them, linked to the copied events
    (copy_tour: Tour.moved_to, as the start date change and コピー… do). A tour's party is copied as planned
    (its talents only with `how.talents`); attendance is not. An event's agenda comes along (its blocks are
    minutes from the event's start, so they move with it). A meetup's round tables are not copied: they are
    planned from the new year's regions and talents (services/meetup_setup.py)."""
    from colead_desktop.db.tour_store import row_to_tour
    from colead_desktop.domain.tour_templates import copy_tour, without_talents
    from colead_desktop.services.tours import save_tour_in

    new_ids: dict[int, tuple[int, timedelta]] = {}  # source event -> its copy and how far it moved
    for event in session.scalars(select(models.Event).where(models.Event.programme_id == source_id)
                                 .order_by(models.Event.id)).all():
        shift = how.shift_of(event.starts_at.date(), event.ends_at.date())
        copy = models.Event(programme_id=target_id, kind=event.kind, title=how.title(event.title),
                            event_format=event.event_format, tool=event.tool, join_url=event.join_url,
                            starts_at=event.starts_at + shift, ends_at=event.ends_at + shift,
                            region_id=event.region_id, venue_id=event.venue_id, note=event.note,
                            data_note=event.data_note)
        session.add(copy)
        session.flush()
        new_ids[event.id] = (copy.id, shift)
        _copy_agenda(session, event.id, copy.id, how)
    for row in session.scalars(select(TourRow).where(TourRow.programme_id == source_id).order_by(TourRow.id)).all():
        source = row_to_tour(row)
        linked = new_ids.get(row.event_id) if row.event_id is not None else None
        shift = linked[1] if linked else how.shift_of(source.start_date, source.end_date)  # it moves with its event
        tour = replace(copy_tour(source, source.start_date + shift), title=how.title(source.title))
        save_tour_in(session, target_id, tour if how.talents else without_talents(tour), linked[0] if linked else None)
