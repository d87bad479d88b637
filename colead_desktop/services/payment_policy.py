"""The policy editor's use cases: the programme's payment policy, regions' overrides and the dated rates.

The editor loads every policy of the programme at once (`load_policies`), the user changes them, and
`save_policies` writes all the changes in one transaction: an audit entry per changed field, then every
draft statement is recomputed with the new policy. Approved and paid statements are never touched (they
keep the rates they recorded), and a rate entry an approved or paid statement used cannot be changed or
deleted: a new rate is added from a later effective date instead (the refusal names the statement).
Rates cannot rewrite the past either: a new or changed rate must start after the end of every issued
(approved, in a run, paid) statement's period that it would apply to (the programme's statements for a
programme rate, the region's for a region's rate), else a correction would pay those days again at it.
A region override is a whole policy of its own, first copied from the programme's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import PaymentPolicyRow, PaymentRateRow, StatementRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import (FY2021_PRESET, HonorariumScope, PaymentPolicy, Rates, RateTable,
                                            TravelRule, fiscal_year_preset)
from colead_desktop.domain.statements import ISSUED
from colead_desktop.services.payment_audit import audit_created, audit_deleted, set_audited
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.programme_scope import regions_of
from colead_desktop.services.payment_policy_store import add_rate_row, policy_rows, rate_rows, rates_of
from colead_desktop.services.payment_statements import recompute_drafts


@dataclass(frozen=True)
class RateEntry:
    row_id: int | None  # None until saved; the service then gives it an entry id
    rates: Rates
    used_by: tuple[str, ...] = ()  # approved or paid statements that recorded these rates


@dataclass(frozen=True)
class PolicySettings:
    honorarium_scope: HonorariumScope
    travel_rule: TravelRule
    withhold_reimbursements: bool
    exclusion_reason: str
    rates: tuple[RateEntry, ...]


@dataclass(frozen=True)
class RegionPolicy:
    region_id: int
    name: str
    settings: PolicySettings | None  # None: the region uses the programme's policy


@dataclass(frozen=True)
class PolicyBook:
    programme_id: int
    programme: PolicySettings
    regions: tuple[RegionPolicy, ...]
    single_approver: bool = False  # a one-person secretariat: who computed a statement may approve it
    preset: Rates = FY2021_PRESET.rates.entries[0]  # the preset as the programme's fiscal year's version


def preset_settings(current: PolicySettings, rates: Rates) -> PolicySettings:
    """The talent call §3.4 preset with `rates` (the programme's fiscal year's version, PolicyBook.preset); the
    entry starting on the same day is reused, so resetting an unchanged policy changes nothing and a used entry
    is not rewritten."""
    same_day = next((e for e in current.rates if e.rates.effective_from == rates.effective_from), None)
    entry = (RateEntry(same_day.row_id, replace(rates, entry_id=same_day.rates.entry_id), same_day.used_by)
             if same_day else RateEntry(None, replace(rates, entry_id="")))
    return PolicySettings(FY2021_PRESET.honorarium_scope, FY2021_PRESET.travel_rule,
                          FY2021_PRESET.withhold_reimbursements, FY2021_PRESET.reimbursement_exclusion_reason,
                          (entry,))


def programme_preset(session: Session, programme: models.Programme) -> PaymentPolicy:
    """The preset as the programme's own fiscal year's rate version (domain fiscal_year_preset), its entry id
    unique in the database: statements name their rates by it, so a second FY2026 programme gets FY2026-2."""
    preset = fiscal_year_preset(programme.fiscal_year, programme.start_date)
    [rates] = preset.rates.entries
    return replace(preset, rates=RateTable((replace(rates, entry_id=unique_entry_id(session, rates.entry_id, set())),)))


def copied_for_region(settings: PolicySettings) -> PolicySettings:
    """A region override starting as a copy of the programme's policy; its rates are new entries."""
    return replace(settings, rates=tuple(RateEntry(None, replace(e.rates, entry_id="")) for e in settings.rates))


