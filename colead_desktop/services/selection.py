"""Selection (issue 19 item 4): decisions with reason, who and when and a log of every change; the letters
(選定のご連絡, one PDF each) and the mail-merge sheet; selected talents made the programme's participants and
selected regions its regions with their labs.

A participant is made once per application: the decision keeps the talent or region it made, and that it made
one, so running it again adds nobody, not even someone deleted on purpose since. A withdrawn (辞退) application is
never made one. A decision changed away from 採択 afterwards leaves the participant in place (they may have
records by then); the log shows the change and the secretariat removes them by hand if need be.

A letter is written once per decision: the decision keeps the one its last letter told, so writing the letters
again writes only those for new or changed decisions, unless asked to redo them all.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.call_models import ApplicationRow, DecisionLogRow, DecisionRow
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.calls import CallKind
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roster_cells import choice_key
from colead_desktop.domain.selection import Decision, DecisionRecord, Letter, check_reason
from colead_desktop.exports.atomic import OWNER_ONLY, write_atomically
from colead_desktop.services.calls import call_of, call_row
from colead_desktop.services.records import insert_record

MAIL_MERGE = "mail_merge.csv"


def _application(session: Session, application_id: int) -> ApplicationRow:
    row = session.get(ApplicationRow, application_id)
    if row is None:
        raise InputError(msg("応募 {id} はありません", "There is no application {id}", id=application_id))
    return row


def decide(db: Database, application_id: int, decision: Decision, reason: str, who: str) -> DecisionRecord:
    """Record (or change) the decision; the log keeps every step. Deciding the same again is no change."""
    reason = check_reason(reason)
    if not who.strip():
        raise InputError(msg("判定した人を入力してください", "Enter who decides"))
    with db.session(immediate=True) as session:  # two deciders at once: one after the other, both logged
        _application(session, application_id)
        row = session.scalar(select(DecisionRow).where(DecisionRow.application_id == application_id)
                             .with_for_update())
        before = None if row is None else row.decision
        if row is not None and (row.decision, row.reason) == (decision, reason):
            return _record(row)
        now = stored_now()
        if row is None:
            row = DecisionRow(application_id=application_id)
            session.add(row)
        row.decision, row.reason, row.who, row.at = decision, reason, who.strip(), now
        session.add(DecisionLogRow(application_id=application_id, from_decision=before, to_decision=decision,
                                   reason=reason, who=who.strip(), at=now))
        session.flush()
        return _record(row)


def _record(row: DecisionRow) -> DecisionRecord:
    return DecisionRecord(row.application_id, row.decision, row.reason, row.who, row.at, row.version)


def decisions(db: Database, call_id: int) -> dict[int, DecisionRecord]:
    """Application id → its decision, for the call's decided applications."""
    with db.session() as session:
        rows = session.scalars(select(DecisionRow).join(ApplicationRow).where(ApplicationRow.call_id == call_id))
        return {row.application_id: _record(row) for row in rows}


def decision_log(db: Database, application_id: int) -> list[dict[str, object]]:
    with db.session() as session:
        return [{"from": r.from_decision.value if r.from_decision else None, "to": r.to_decision.value,
                 "reason": r.reason, "who": r.who, "at": r.at}
                for r in session.scalars(select(DecisionLogRow).where(DecisionLogRow.application_id == application_id)
                                         .order_by(DecisionLogRow.id))]


@dataclass(frozen=True)
class Participants:
    """What make_participants did: the talent or region ids made, and the applications it left out with why."""

    made: list[int]
    skipped: list[tuple[int, str]]  # (application id, why)
    unknown_regions: list[tuple[int, str]]  # (application id, the region wished for): none of the programme's


