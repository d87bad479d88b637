"""Matching stored per programme (issue 19 item 5): the solver's input from the database, proposals stored as
候補 pairs, hand-made pairs checked by the same domain rules, and each pair's way to 終了 or 解消 with its log.

Ids in the solver's input are the database ids as text (talents and companies are separate namespaces). A pair
that has moved past 候補 is a commitment: a new proposal keeps it as if fixed and replaces only the candidates
it no longer wants (they are dissolved with the reason, never deleted).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.matching_models import (
    CompanyWishRow,
    MatchingCompanyRow,
    MatchingPairLogRow,
    MatchingPairRow,
    MatchingRuleRow,
    TalentWishRow,
)
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.company_profile import B3_PROFILE
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.matching import (
    MatchInput,
    Names,
    PairStatus,
    RuleKind,
    Sme,
    Talent,
    check_input,
    check_proposable,
    pair_problems,
    solve,
    status_change_problem,
)
from colead_desktop.domain.types import SkillType
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.programme_scope import regions_of, talents_of
from colead_desktop.services.record_restore import changed_since, deleted_since

_WANTED_TALENT = next(f.code for f in B3_PROFILE if f.step == 5)  # B-3 STEP5 マッチングしたい高度デジタル人材


def skills_in_b3(profile: dict[str, str]) -> list[str]:
    """The skill types B-3 STEP5's answer names (by their Japanese or English label), in SkillType order."""
    text = profile.get(_WANTED_TALENT, "").casefold()
    return [skill.value for skill in SkillType
            if any(label.casefold() in text for label in SkillType._labels()[skill.value])]


def _skill_values(skills: Iterable[str]) -> list[str]:
    """The skill types in SkillType order; InputError naming one that is not a skill type."""
    known = [skill.value for skill in SkillType]
    for skill in skills:
        if skill not in known:
            raise InputError(msg("スキル「{s}」は次のいずれかで指定してください: {k}",
                                 "The skill '{s}' must be one of: {k}", s=skill, k=", ".join(known)))
    return [value for value in known if value in set(skills)]


def _programme_talents(session: Session, programme_id: int) -> list[Row[tuple[int, str, list[str], datetime | None]]]:
    """The programme's talents as (id, name, skills, archived_at) in id order: only the columns matching reads,
    so 10,000 talents are not built as records two or three times per page visit (issue 15)."""
    return list(session.execute(
        select(models.Talent.id, models.Talent.name, models.Talent.skills, models.Talent.archived_at)
        .join(models.ProgrammeTalent, models.ProgrammeTalent.talent_id == models.Talent.id)
        .where(models.ProgrammeTalent.programme_id == programme_id).order_by(models.Talent.id)))


def _talent_ids(session: Session, programme_id: int) -> list[int]:
    return [t.id for t in _programme_talents(session, programme_id) if t.archived_at is None]


def _company_rows(session: Session, programme_id: int) -> list[MatchingCompanyRow]:
    return list(session.scalars(select(MatchingCompanyRow).where(MatchingCompanyRow.programme_id == programme_id)
                                .order_by(MatchingCompanyRow.company_id)))


def _require_talent(session: Session, programme_id: int, talent_id: int) -> None:
    if talent_id not in _talent_ids(session, programme_id):
        raise _not_in_programme(talent_id)


def _require_company(session: Session, programme_id: int, company_id: int) -> None:
    if session.get(MatchingCompanyRow, (programme_id, company_id)) is None:
        raise InputError(msg("企業 {id} はこのプログラムのマッチングに参加していません",
                             "Company {id} does not take part in this programme's matching", id=company_id))