# ---------------------------------------------------------------- loading

def _used_rates(session: Session) -> dict[str, list[str]]:
    """entry id -> numbers of the approved and paid statements that recorded it."""
    used: dict[str, list[str]] = defaultdict(list)
    for number, rates_used in session.execute(select(StatementRow.statement_no, StatementRow.rates_used)
                                              .where(StatementRow.status.in_(ISSUED))
                                              .order_by(StatementRow.statement_no)):
        for rates in rates_used or []:
            used[rates["entry_id"]].append(number)
    return used


def _settings(session: Session, row: PaymentPolicyRow, used: dict[str, list[str]]) -> PolicySettings:
    return PolicySettings(HonorariumScope(row.honorarium_scope), TravelRule(row.travel_rule),
                          row.withhold_reimbursements, row.exclusion_reason,
                          tuple(RateEntry(r.id, rates_of(r), tuple(used.get(r.entry_id, ())))
                                for r in rate_rows(session, row.id)))


def load_policies(db: Database, programme_id: int) -> PolicyBook:
    """The programme's policy (the FY2021 preset, unsaved, if there is none yet) and each of its regions'; the
    preset button's rates are its fiscal year's version."""
    with db.session() as session:
        programme = row_by_id(session, models.Programme, programme_id)
        used = _used_rates(session)
        rows = {r.region_id: r for r in policy_rows(session, programme.id)}
        [preset] = fiscal_year_preset(programme.fiscal_year, programme.start_date).rates.entries
        # a programme with no policy yet gets the FY2021 preset when a statement first needs one
        # (payment_policy_store), so that is what it shows; only create_programme stores its own year's version
        default = (_settings(session, rows[None], used) if None in rows else preset_settings(
            PolicySettings(HonorariumScope.NONE, TravelRule.NONE, True, "", ()), FY2021_PRESET.rates.entries[0]))
        regions = tuple(RegionPolicy(r.id, r.name, _settings(session, rows[r.id], used) if r.id in rows else None)
                        for r in regions_of(session, programme.id))
        single = None in rows and rows[None].single_approver
        return PolicyBook(programme.id, default, regions, single, preset)


# ---------------------------------------------------------------- saving

def _validate(settings: PolicySettings, scope: str) -> None:
    """The same checks as the domain policy, plus the amounts the chosen travel rule needs."""
    try:
        PaymentPolicy(RateTable(tuple(e.rates for e in settings.rates)), settings.honorarium_scope,
                      settings.travel_rule, settings.withhold_reimbursements, settings.exclusion_reason)
    except InputError as exc:
        raise InputError(msg("{scope}: {err}", "{scope}: {err}", scope=scope, err=str(exc))) from exc
    days = [e.rates.effective_from for e in settings.rates]
    twice = sorted({d for d in days if days.count(d) > 1})
    if twice:
        raise InputError(msg("{scope}: 適用開始日 {day} の料率が2つあります", "{scope}: two rates start on {day}",
                             scope=scope, day=twice[0].isoformat()))
    for entry in settings.rates:
        start = entry.rates.effective_from.isoformat()
        if settings.travel_rule is TravelRule.ACTUAL_CAPPED and entry.rates.travel_cap_yen <= 0:
            raise InputError(msg("{scope}: 上限を決めて実費支給には旅費の上限額が必要です（{day}〜の料率）",
                                 "{scope}: actual cost up to a cap needs a travel cap (rates from {day})",
                                 scope=scope, day=start))
        if settings.travel_rule is TravelRule.FIXED and entry.rates.travel_fixed_yen <= 0:
            raise InputError(msg("{scope}: 定額支給には旅費の定額が必要です（{day}〜の料率）",
                                 "{scope}: a fixed travel amount is needed (rates from {day})",
                                 scope=scope, day=start))