def make_participants(db: Database, call_id: int) -> Participants:
    """Every selected application not yet made one becomes a talent taking part in the programme (talent call)
    or a region of the programme with its lab (region call); a talent's career stage, employment and wished
    region (one of the programme's, by name) are the form's when it asked. A withdrawn (辞退) application is skipped, and so is
    one whose participant was made once and deleted since (on purpose: it is not made again)."""
    made: list[int] = []
    unknown_regions: list[tuple[int, str]] = []
    with db.session() as session:
        call = call_of(call_row(session, call_id))
        found = session.execute(select(DecisionRow, ApplicationRow).join(ApplicationRow).where(
            ApplicationRow.call_id == call_id, DecisionRow.decision.in_((Decision.SELECTED, Decision.WITHDRAWN)),
            DecisionRow.talent_id.is_(None), DecisionRow.region_id.is_(None)).order_by(ApplicationRow.id)).all()
        skipped = [(a.id, msg("辞退", "withdrawn") if d.decision is Decision.WITHDRAWN else
                    msg("参加者にした後で削除されています", "made a participant before, deleted since"))
                   for d, a in found if d.decision is Decision.WITHDRAWN or d.made]
        rows = [(d, a) for d, a in found if d.decision is Decision.SELECTED and not d.made]
        lacking = [a.id for _, a in rows if call.kind is CallKind.TALENT and not a.skills]
        if lacking:
            raise InputError(msg("応募 {ids} にスキルタイプがありません（colead calls set-skills で入力してください）",
                                 "Applications {ids} have no skill type (enter them with colead calls set-skills)",
                                 ids=", ".join(map(str, lacking))))
        regions = {choice_key(name): region_id for region_id, name in session.execute(
            select(models.Region.id, models.Region.name).join(models.ProgrammeRegion).where(
                models.ProgrammeRegion.programme_id == call.programme_id)).all()}
        for decision, application in rows:
            answers, profile = application.answers, application.profile
            if call.kind is CallKind.TALENT:
                wished = profile.get("region", "")
                region_id = regions.get(choice_key(wished)) if wished else None
                if wished and region_id is None:
                    unknown_regions.append((application.id, wished))
                record = rec.TalentRecord(None, call.programme_id, application.name, email=application.email,
                                          skills=tuple(application.skills), motivation=answers.get("q1", ""),
                                          region_preferences=() if region_id is None else (region_id,))
                # career stage and employment as the form said; a form that did not ask leaves the record's
                # defaults (a talent record has no "unknown" for them) for the secretariat to correct
                talent = insert_record(session, replace(
                    record, career_stage=profile.get("career_stage", record.career_stage),
                    employment=profile.get("employment", record.employment)))
                decision.talent_id = talent.id
                made.append(talent.id or 0)
            else:  # the region applies through its lab: q1 its issues, q3 its PR points, q10 past work
                region = insert_record(session, rec.RegionRecord(
                    None, application.name, lab_name=application.name, issues=answers.get("q1", ""),
                    attractions=answers.get("q3", ""), past_initiatives=answers.get("q10", "")), call.programme_id)
                decision.region_id = region.id
                made.append(region.id or 0)
            decision.made = True
        session.flush()
    return Participants(made, skipped, unknown_regions)


@dataclass(frozen=True)
class LetterSet:
    letters: list[Letter]
    emails: dict[int, str]
    told: dict[int, Decision | None]  # application id → the decision its last letter told (None: no letter yet)


def letter_set(db: Database, call_id: int) -> LetterSet:
    """A letter for every decided application of the call, in the order they came in."""
    with db.session() as session:
        call = call_of(call_row(session, call_id))
        programme = session.get_one(models.Programme, call.programme_id)
        sender = programme.secretariat or msg("{p} 事務局", "the {p} secretariat", p=programme.name)
        rows = session.execute(select(DecisionRow, ApplicationRow).join(ApplicationRow)
                               .where(ApplicationRow.call_id == call_id).order_by(ApplicationRow.id)).all()
        issued = stored_now()
        letters = [Letter(a.id, a.name, programme.name, call.kind, d.decision, sender, issued) for d, a in rows]
        return LetterSet(letters, {a.id: a.email for _, a in rows}, {a.id: d.letter_for for d, a in rows})


def letter_file(letter: Letter) -> str:
    what = msg("辞退の受付", "withdrawal") if letter.decision is Decision.WITHDRAWN else msg("選定のご連絡", "selection")
    return f"{letter.application_id:04d}_{what}.pdf"


@dataclass(frozen=True)
class LettersWritten:
    files: list[Path]  # the letters and the mail-merge sheet (none when every letter was written before)
    skipped: list[int]  # applications whose letter already tells their decision


def write_letters(db: Database, call_id: int, folder: Path, *, redo: bool = False) -> LettersWritten:
    """A PDF for each decided application whose decision no letter has told yet (every one when `redo`), and the
    mail-merge CSV for them (UTF-8 with BOM for Excel; owner-only: it holds e-mail addresses) into `folder`.
    Letters written before are not rewritten: the applicant may have them already."""
    from colead_desktop.reports.selection_letter_pdf import write_letter

    found = letter_set(db, call_id)
    if not found.letters:
        raise InputError(msg("判定の済んだ応募がありません", "No application has a decision yet"))
    due = [letter for letter in found.letters if redo or found.told[letter.application_id] != letter.decision]
    skipped = sorted(found.told.keys() - {letter.application_id for letter in due})
    if not due:
        return LettersWritten([], skipped)
    folder.mkdir(parents=True, exist_ok=True)
    written = [write_letter(letter, folder / letter_file(letter)) for letter in due]
    out = io.StringIO()
    sheet = csv.writer(out, lineterminator="\r\n")
    # what a letter to the applicant needs; the decision's reason is the committee's and stays out
    sheet.writerow(["application_id", "name", "email", "decision", "decision_label", "letter"])
    for letter in due:
        sheet.writerow([letter.application_id, *map(_cell, (letter.applicant, found.emails[letter.application_id])),
                        letter.decision.value, letter.decision.label, letter_file(letter)])
    data = out.getvalue().encode("utf-8-sig")
    written.append(write_atomically(folder / MAIL_MERGE, lambda tmp: tmp.write_bytes(data), OWNER_ONLY))
    with db.session() as session:  # a decision changed while the letters were written still wants its letter
        for letter in due:
            session.execute(update(DecisionRow).where(DecisionRow.application_id == letter.application_id,
                                                      DecisionRow.decision == letter.decision)
                            .values(letter_for=letter.decision))
    return LettersWritten(written, skipped)


def _cell(value: object) -> str:
    """A CSV cell Excel will not run as a formula (a name starting with = + - @)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