def set_company(db: Database, programme_id: int, company_id: int, capacity: int,
                wants_skills: Sequence[str] | None = None) -> list[str]:
    """Let the company take part with `capacity` talents; its wanted skills are `wants_skills`, or those its
    B-3 STEP5 answer names. Returns the wanted skills stored."""
    if capacity < 0:
        raise InputError(msg("受け入れ人数は0以上です", "The capacity must be 0 or more"))
    with db.session() as session:
        company = row_by_id(session, models.Company, company_id)
        skills = skills_in_b3(company.b3_profile) if wants_skills is None else _skill_values(wants_skills)
        session.merge(MatchingCompanyRow(programme_id=programme_id, company_id=company_id, capacity=capacity,
                                         wants_skills=skills))
        return skills


def set_talent_wishes(db: Database, programme_id: int, talent_id: int, company_ids: Sequence[int]) -> None:
    """The talent's SME wishes, best first (replacing any before)."""
    if len(set(company_ids)) != len(company_ids):
        raise InputError(msg("同じ企業が2回挙がっています", "A company is listed twice"))
    with db.session() as session:
        _require_talent(session, programme_id, talent_id)
        for company_id in company_ids:
            _require_company(session, programme_id, company_id)
        session.execute(delete(TalentWishRow).where(TalentWishRow.programme_id == programme_id,
                                                    TalentWishRow.talent_id == talent_id))
        session.add_all(TalentWishRow(programme_id=programme_id, talent_id=talent_id, company_id=c, rank=r)
                        for r, c in enumerate(company_ids, start=1))


def set_company_wishes(db: Database, programme_id: int, company_id: int, talent_ids: Sequence[int]) -> None:
    """The lab's talent wishes for the company, best first (replacing any before)."""
    if len(set(talent_ids)) != len(talent_ids):
        raise InputError(msg("同じ人材が2回挙がっています", "A talent is listed twice"))
    with db.session() as session:
        _require_company(session, programme_id, company_id)
        for talent_id in talent_ids:
            _require_talent(session, programme_id, talent_id)
        session.execute(delete(CompanyWishRow).where(CompanyWishRow.programme_id == programme_id,
                                                     CompanyWishRow.company_id == company_id))
        session.add_all(CompanyWishRow(programme_id=programme_id, company_id=company_id, talent_id=t, rank=r)
                        for r, t in enumerate(talent_ids, start=1))


def set_rule(db: Database, programme_id: int, talent_id: int, company_id: int, kind: RuleKind | None) -> None:
    """Fix or forbid the pair, or (None) lift its rule."""
    with db.session() as session:
        _require_talent(session, programme_id, talent_id)
        _require_company(session, programme_id, company_id)
        key = (programme_id, talent_id, company_id)
        row = session.get(MatchingRuleRow, key)
        if kind is None:
            if row is not None:
                session.delete(row)
        else:
            session.merge(MatchingRuleRow(programme_id=programme_id, talent_id=talent_id, company_id=company_id,
                                          kind=kind))


def _live_pairs(session: Session, programme_id: int) -> list[MatchingPairRow]:
    rows = session.scalars(select(MatchingPairRow).where(MatchingPairRow.programme_id == programme_id)
                           .order_by(MatchingPairRow.id))
    return [row for row in rows if row.status.live]


def matching_input(session: Session, programme_id: int, *, committed_as_fixed: bool = False) -> MatchInput:
    """The programme's instance: its talents (not archived), the companies taking part, wishes and rules. With
    `committed_as_fixed`, live pairs past 候補 are fixed too (a proposal must keep them)."""
    return _input_of(session, programme_id, _programme_talents(session, programme_id), committed_as_fixed)