def in_use_message(entry_id: str, effective_from: date, statements: Sequence[str]) -> str:
    """Why a rate entry cannot be changed: the statements (at most three named) that recorded it."""
    shown = "、".join(statements[:3])
    if len(statements) > 3:
        shown = msg("{shown} ほか{n}件", "{shown} and {n} more", shown=shown, n=len(statements) - 3)
    return msg("料率 {id}（{day}〜）は承認済みの支払明細書 {nos} で使われているため変更・削除できません。"
               "新しい適用開始日で料率を追加してください",
               "Rates {id} (from {day}) were used by the approved statement(s) {nos} and cannot be changed or "
               "deleted; add new rates from a later date instead",
               id=entry_id, day=effective_from.isoformat(), nos=shown)


def _refuse_if_used(row: PaymentRateRow, used: dict[str, list[str]]) -> None:
    if used.get(row.entry_id):
        raise InputError(in_use_message(row.entry_id, row.effective_from, used[row.entry_id]))


def new_entry_id(session: Session, prefix: str, day: date, taken: set[str]) -> str:
    """A rate entry id unused in the whole database (statements name their rates by it): prefix + date, then
    -2, -3 …; `taken` starts empty and is shared by the ids made in one transaction."""
    return unique_entry_id(session, f"{prefix}{day:%Y%m%d}"[:36], taken)


def unique_entry_id(session: Session, base: str, taken: set[str]) -> str:
    """`base` if no rate entry of the database has it, else `base`-2, -3 …; `taken` as in new_entry_id."""
    if not taken:
        taken.update(session.scalars(select(PaymentRateRow.entry_id)))
    entry_id, n = base, 1
    while entry_id in taken:
        n += 1
        entry_id = f"{base}-{n}"
    taken.add(entry_id)
    return entry_id


def _same_as_existing(session: Session, row: PaymentPolicyRow, rates: Rates) -> bool:
    """A copy of a rate the programme already has from the same day (a region override starting as a copy
    of the programme's policy) changes no amount, so it rewrites nothing."""
    amounts = replace(rates, entry_id="")
    return any(replace(rates_of(r), entry_id="") == amounts for r in session.scalars(
        select(PaymentRateRow).join(PaymentPolicyRow, PaymentRateRow.policy_id == PaymentPolicyRow.id)
        .where(PaymentPolicyRow.programme_id == row.programme_id, PaymentPolicyRow.id != row.id,
               PaymentRateRow.effective_from == rates.effective_from)))


def _refuse_rewriting_the_past(session: Session, row: PaymentPolicyRow, start: date) -> None:
    """Refuse a rate starting on or before the end of an issued statement's period that it applies to."""
    query = (select(StatementRow.statement_no)
             .where(StatementRow.programme_id == row.programme_id, StatementRow.status.in_(ISSUED),
                    StatementRow.period_end >= start).order_by(StatementRow.statement_no))
    if row.region_id is not None:  # a region's rate applies to the talents assigned to it in this programme
        query = query.join(models.ProgrammeTalent, (models.ProgrammeTalent.talent_id == StatementRow.talent_id)
                           & (models.ProgrammeTalent.programme_id == StatementRow.programme_id)).where(
            models.ProgrammeTalent.assigned_region_id == row.region_id)
    covered = list(session.scalars(query))
    if covered:
        shown = "、".join(covered[:3])
        if len(covered) > 3:
            shown = msg("{shown} ほか{n}件", "{shown} and {n} more", shown=shown, n=len(covered) - 3)
        raise InputError(msg("{day} から適用する料率は、承認済みの支払明細書 {nos} の対象期間に掛かるため登録できません。"
                             "それらの期間の終了日より後の適用開始日にしてください",
                             "Rates from {day} would apply within the period of the approved statement(s) {nos}; "
                             "start them after the end of those periods", day=start.isoformat(), nos=shown))