def _input_of(session: Session, programme_id: int, talents: Sequence[Row[tuple[int, str, list[str], datetime | None]]],
              committed_as_fixed: bool = False) -> MatchInput:
    talent_ids = {str(t.id) for t in talents if t.archived_at is None}
    companies = _company_rows(session, programme_id)
    company_ids = {str(c.company_id) for c in companies}

    def ranked(model: type[TalentWishRow] | type[CompanyWishRow], owner: Any, other: Any,
               others: set[str]) -> dict[str, tuple[str, ...]]:
        lists: dict[str, list[str]] = {}
        for row in session.scalars(select(model).where(model.programme_id == programme_id).order_by(model.rank)):
            if str(getattr(row, other)) in others:
                lists.setdefault(str(getattr(row, owner)), []).append(str(getattr(row, other)))
        return {key: tuple(value) for key, value in lists.items()}

    talent_wishes = ranked(TalentWishRow, "talent_id", "company_id", company_ids)
    company_wishes = ranked(CompanyWishRow, "company_id", "talent_id", talent_ids)
    skills = {str(t.id): frozenset(t.skills) for t in talents}
    rules = [r for r in session.scalars(select(MatchingRuleRow).where(MatchingRuleRow.programme_id == programme_id))
             if str(r.talent_id) in talent_ids and str(r.company_id) in company_ids]
    fixed = {(str(r.talent_id), str(r.company_id)) for r in rules if r.kind is RuleKind.FIXED}
    if committed_as_fixed:
        fixed |= {(str(p.talent_id), str(p.company_id)) for p in _live_pairs(session, programme_id)
                  if p.status is not PairStatus.CANDIDATE}
    return MatchInput(
        talents=tuple(Talent(t, skills[t], talent_wishes.get(t, ())) for t in sorted(talent_ids, key=int)),
        smes=tuple(Sme(str(c.company_id), c.capacity, frozenset(c.wants_skills), company_wishes.get(str(c.company_id), ()))
                   for c in companies),
        fixed=tuple(sorted(fixed)),
        forbidden=tuple(sorted((str(r.talent_id), str(r.company_id)) for r in rules if r.kind is RuleKind.FORBIDDEN)))


@dataclass(frozen=True)
class CompanyChoice:
    id: str
    name: str
    region: str
    b3_skills: tuple[str, ...]  # what its B-3 STEP5 answer names: the wanted skills it starts with
    b3_answer: str


@dataclass(frozen=True)
class Editing:
    """What the 希望と条件 dialog edits: the stored input, and the talents and companies it may name."""

    stored: MatchInput
    talents: tuple[tuple[str, str], ...]  # (id, name): the programme's talents, not archived
    companies: tuple[CompanyChoice, ...]  # the companies of the programme's regions, and any taking part

    def names(self) -> Names:
        return Names(dict(self.talents), {c.id: c.name for c in self.companies})


def editing(db: Database, programme_id: int) -> Editing:
    """The stored input with the talents and companies to choose from, read in one transaction."""
    with db.session() as session:
        programme_talents = _programme_talents(session, programme_id)
        stored = _input_of(session, programme_id, programme_talents)
        names = {str(t.id): t.name for t in programme_talents}
        regions = {r.id for r in regions_of(session, programme_id)}
        taking_part = [int(s.id) for s in stored.smes]
        rows = session.execute(select(models.Company, models.Region.name)
                               .join(models.Region, models.Region.id == models.Company.region_id)
                               .where(models.Company.region_id.in_(regions) | models.Company.id.in_(taking_part))
                               .order_by(models.Region.id, models.Company.id))
        companies = tuple(CompanyChoice(str(c.id), c.name, region, tuple(skills_in_b3(c.b3_profile)),
                                        c.b3_profile.get(_WANTED_TALENT, "")) for c, region in rows)
        return Editing(stored, tuple((t.id, names[t.id]) for t in stored.talents), companies)


def load(db: Database, programme_id: int, inp: MatchInput) -> None:
    """Make the programme's stored matching `inp` (ids: database ids as text), replacing its SMEs, wishes and
    rules in one transaction. A talent's skills are their record's: a document giving others is refused."""
    check_input(inp)
    with db.session(immediate=True) as session:
        _lock_programme(session, programme_id)
        records = {str(t.id): t for t, _ in talents_of(session, programme_id) if t.archived_at is None}
        for talent in inp.talents:
            record = records.get(talent.id)
            if record is None:
                raise _not_in_programme(talent.id)
            if frozenset(record.skills) != talent.skills:
                raise InputError(msg("人材 {id} のスキルは人材の記録のものです（{s}）。記録の方で変えてください",
                                     "Talent {id}'s skills are their record's ({s}); change them there",
                                     id=talent.id, s=", ".join(sorted(record.skills))))
        _store(session, programme_id, inp)


def replace_input(db: Database, programme_id: int, expected: MatchInput, wanted: MatchInput,
                  names: Names | None = None) -> MatchInput:
    """Store `wanted` (the 希望と条件 dialog's save, or its undo and redo) only if what is stored is still
    `expected` (else RecordConflict, nothing written), in one transaction; the input as stored after.
    Compared and written are the SMEs, the wishes and the rules; the talents' skills are their records'.
    `names` name the talents and SMEs in check_input's messages."""
    check_input(wanted, names)
    with db.session(immediate=True) as session:
        _lock_programme(session, programme_id)
        if stored_part(matching_input(session, programme_id)) != stored_part(expected):
            raise changed_since(msg("マッチングの希望と条件", "matching input"))
        _store(session, programme_id, wanted)
        session.flush()
        return matching_input(session, programme_id)


def stored_part(inp: MatchInput) -> tuple[object, ...]:
    """What the matching tables hold of `inp`, in one order (two inputs that store the same compare equal): a
    talent without wishes holds nothing there."""
    return (sorted((s.id, s.capacity, sorted(s.wants_skills), s.wishes) for s in inp.smes),
            sorted((t.id, t.wishes) for t in inp.talents if t.wishes), sorted(inp.fixed), sorted(inp.forbidden))


_MATCHING_LOCK = zlib.crc32(b"matching input") & 0x7FFFFFFF  # pg_advisory_xact_lock's first key