def _save_rates(session: Session, who: str, row: PaymentPolicyRow, settings: PolicySettings, prefix: str,
                used: dict[str, list[str]], taken: set[str]) -> None:
    existing = {r.id: r for r in rate_rows(session, row.id)}
    kept = {e.row_id: e for e in settings.rates if e.row_id is not None}
    for rate_id, rate in existing.items():
        if rate_id not in kept:
            _refuse_if_used(rate, used)
            audit_deleted(session, who, rate)
            session.delete(rate)
    session.flush()  # a deleted entry's effective date may be reused by a new one
    for rate_id, entry in kept.items():
        if rate_id not in existing:
            raise InputError(msg("料率 {id} が見つかりません", "Rates {id} not found", id=rate_id))
        rate = existing[rate_id]
        if replace(entry.rates, entry_id=rate.entry_id) != rates_of(rate):
            _refuse_if_used(rate, used)
            _refuse_rewriting_the_past(session, row, min(entry.rates.effective_from, rate.effective_from))
            values = entry.rates
            set_audited(session, who, rate, {
                "effective_from": values.effective_from, "per_diem_yen": values.per_diem_yen,
                "honorarium_daily_yen": values.honorarium_daily_yen, "honorarium_cap_yen": values.honorarium_cap_yen,
                "travel_cap_yen": values.travel_cap_yen, "travel_fixed_yen": values.travel_fixed_yen})
    session.flush()
    for entry in settings.rates:
        if entry.row_id is None:
            if not _same_as_existing(session, row, entry.rates):
                _refuse_rewriting_the_past(session, row, entry.rates.effective_from)
            entry_id = new_entry_id(session, prefix, entry.rates.effective_from, taken)
            add_rate_row(session, row.id, replace(entry.rates, entry_id=entry_id), who)


def _save_one(session: Session, who: str, programme_id: int, region_id: int | None, settings: PolicySettings,
              row: PaymentPolicyRow | None, prefix: str, used: dict[str, list[str]], taken: set[str],
              single_approver: bool = False) -> None:
    rules = {"honorarium_scope": settings.honorarium_scope.value, "travel_rule": settings.travel_rule.value,
             "withhold_reimbursements": settings.withhold_reimbursements,
             "exclusion_reason": "" if settings.withhold_reimbursements else settings.exclusion_reason.strip(),
             "single_approver": single_approver}
    if row is None:
        row = PaymentPolicyRow(programme_id=programme_id, region_id=region_id, **rules)
        session.add(row)
        audit_created(session, who, row)
    else:
        set_audited(session, who, row, rules)
    _save_rates(session, who, row, settings, prefix, used, taken)


def _clear(session: Session, who: str, row: PaymentPolicyRow, used: dict[str, list[str]]) -> None:
    for rate in rate_rows(session, row.id):
        _refuse_if_used(rate, used)
        audit_deleted(session, who, rate)
        session.delete(rate)
    session.flush()  # the rates first: deleting the policy row would cascade to them in the database
    audit_deleted(session, who, row)
    session.delete(row)


def save_policies(db: Database, who: str, book: PolicyBook) -> list[str]:
    """Write the edited policies in one transaction; returns the draft statements whose figures changed."""
    whole = msg("プログラム全体", "Whole programme")
    _validate(book.programme, whole)
    for region in book.regions:
        if region.settings is not None:
            _validate(region.settings, region.name)
    with db.session() as session:
        used = _used_rates(session)
        rows = {r.region_id: r for r in policy_rows(session, book.programme_id)}
        taken: set[str] = set()
        _save_one(session, who, book.programme_id, None, book.programme, rows.get(None), "", used, taken,
                  book.single_approver)
        for region in book.regions:
            row = rows.get(region.region_id)
            if region.settings is not None:
                _save_one(session, who, book.programme_id, region.region_id, region.settings, row,
                          f"{region.name}-", used, taken)
            elif row is not None:
                _clear(session, who, row, used)
        session.flush()
        return recompute_drafts(session, book.programme_id, who)