def _lock_programme(session: Session, programme_id: int) -> None:
    """Make two writers of the programme's whole input take turns: on PostgreSQL an advisory lock per
    programme (a row lock on the programme would need the right to change it, which the secretariat lacks),
    on SQLite the immediate transaction's write lock on the file. InputError if there is no such programme."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(func.pg_advisory_xact_lock(_MATCHING_LOCK, programme_id)))
    row_by_id(session, models.Programme, programme_id)


def _not_in_programme(talent_id: object) -> InputError:
    return InputError(msg("人材 {id} はこのプログラムに参加していません", "Talent {id} is not in this programme",
                          id=talent_id))


def _store(session: Session, programme_id: int, inp: MatchInput) -> None:
    """Replace the programme's SMEs, wishes and rules with `inp`'s (checked by check_input): the one writer of
    a whole input, for `load` and `replace_input`. Every talent it names must still take part."""
    taking_part = {str(t) for t in _talent_ids(session, programme_id)}
    named = ({t.id for t in inp.talents if t.wishes} | {t for s in inp.smes for t in s.wishes}
             | {t for t, _ in (*inp.fixed, *inp.forbidden)})
    gone = sorted(named - taking_part, key=str)
    if gone:
        raise _not_in_programme(gone[0])
    for sme in inp.smes:
        if not sme.id.isdigit():
            raise InputError(msg("企業 {id} が見つかりません", "Company {id} not found", id=sme.id))
        row_by_id(session, models.Company, int(sme.id))
    for model in (MatchingRuleRow, TalentWishRow, CompanyWishRow, MatchingCompanyRow):
        session.execute(delete(model).where(model.programme_id == programme_id))
    for sme in inp.smes:
        session.add(MatchingCompanyRow(programme_id=programme_id, company_id=int(sme.id), capacity=sme.capacity,
                                       wants_skills=_skill_values(sme.wants_skills)))
        session.add_all(CompanyWishRow(programme_id=programme_id, company_id=int(sme.id), talent_id=int(t), rank=r)
                        for r, t in enumerate(sme.wishes, start=1))
    for talent in inp.talents:
        session.add_all(TalentWishRow(programme_id=programme_id, talent_id=int(talent.id), company_id=int(s),
                                      rank=r) for r, s in enumerate(talent.wishes, start=1))
    session.add_all(MatchingRuleRow(programme_id=programme_id, talent_id=int(t), company_id=int(s), kind=kind)
                    for kind, pairs in ((RuleKind.FIXED, inp.fixed), (RuleKind.FORBIDDEN, inp.forbidden))
                    for t, s in pairs)


def _log(session: Session, pair: MatchingPairRow, old: PairStatus | None, who: str, reason: str) -> None:
    session.add(MatchingPairLogRow(pair_id=pair.id, from_status=old, to_status=pair.status, reason=reason, who=who,
                                   at=stored_now()))


def _new_pair(session: Session, programme_id: int, talent_id: int, company_id: int, who: str, reason: str,
              replaces: MatchingPairRow | None = None) -> MatchingPairRow:
    pair = MatchingPairRow(programme_id=programme_id, talent_id=talent_id, company_id=company_id,
                           status=PairStatus.CANDIDATE, replaces_id=None if replaces is None else replaces.id)
    session.add(pair)
    session.flush()  # the log names the pair's id
    _log(session, pair, None, who, reason)
    return pair


def propose(db: Database, programme_id: int, who: str) -> list[int]:
    """Solve the programme's matching and store it as 候補 pairs: candidates the new proposal keeps stay as
    they are, the others are dissolved, committed pairs (past 候補) are kept as fixed. The pairs' ids."""
    reason = msg("マッチング提案", "Matching proposal")
    with db.session(immediate=True) as session:
        instance = matching_input(session, programme_id, committed_as_fixed=True)
        check_proposable(instance)
        proposal = solve(instance)
        wanted = {(int(t), int(s)) for t, s in proposal.pairs}
        live = _live_pairs(session, programme_id)
        for pair in live:
            if pair.status is PairStatus.CANDIDATE and (pair.talent_id, pair.company_id) not in wanted:
                pair.status = PairStatus.DISSOLVED
                _log(session, pair, PairStatus.CANDIDATE, who, msg("新しい提案で置き換え", "Replaced by a new proposal"))
        have = {(p.talent_id, p.company_id): p.id for p in live}
        return sorted(have.get(key) or _new_pair(session, programme_id, *key, who, reason).id for key in sorted(wanted))


def add_pair(db: Database, programme_id: int, talent_id: int, company_id: int, who: str, reason: str,
             replaces: int | None = None) -> int:
    """A pair made by hand, as 候補, checked against the constraints with the pairs still live (after `replaces`,
    the re-matched pair, is dissolved with the same reason). InputError listing every problem the new pair
    brings (one the live pairs had already, such as a pair forbidden after it was made, does not block it)."""
    with db.session(immediate=True) as session:
        _require_talent(session, programme_id, talent_id)
        _require_company(session, programme_id, company_id)
        old = None
        if replaces is not None:
            if not reason.strip():
                raise InputError(msg("再マッチングには理由が必要です", "A re-match needs a reason"))
            old = row_by_id(session, MatchingPairRow, replaces)
            _move(session, old, PairStatus.DISSOLVED, who, reason)
        live = [(str(p.talent_id), str(p.company_id)) for p in _live_pairs(session, programme_id)]
        inp = matching_input(session, programme_id)
        before = set(pair_problems(inp, live, complete=False))  # e.g. a live pair forbidden since: not this edit's
        problems = [p for p in pair_problems(inp, [*live, (str(talent_id), str(company_id))], complete=False)
                    if p not in before]
        if problems:
            raise InputError("\n".join(problems))
        return _new_pair(session, programme_id, talent_id, company_id, who, reason, old).id


def _move(session: Session, pair: MatchingPairRow, status: PairStatus, who: str, reason: str) -> None:
    problem = status_change_problem(pair.status, status, reason)
    if problem is not None:
        raise InputError(msg("ペア {id}: {p}", "Pair {id}: {p}", id=pair.id, p=problem))
    old, pair.status = pair.status, status
    _log(session, pair, old, who, reason)


def move_pair(db: Database, pair_id: int, status: PairStatus, who: str, reason: str = "") -> None:
    """Move the pair on (候補 → 意見交換会 → …) or dissolve it (with a reason); logged with who and when."""
    with db.session() as session:
        _move(session, row_by_id(session, MatchingPairRow, pair_id), status, who, reason)


def replace_pair_status(db: Database, pair_id: int, expected: PairStatus, wanted: PairStatus, who: str,
                        reason: str, undoing: bool) -> PairStatus:
    """A pair move as an undo step: only if the pair is still at `expected` (else RecordConflict, nothing
    written). Its redo is checked as a move is; its undo goes back a stage (which a move never does), logged
    as 元に戻す."""
    with db.session() as session:
        pair = session.scalar(select(MatchingPairRow).where(MatchingPairRow.id == pair_id).with_for_update())
        kind = msg("ペア", "pair")
        if pair is None:
            raise deleted_since(kind)
        if pair.status is not expected:
            raise changed_since(kind)
        if undoing:
            pair.status = wanted
            _log(session, pair, expected, who, msg("元に戻す", "Undone"))
        else:
            _move(session, pair, wanted, who, reason)
        return pair.status


def pairs(db: Database, programme_id: int) -> list[dict[str, Any]]:
    """Every pair of the programme with why it was made (ranks on both sides, skills wanted and offered), its
    status and its log, for the GUI and `colead matching pairs --json`."""
    with db.session() as session:
        programme_talents = _programme_talents(session, programme_id)
        inp = _input_of(session, programme_id, programme_talents)
        talents = {t.id: t for t in inp.talents}
        smes = {s.id: s for s in inp.smes}
        names = {t.id: t.name for t in programme_talents}
        companies = {c.id: c.name for c in session.scalars(select(models.Company).where(
            models.Company.id.in_([int(s) for s in smes])))}
        result = []
        rows = list(session.scalars(select(MatchingPairRow).where(MatchingPairRow.programme_id == programme_id)
                                    .order_by(MatchingPairRow.id)))
        logs: dict[int, list[MatchingPairLogRow]] = {}  # every pair's log in one query, not one per pair
        for entry in session.scalars(select(MatchingPairLogRow).join(MatchingPairRow)
                                     .where(MatchingPairRow.programme_id == programme_id)
                                     .order_by(MatchingPairLogRow.id)):
            logs.setdefault(entry.pair_id, []).append(entry)
        for pair in rows:
            talent, sme = talents.get(str(pair.talent_id)), smes.get(str(pair.company_id))
            log = logs.get(pair.id, [])
            result.append({
                "id": pair.id, "talent_id": pair.talent_id, "talent": names.get(pair.talent_id, ""),
                "company_id": pair.company_id, "company": companies.get(pair.company_id, ""),
                "status": pair.status.value, "status_label": pair.status.label, "replaces": pair.replaces_id,
                "talent_rank": _place(talent.wishes if talent else (), str(pair.company_id)),
                "company_rank": _place(sme.wishes if sme else (), str(pair.talent_id)),
                "skills_offered": sorted(talent.skills) if talent else [],
                "skills_wanted": sorted(sme.wants_skills) if sme else [],
                "log": [{"from": e.from_status.value if e.from_status else None, "to": e.to_status.value,
                         "reason": e.reason, "who": e.who, "at": e.at.isoformat()} for e in log]})
        return result


def _place(wishes: tuple[str, ...], other: str) -> int | None:
    """1-based place in the wish list, None when not listed."""
    return wishes.index(other) + 1 if other in wishes else None
